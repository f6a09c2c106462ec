import { COMPLAINT_EVENT_TYPE_LABELS, type ComplaintEventType } from '@kesu/domain';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Complaint } from '../complaint/complaint.entity.js';
import type { Context } from '../graphql/context.js';
import { User } from '../identity/user.entity.js';
import type { OrgUnit } from '../org/org-unit.entity.js';
import {
  columns,
  OPEN_STATES,
  parseReportMonth,
  reportPeriodOf,
  reportUnit,
  scopedComplaints,
  scopedWhere,
  sqlOf,
  type ReportPeriodInfo,
} from './report-scope.js';

/**
 * What each head brings to the monthly meeting 客户投诉及客户端风险预控月度例会 (CG §5.4(2)): the key events still
 * open with their plan and progress, the warnings raised in the month, and what is overdue, per first responsible
 * person. Lists, not figures: they load complaint rows, capped, always scoped in SQL like every report.
 */

/** Items listed per section (the totals count them all). */
export const MEETING_LIST_LIMIT = 100;
/** Items listed per responsible person in the overdue section. */
export const MEETING_ITEMS_PER_PERSON = 20;

export interface MeetingProgress {
  type: string;
  label: string;
  occurredAt: Date;
  reason: string | null;
}

export interface MeetingItem {
  complaint: Complaint;
  /** The plan recorded when handling started (XX 4.2.1 item 2), if any. */
  plan: string | null;
  /** The latest entry of the complaint's file. */
  progress: MeetingProgress | null;
}

export interface MeetingList {
  totalCount: number;
  items: MeetingItem[];
}

export interface ResponsibleOverdue {
  responsible: User | null;
  name: string;
  count: number;
  items: MeetingItem[];
}

export interface MonthlyMeetingPack {
  orgUnit: OrgUnit;
  month: string;
  period: ReportPeriodInfo;
  generatedAt: Date;
  keyOpenItems: MeetingList;
  newWarnings: MeetingList;
  overdueTotal: number;
  overdueByResponsible: ResponsibleOverdue[];
}

const NO_RESPONSIBLE = '未指定第一责任人';

export async function monthlyMeetingPack(ctx: Context, orgUnitId: string, rawMonth: string, now = new Date()): Promise<MonthlyMeetingPack> {
  const month = parseReportMonth(rawMonth);
  const unit = await reportUnit(ctx, orgUnitId);
  const period = await reportPeriodOf(ctx, unit, month);
  // Open items are a backlog: everything received up to the period's end that is still open, however old.
  const upToEnd = { to: period.end };
  const open = { status: { $in: [...OPEN_STATES] } } as FilterQuery<Complaint>;

  // Key events: every grade above the scheme's default (A类一级/二级, 重大投诉 …: rank > 0), whatever the scheme.
  const [keyRows, keyTotal] = await ctx.em.findAndCount(Complaint, scopedWhere(ctx, unit, upToEnd, [open, { gradeRank: { $gt: 0 } }]), {
    orderBy: { gradeRank: 'desc', receivedAt: 'asc', id: 'asc' },
    limit: MEETING_LIST_LIMIT,
  });
  const [warningRows, warningTotal] = await ctx.em.findAndCount(
    Complaint,
    scopedWhere(ctx, unit, { from: period.start, to: period.end }, [{ kind: 'WARNING' }]),
    { orderBy: { receivedAt: 'desc', id: 'desc' }, limit: MEETING_LIST_LIMIT },
  );

  const overdue = [open, { overdue: true }] as FilterQuery<Complaint>[];
  const perPerson = sqlOf(scopedComplaints(ctx, unit, upToEnd, overdue).select(columns(['first_responsible_id'])));
  const counts: { first_responsible_id: string | null; count: number }[] = await ctx.em.getConnection().execute(
    `select first_responsible_id, count(*)::int as count from (${perPerson.sql}) overdue_open group by first_responsible_id order by count(*) desc`,
    perPerson.bindings,
  );
  const overdueRows = await ctx.em.find(Complaint, scopedWhere(ctx, unit, upToEnd, overdue), {
    orderBy: { resolutionDueAt: 'asc', id: 'asc' },
    limit: MEETING_LIST_LIMIT * 2,
  });

  const items = await meetingItems(ctx, [...keyRows, ...warningRows, ...overdueRows]);
  const people = await ctx.em.find(User, { id: { $in: counts.flatMap((row) => (row.first_responsible_id ? [row.first_responsible_id] : [])) } });
  const personById = new Map(people.map((person) => [person.id, person]));

  return {
    orgUnit: unit,
    month,
    period,
    generatedAt: now,
    keyOpenItems: { totalCount: keyTotal, items: keyRows.map((row) => items.get(row.id)!) },
    newWarnings: { totalCount: warningTotal, items: warningRows.map((row) => items.get(row.id)!) },
    overdueTotal: counts.reduce((sum, row) => sum + row.count, 0),
    overdueByResponsible: counts.map((row) => {
      const person = row.first_responsible_id ? (personById.get(row.first_responsible_id) ?? null) : null;
      return {
        responsible: person,
        name: person?.name ?? NO_RESPONSIBLE,
        count: row.count,
        items: overdueRows
          .filter((c) => (c.firstResponsible?.id ?? null) === row.first_responsible_id)
          .slice(0, MEETING_ITEMS_PER_PERSON)
          .map((c) => items.get(c.id)!),
      };
    }),
  };
}

/** Plan and latest progress of each listed complaint: two statements for the whole pack, not two per item. */
async function meetingItems(ctx: Context, complaints: Complaint[]): Promise<Map<string, MeetingItem>> {
  const ids = [...new Set(complaints.map((c) => c.id))];
  const plans = new Map<string, string | null>();
  const progress = new Map<string, MeetingProgress>();
  if (ids.length > 0) {
    const list = ids.map(() => '?').join(', ');
    const connection = ctx.em.getConnection();
    const [planRows, lastRows] = await Promise.all([
      connection.execute<{ complaint_id: string; reason: string | null }[]>(
        `select distinct on (complaint_id) complaint_id, reason from complaint_event
         where complaint_id in (${list}) and type = 'HANDLING_STARTED'
         order by complaint_id, occurred_at desc, id desc`,
        ids,
      ),
      connection.execute<{ complaint_id: string; type: string; occurred_at: Date; reason: string | null }[]>(
        `select distinct on (complaint_id) complaint_id, type, occurred_at, reason from complaint_event
         where complaint_id in (${list})
         order by complaint_id, occurred_at desc, id desc`,
        ids,
      ),
    ]);
    for (const row of planRows) plans.set(row.complaint_id, row.reason);
    for (const row of lastRows) {
      progress.set(row.complaint_id, {
        type: row.type,
        label: COMPLAINT_EVENT_TYPE_LABELS[row.type as ComplaintEventType] ?? row.type,
        occurredAt: new Date(row.occurred_at),
        reason: row.reason,
      });
    }
  }
  return new Map(complaints.map((c) => [c.id, { complaint: c, plan: plans.get(c.id) ?? null, progress: progress.get(c.id) ?? null }]));
}
