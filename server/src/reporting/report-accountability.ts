import type { Context } from '../graphql/context.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import type { OrgUnit } from '../org/org-unit.entity.js';
import { columns, scopedComplaints, sqlOf, type ReportPeriodInfo } from './report-scope.js';

export interface AccountabilityFigures {
  /** False when the caller may not read accountability at all: the figures are then withheld, not zero. */
  available: boolean;
  /** Accountability determinations recorded in the period (问责记录). */
  records: number;
  /** Of those, how many performance management has confirmed as carried out. */
  enforced: number;
  /** Fines of the parties of those records. Exact money: integer fen. */
  finesTotalFen: number;
}

/**
 * Accountability (问责追责, CG §4.5, §5.3(3)(4)) of the month: determinations RECORDED in the period — accountability
 * follows conclusion, usually weeks after intake, so counting by the complaint's intake month would leave the current
 * month almost always empty.
 *
 * Scoped like every figure — the unit's subtree and the caller's complaint read rules — and, on top, the caller's
 * accountability read rules (a project head reads her complaints but not who was penalized for them). Both rule
 * sets are conditions on the complaint's project path (the accountability's `project` is the complaint's project),
 * so they apply to the same scoped complaint query. One statement.
 */
export async function accountabilityFigures(ctx: Context, unit: OrgUnit, period: ReportPeriodInfo): Promise<AccountabilityFigures> {
  if (!ctx.ability.can('read', 'Accountability')) return { available: false, records: 0, enforced: 0, finesTotalFen: 0 };
  const complaints = sqlOf(
    scopedComplaints(ctx, unit, {}, [scopeFilter(ctx.ability, 'read', 'Accountability')])
      .select(columns(['id']))
      .andWhere('"c"."id" in (select "complaint_id" from "accountability" where "recorded_at" >= ? and "recorded_at" < ?)', [period.start, period.end]),
  );
  const rows: { records: number; enforced: number; fines_fen: string | number }[] = await ctx.em.getConnection().execute(
    `with scoped as (${complaints.sql})
     select count(*)::int as records,
            count(*) filter (where a.status = 'ENFORCED')::int as enforced,
            coalesce(sum(f.fine_fen), 0)::bigint as fines_fen
     from accountability a
     join scoped s on s.id = a.complaint_id
     left join lateral (select sum(p.fine_fen) as fine_fen from accountability_party p where p.accountability_id = a.id) f on true
     where a.recorded_at >= ? and a.recorded_at < ?`,
    [...complaints.bindings, period.start, period.end],
  );
  const row = rows[0];
  return { available: true, records: row?.records ?? 0, enforced: row?.enforced ?? 0, finesTotalFen: Number(row?.fines_fen ?? 0) };
}
