import { OPEN_STATES_SQL } from './report-scope.js';

/**
 * The key figures of RULES.md §7 / XX 4.5 as SQL aggregates, and their reading into plain objects. Every figure is a
 * `count(*) FILTER (…)` or a sum over one row per complaint, so the same list serves the month's totals, every
 * breakdown (GROUPING SETS) and the monthly trend (GROUP BY month) — the numbers agree by construction.
 *
 * Counting rules (XX 4.5 (1)–(3)): one row is one complaint whatever the number of households (a group complaint
 * counts once, its households are a separate figure); a customer's different complaints are different rows; kind
 * and category are the row's current ones, i.e. the final cause after any reclassification.
 */

/** Complaint columns the figures read (SQL names: the statement around them is hand-written SQL). */
export const FIGURE_COLUMNS = [
  'id',
  'kind',
  'status',
  'category_id',
  'grade_code',
  'grade_label',
  'grade_rank',
  'project_id',
  'household_count',
  'received_at',
  'responded_at',
  'concluded_at',
  'return_visited_at',
  'resolution_due_at',
  'exemption',
  'overdue',
  'escalation_count',
  'return_visit_required',
  'reopen_count',
];

export const VISIT_AGGREGATES = `
    count(*)::int as visits,
    count(*) filter (where rv.method = 'ON_SITE')::int as on_site,
    coalesce(sum(rv.score), 0)::int as score_sum,
    count(*) filter (where rv.score = 1)::int as score_1,
    count(*) filter (where rv.score = 2)::int as score_2,
    count(*) filter (where rv.score = 3)::int as score_3,
    count(*) filter (where rv.score = 4)::int as score_4,
    count(*) filter (where rv.score = 5)::int as score_5`;

/** The columns of VISIT_AGGREGATES, which are also columns of FIGURE_AGGREGATES (summed per group there). */
export const VISIT_KEYS = ['visits', 'on_site', 'score_sum', 'score_1', 'score_2', 'score_3', 'score_4', 'score_5'];

export const ROW_FACTS = `
    params.now,
    s.status = 'INVALID' as invalid,
    (s.status <> 'INVALID' and s.kind <> 'WARNING') as handled`;

/**
 * The per-row facts the aggregates test, over the `scoped` CTE: `r`, one row per complaint. `handled` marks valid
 * complaints and demands: the records time limits and return visits apply to (warnings have none, invalid records
 * are out of the count). `now` comes from a `params` CTE so a report is computed against one instant.
 *
 * Return visits are counted per complaint by an index probe on return_visit(complaint_id), so the cost follows the
 * month's rows, not the size of the visit table (a hash join read all of return_visit for every report). Only
 * complaints ever concluded are probed: a visit follows a conclusion (RECORD_RETURN_VISIT only from CONCLUDED) and a
 * reopening clears `concluded_at` but counts in `reopen_count`. With `visits: false` the visit columns are 0 (the
 * trend counts visits in a statement of its own).
 */
export function rowsCte(options: { visits: boolean }): string {
  const visits = options.visits
    ? `cross join lateral (
    select ${VISIT_AGGREGATES}
    from return_visit rv
    where rv.complaint_id = s.id and (s.concluded_at is not null or s.reopen_count > 0)
  ) v`
    : `cross join (select 0 as visits, 0 as on_site, 0 as score_sum, 0 as score_1, 0 as score_2, 0 as score_3, 0 as score_4, 0 as score_5) v`;
  return `
r as (
  select s.*, ${ROW_FACTS},
         v.visits, v.on_site, v.score_sum, v.score_1, v.score_2, v.score_3, v.score_4, v.score_5
  from scoped s
  cross join params
  ${visits}
)`;
}

/**
 * The aggregates. Definitions where the sources are silent (**ours**, in the report's field descriptions too):
 * - responded within 1 h: `responded_at - received_at <= 60 min`, of handled records that were answered or whose
 *   hour is over (a record received a minute ago is not yet late);
 * - resolved within limit: `concluded_at <= resolution_due_at` (the due time as extended), of handled records not
 *   exempt from the limit that were concluded or are past their limit; exempt ones (XX 4.2.2) are counted apart;
 * - overdue open: flagged overdue and still in an open state;
 * - escalated: escalated at least once (`escalation_count > 0`); escalation steps sum the count;
 * - return visits due: handled, concluded, and required by the coverage rule (XX 4.3); done: of those, visited since
 *   the last conclusion. Visits, on-site share and scores count every recorded visit of the period's records.
 */
export const FIGURE_AGGREGATES = `
  count(*)::int as received,
  count(*) filter (where kind = 'COMPLAINT' and not invalid)::int as valid_complaints,
  count(*) filter (where invalid)::int as invalid_complaints,
  count(*) filter (where kind = 'DEMAND' and not invalid)::int as demands,
  count(*) filter (where kind = 'WARNING' and not invalid)::int as warnings,
  count(*) filter (where not invalid and household_count > 1)::int as group_complaints,
  coalesce(sum(household_count) filter (where not invalid), 0)::int as households,
  count(*) filter (where handled and (responded_at is not null or received_at + interval '60 minutes' < now))::int as response_measured,
  count(*) filter (where handled and responded_at <= received_at + interval '60 minutes')::int as responded_within_hour,
  count(*) filter (where handled and exemption is not null)::int as exempt,
  count(*) filter (where handled and exemption is null and resolution_due_at is not null
                   and (concluded_at is not null or resolution_due_at < now))::int as resolution_measured,
  count(*) filter (where handled and exemption is null and concluded_at <= resolution_due_at)::int as resolved_within_limit,
  count(*) filter (where overdue and status in (${OPEN_STATES_SQL}))::int as overdue_open,
  count(*) filter (where escalation_count > 0)::int as escalated,
  coalesce(sum(escalation_count), 0)::int as escalation_steps,
  count(*) filter (where handled and return_visit_required and concluded_at is not null)::int as visits_due,
  count(*) filter (where handled and return_visit_required and concluded_at is not null and return_visited_at is not null)::int as visits_done,
  coalesce(sum(visits), 0)::int as visits,
  coalesce(sum(on_site), 0)::int as on_site,
  coalesce(sum(score_sum), 0)::int as score_sum,
  coalesce(sum(score_1), 0)::int as score_1,
  coalesce(sum(score_2), 0)::int as score_2,
  coalesce(sum(score_3), 0)::int as score_3,
  coalesce(sum(score_4), 0)::int as score_4,
  coalesce(sum(score_5), 0)::int as score_5`;

/** The column names of FIGURE_AGGREGATES, in order. */
export const FIGURE_KEYS = [...FIGURE_AGGREGATES.matchAll(/ as ([a-z_0-9]+)(?=,|\s*$)/g)].map((match) => match[1]!);

/**
 * Sums of FIGURE_AGGREGATES' columns: rolls up rows that already carry the figures (every figure is a count or a
 * sum, so the figures of a union are the sums of the parts).
 */
export const FIGURE_SUMS = FIGURE_KEYS.map((key) => `coalesce(sum(${key}), 0)::int as ${key}`).join(',\n  ');

/** One row of the aggregates as PostgreSQL returns it. */
export interface FigureRow {
  received: number;
  valid_complaints: number;
  invalid_complaints: number;
  demands: number;
  warnings: number;
  group_complaints: number;
  households: number;
  response_measured: number;
  responded_within_hour: number;
  exempt: number;
  resolution_measured: number;
  resolved_within_limit: number;
  overdue_open: number;
  escalated: number;
  escalation_steps: number;
  visits_due: number;
  visits_done: number;
  visits: number;
  on_site: number;
  score_sum: number;
  score_1: number;
  score_2: number;
  score_3: number;
  score_4: number;
  score_5: number;
}

/** Scores 1–5 (XX 4.3: 5 = fully satisfied, "三好"); the words are **ours**, 3 is the domain's "一般". */
export const SCORE_LABELS: Readonly<Record<number, string>> = {
  5: '非常满意',
  4: '满意',
  3: '一般',
  2: '不满意',
  1: '非常不满意',
};

export interface ScoreCount {
  score: number;
  label: string;
  count: number;
}

export interface Timeliness {
  responseMeasured: number;
  respondedWithinHour: number;
  respondedWithinHourRate: number | null;
  resolutionMeasured: number;
  resolvedWithinLimit: number;
  resolvedWithinLimitRate: number | null;
  exempt: number;
  overdueOpen: number;
  escalated: number;
  escalationSteps: number;
}

export interface ReturnVisitFigures {
  due: number;
  done: number;
  rate: number | null;
  visits: number;
  onSite: number;
  onSiteShare: number | null;
  averageScore: number | null;
  scoreDistribution: ScoreCount[];
}

export interface ReportFigures {
  received: number;
  validComplaints: number;
  invalidComplaints: number;
  demands: number;
  warnings: number;
  groupComplaints: number;
  households: number;
  timeliness: Timeliness;
  returnVisits: ReturnVisitFigures;
}

/** A share, or `null` when there is nothing to measure (never a made-up 0 % or 100 %). */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function figuresOf(row: FigureRow | undefined): ReportFigures {
  const n = (key: keyof FigureRow) => Number(row?.[key] ?? 0);
  return {
    received: n('received'),
    validComplaints: n('valid_complaints'),
    invalidComplaints: n('invalid_complaints'),
    demands: n('demands'),
    warnings: n('warnings'),
    groupComplaints: n('group_complaints'),
    households: n('households'),
    timeliness: {
      responseMeasured: n('response_measured'),
      respondedWithinHour: n('responded_within_hour'),
      respondedWithinHourRate: rate(n('responded_within_hour'), n('response_measured')),
      resolutionMeasured: n('resolution_measured'),
      resolvedWithinLimit: n('resolved_within_limit'),
      resolvedWithinLimitRate: rate(n('resolved_within_limit'), n('resolution_measured')),
      exempt: n('exempt'),
      overdueOpen: n('overdue_open'),
      escalated: n('escalated'),
      escalationSteps: n('escalation_steps'),
    },
    returnVisits: {
      due: n('visits_due'),
      done: n('visits_done'),
      rate: rate(n('visits_done'), n('visits_due')),
      visits: n('visits'),
      onSite: n('on_site'),
      onSiteShare: rate(n('on_site'), n('visits')),
      averageScore: rate(n('score_sum'), n('visits')),
      scoreDistribution: [5, 4, 3, 2, 1].map((score) => ({
        score,
        label: SCORE_LABELS[score]!,
        count: n(`score_${score}` as keyof FigureRow),
      })),
    },
  };
}
