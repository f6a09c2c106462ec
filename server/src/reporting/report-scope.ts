import { reportingPeriod, type ReportingPeriod } from '@kesu/domain';
import { subject } from '@kesu/permissions';
import { raw, type FilterQuery, type QBFilterQuery, type QueryBuilder } from '@mikro-orm/postgresql';
import { Complaint } from '../complaint/complaint.entity.js';
import type { Context } from '../graphql/context.js';
import { badInput, forbidden } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { startsWithPattern } from '../graphql/like.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { groupSettingsOf } from '../org/group-settings.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';

/**
 * Who may see a report of which unit, over which period, and the one query every figure starts from: the complaints
 * of the unit's subtree that the caller may read, received in a time range. Scoping happens in that SQL (DESIGN
 * "Authorization is data-scoped"): a group CR, who reads only what is reported to the group, gets figures over
 * exactly those complaints.
 */

/** The states in which a complaint is still being worked on (handling not yet concluded). */
export const OPEN_STATES = ['REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW'] as const;

/** `OPEN_STATES` as an SQL list; constants only, never user text. */
export const OPEN_STATES_SQL = OPEN_STATES.map((state) => `'${state}'`).join(', ');

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseReportMonth(month: string, field = 'month'): string {
  const match = MONTH.exec(typeof month === 'string' ? month.trim() : '');
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2099) {
    throw badInput(field, `月份格式不正确：${String(month)}（应为 YYYY-MM，如 2026-11）`);
  }
  return match[0];
}

/**
 * The unit a report covers. An unknown unit and one outside the caller's report rules answer alike, so asking for a
 * report never reveals whether a unit exists.
 */
export async function reportUnit(ctx: Context, orgUnitGlobalId: string): Promise<OrgUnit> {
  const unit = await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', orgUnitGlobalId, 'orgUnitId') });
  if (!unit || !ctx.ability.can('read', subject('Report', { path: unit.path }))) {
    throw forbidden('组织单元不存在，或您无权查看该单元的报表');
  }
  return unit;
}

/**
 * The period start day from the group's closing day (GroupSettings.reportClosingDay, XX 4.5: the 24th). A closing
 * day of 28 or later (or 0) closes with the month itself: the report is the calendar month.
 */
export function periodStartDay(closingDay: number): number {
  return Number.isInteger(closingDay) && closingDay >= 1 && closingDay <= 27 ? closingDay + 1 : 1;
}

export interface ReportPeriodInfo extends ReportingPeriod {
  /** The last day of the month that still belongs to this month's report. */
  readonly closingDay: number;
  readonly startDay: number;
}

export async function reportPeriodOf(ctx: Context, unit: OrgUnit, month: string): Promise<ReportPeriodInfo> {
  const settings = await groupSettingsOf(ctx.em, unit.groupId);
  const startDay = periodStartDay(settings.reportClosingDay);
  return { ...reportingPeriod(month, startDay), startDay, closingDay: startDay === 1 ? 0 : startDay - 1 };
}

export interface Range {
  /** Inclusive; open when absent. */
  from?: Date;
  /** Exclusive; open when absent. */
  to?: Date;
}

/**
 * Complaints of `unit`'s subtree readable by the caller, received in `range`, as one filter. `groupId` first: with
 * `received_at` it is served by complaint(group_id, received_at), so a month of a million-row table reads that month.
 */
export function scopedWhere(ctx: Context, unit: OrgUnit, range: Range, extra: FilterQuery<Complaint>[] = []): FilterQuery<Complaint> {
  const received = { ...(range.from ? { $gte: range.from } : {}), ...(range.to ? { $lt: range.to } : {}) };
  return {
    $and: [
      { groupId: unit.groupId },
      ...(range.from || range.to ? [{ receivedAt: received }] : []),
      { project: { path: { $like: startsWithPattern(unit.path) } } },
      scopeFilter(ctx.ability, 'read', 'Complaint'),
      ...extra,
    ],
  } as FilterQuery<Complaint>;
}

export function scopedComplaints(ctx: Context, unit: OrgUnit, range: Range, extra: FilterQuery<Complaint>[] = []): QueryBuilder<Complaint> {
  return ctx.em.createQueryBuilder(Complaint, 'c').where(scopedWhere(ctx, unit, range, extra) as QBFilterQuery<Complaint>);
}

/**
 * Plain columns of the complaint alias `c`. Raw on purpose: selecting a relation by property name would make MikroORM
 * select it through its join alias (`o1.id as o1__id`) instead of the foreign key column.
 */
export function columns(names: readonly string[]) {
  return raw(names.map((name) => `"c"."${name}"`).join(', '));
}

/** The SQL text and bindings of a query builder, to be embedded as a CTE in a hand-written grouped statement. */
export function sqlOf(qb: QueryBuilder<Complaint>): { sql: string; bindings: unknown[] } {
  const compiled = qb.getKnexQuery().toSQL();
  return { sql: compiled.sql, bindings: [...compiled.bindings] };
}
