import { reportingMonthOf, reportingPeriod } from '@kesu/domain';
import { Category } from '../category/category.entity.js';
import type { Context } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { groupSettingsOf } from '../org/group-settings.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import type { RankingBasis } from './report.enums.js';
import { accountabilityFigures, type AccountabilityFigures } from './report-accountability.js';
import { FIGURE_AGGREGATES, FIGURE_COLUMNS, FIGURE_KEYS, FIGURE_SUMS, VISIT_AGGREGATES, VISIT_KEYS, figuresOf, rowsCte, type FigureRow, type ReportFigures } from './report-figures.js';
import {
  columns,
  parseReportMonth,
  periodStartDay,
  reportPeriodOf,
  reportUnit,
  scopedComplaints,
  sqlOf,
  type ReportPeriodInfo,
} from './report-scope.js';

export interface ProjectRanking {
  rank: number;
  project: OrgUnit;
  complaints: number;
  households: number;
  /** `null` while projects carry no household count. */
  perThousandHouseholds: number | null;
  figures: ReportFigures;
}

export interface MonthlyReport {
  orgUnit: OrgUnit;
  month: string;
  period: ReportPeriodInfo;
  generatedAt: Date;
  totals: ReportFigures;
  byCategory: { category: Category; figures: ReportFigures }[];
  byGrade: { grade: { code: string; label: string; rank: number }; figures: ReportFigures }[];
  byOrgUnit: { orgUnit: OrgUnit; figures: ReportFigures }[];
  topProjects: ProjectRanking[];
  rankingBasis: RankingBasis;
  accountability: AccountabilityFigures;
}

const TOP_PROJECTS = 10;

/** Bit values of `grouping(category_id, grade_code, child_id, ranking_project_id)`: a set's columns are the zero bits. */
const SET = { total: 0b1111, category: 0b0111, grade: 0b1011, child: 0b1101, project: 0b1110 } as const;

interface GroupedRow extends FigureRow {
  grouping_set: number;
  category_id: string | null;
  grade_code: string | null;
  grade_label: string | null;
  grade_rank: number | null;
  child_id: string | null;
  ranking_project_id: string | null;
}

/**
 * The monthly report (RULES.md §7, XX 4.5) of a unit's subtree over the caller's readable complaints received in the
 * period. One statement: the month's rows are read once through complaint(group_id, received_at), their return
 * visits probed by complaint, the figures aggregated once per (category, grade, project), and every breakdown rolled
 * up from those with GROUPING SETS.
 */
export async function monthlyReport(ctx: Context, orgUnitId: string, rawMonth: string, now = new Date()): Promise<MonthlyReport> {
  const month = parseReportMonth(rawMonth);
  const unit = await reportUnit(ctx, orgUnitId);
  const period = await reportPeriodOf(ctx, unit, month);
  const scoped = sqlOf(scopedComplaints(ctx, unit, { from: period.start, to: period.end }).select(columns(FIGURE_COLUMNS)));
  const rows: GroupedRow[] = await ctx.em.getConnection().execute(
    `with params as (select ?::timestamptz as now, ?::text as unit_path),
     scoped as (${scoped.sql}),
     ${rowsCte({ visits: true })},
     -- Every figure once per category, grade and project (a few hundred groups at most) ...
     fine as (
       select category_id, grade_code, max(grade_label) as grade_label, max(grade_rank) as grade_rank, project_id,
              ${FIGURE_AGGREGATES}
       from r
       group by category_id, grade_code, project_id
     ),
     -- ... placed under the report unit's child that holds the project, and the project it is ranked with
     -- (物业服务中心 / 管理处 is attached to a project) ...
     placed as (
       select fine.*,
              split_part(substr(p.path, length(params.unit_path) + 1), '/', 1) as child_id,
              case when p.level = 'SERVICE_CENTER' and p.parent_id is not null and p.path <> params.unit_path then p.parent_id else p.id end
                as ranking_project_id
       from fine cross join params join org_unit p on p.id = fine.project_id
     )
     -- ... and every breakdown as sums of those.
     select grouping(category_id, grade_code, child_id, ranking_project_id)::int as grouping_set,
            category_id, grade_code, max(grade_label) as grade_label, max(grade_rank) as grade_rank, child_id, ranking_project_id,
            ${FIGURE_SUMS}
     from placed
     group by grouping sets ((), (category_id), (grade_code), (child_id), (ranking_project_id))`,
    [now, unit.path, ...scoped.bindings],
  );

  const inSet = (set: number) => rows.filter((row) => row.grouping_set === set);
  const [categories, units] = await Promise.all([
    ctx.em.find(Category, { id: { $in: inSet(SET.category).map((row) => row.category_id!) } }),
    ctx.em.find(OrgUnit, {
      id: { $in: [...inSet(SET.child).map((row) => row.child_id || unit.id), ...inSet(SET.project).map((row) => row.ranking_project_id!)] },
    }),
  ]);
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const unitById = new Map([...units, unit].map((u) => [u.id, u]));

  const byCategory = inSet(SET.category)
    .map((row) => ({ category: categoryById.get(row.category_id!)!, figures: figuresOf(row) }))
    .filter((entry) => entry.category)
    .sort((a, b) => a.category.kind.localeCompare(b.category.kind) || a.category.sortOrder - b.category.sortOrder || a.category.code.localeCompare(b.category.code));
  const byGrade = inSet(SET.grade)
    .map((row) => ({ grade: { code: row.grade_code!, label: row.grade_label ?? row.grade_code!, rank: Number(row.grade_rank ?? 0) }, figures: figuresOf(row) }))
    .sort((a, b) => b.grade.rank - a.grade.rank || a.grade.code.localeCompare(b.grade.code));
  // A complaint registered at the unit itself (a project's own complaints when the report is the project's) has no
  // child below the unit: it is listed under the unit.
  const byOrgUnit = inSet(SET.child)
    .map((row) => ({ orgUnit: unitById.get(row.child_id || unit.id)!, figures: figuresOf(row) }))
    .filter((entry) => entry.orgUnit)
    .sort((a, b) => b.figures.received - a.figures.received || a.orgUnit.code.localeCompare(b.orgUnit.code));

  // No household count is configured per project yet (OrgUnit has none): rank by the number of valid complaints.
  const rankingBasis: RankingBasis = 'COMPLAINT_COUNT';
  const topProjects = inSet(SET.project)
    .map((row) => ({ project: unitById.get(row.ranking_project_id!)!, figures: figuresOf(row) }))
    .filter((entry) => entry.project && entry.figures.validComplaints > 0)
    .sort((a, b) =>
      b.figures.validComplaints - a.figures.validComplaints || b.figures.households - a.figures.households || a.project.code.localeCompare(b.project.code))
    .slice(0, TOP_PROJECTS)
    .map((entry, index) => ({
      rank: index + 1,
      project: entry.project,
      complaints: entry.figures.validComplaints,
      households: entry.figures.households,
      perThousandHouseholds: null,
      figures: entry.figures,
    }));

  return {
    orgUnit: unit,
    month,
    period,
    generatedAt: now,
    totals: figuresOf(inSet(SET.total)[0]),
    byCategory,
    byGrade,
    byOrgUnit,
    topProjects,
    rankingBasis,
    accountability: await accountabilityFigures(ctx, unit, period),
  };
}

export interface TrendPoint {
  month: string;
  period: ReportPeriodInfo;
  figures: ReportFigures;
}

export const MAX_TREND_MONTHS = 36;

/**
 * The same figures per report month for the last `months` months up to the current one (for charts), in one
 * statement: the periods come from the domain's `reportingPeriod` and each row falls into one by `width_bucket` over
 * their starts, so the SQL never re-derives the 25th → 24th rule.
 */
export async function complaintTrends(ctx: Context, orgUnitId: string, months = 12, now = new Date()): Promise<{ orgUnit: OrgUnit; points: TrendPoint[] }> {
  if (!Number.isInteger(months) || months < 1 || months > MAX_TREND_MONTHS) {
    throw badInput('months', `月数须为 1 到 ${MAX_TREND_MONTHS} 的整数`);
  }
  const unit = await reportUnit(ctx, orgUnitId);
  const settings = await groupSettingsOf(ctx.em, unit.groupId);
  const startDay = periodStartDay(settings.reportClosingDay);
  const closingDay = startDay === 1 ? 0 : startDay - 1;
  const current = reportingMonthOf(now, startDay);
  const periods: ReportPeriodInfo[] = [];
  for (let back = months - 1; back >= 0; back--) {
    periods.push({ ...reportingPeriod(shiftMonth(current, -back), startDay), startDay, closingDay });
  }
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const scoped = sqlOf(scopedComplaints(ctx, unit, { from: first.start, to: last.end }).select(columns(FIGURE_COLUMNS)));
  // Periods are contiguous: a row's period is the bucket of its received time among the periods' starts (an array
  // literal: a JavaScript array binding would be spread into a list). Joining the bucket to a VALUES list of the
  // periods tells the planner there are `months` groups, so it hashes 12 groups instead of sorting half the table.
  const starts = `{${periods.map((p) => p.start.toISOString()).join(',')}}`;
  const periodValues = periods.map((_, i) => `(${i + 1}, ?::text)`).join(', ');
  const rows: (FigureRow & { month: string })[] = await ctx.em.getConnection().execute(
    `with params as (select ?::timestamptz as now, ?::text as unit_path, ?::timestamptz[] as starts),
     periods (idx, month) as (values ${periodValues}),
     scoped as materialized (${scoped.sql}),
     ${rowsCte({ visits: false })},
     figures as (
       select per.month, ${FIGURE_AGGREGATES}
       from r join periods per on per.idx = width_bucket(r.received_at, (select starts from params))
       group by per.month
     ),
     -- Visits of a year of months: one hash join of the rows with return_visit, then grouped by month — not a probe
     -- or a group per complaint (half a million of them for a large group). Materialized so the planner joins first,
     -- with the row estimates of the two tables rather than the (unknown) selectivity of the bucket.
     visited as materialized (
       select s.received_at, rv.method, rv.score from scoped s join return_visit rv on rv.complaint_id = s.id
     ),
     visits as (
       select per.month, ${VISIT_AGGREGATES}
       from visited rv
       join periods per on per.idx = width_bucket(rv.received_at, (select starts from params))
       group by per.month
     )
     select month, ${FIGURE_KEYS.map((key) => (VISIT_KEYS.includes(key) ? `coalesce(visits.${key}, 0) as ${key}` : `figures.${key}`)).join(', ')}
     from figures left join visits using (month)`,
    [now, unit.path, starts, ...periods.map((p) => p.month), ...scoped.bindings],
  );
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return { orgUnit: unit, points: periods.map((period) => ({ month: period.month, period, figures: figuresOf(byMonth.get(period.month)) })) };
}

/** `YYYY-MM` moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
