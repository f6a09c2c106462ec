import { compileGradeScheme, type CompiledGradeScheme, type ComplaintFlag, type ComplaintKind } from '@kesu/domain';
import { subject } from '@kesu/permissions';
import { raw } from '@mikro-orm/postgresql';
import { Category } from '../category/category.entity.js';
import { compiledScheme } from '../complaint/complaint-intake.service.js';
import { Complaint } from '../complaint/complaint.entity.js';
import type { Context } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { parseInput } from '../graphql/validation.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { scopedComplaints } from '../reporting/report-scope.js';
import { automaticGrade, storedComplaintFacts } from './complaint-grading.js';
import { GradeSchemeVersion } from './grade-scheme-version.entity.js';
import { IMPACT_MONTHS, gradeSchemeImpactSchema, type GradeSchemeImpactInput } from './grade-scheme.inputs.js';
import { validateSchemeDraft } from './grade-scheme.service.js';

/** How many changed records the preview shows by name. */
export const IMPACT_EXAMPLES = 10;

export interface GradeSummary {
  code: string;
  label: string;
  rank: number;
}

export interface GradeSchemeImpact {
  from: Date;
  to: Date;
  complaintCount: number;
  changedCount: number;
  overriddenCount: number;
  otherSchemeCount: number;
  changes: { fromGrade: GradeSummary; toGrade: GradeSummary; count: number }[];
  examples: { complaint: Complaint; fromGrade: GradeSummary; toGrade: GradeSummary; gradeOverridden: boolean }[];
}

/** The columns grading needs, as the driver returns them. */
interface ImpactRow {
  id: string;
  kind: ComplaintKind;
  household_count: number;
  compensation_fen: string | number;
  flags: ComplaintFlag[];
  category_id: string;
  grade_scheme_id: string;
  grade_overridden: boolean;
  marked_overdue: boolean;
}

/**
 * Raw on purpose (see `columns` in report-scope.ts): foreign keys as columns, not through join aliases. "Marked
 * overdue" is the overdue flag or, since escalation clears the flag once the new limit runs, a MARKED_OVERDUE event
 * (probed through complaint_event(complaint_id, occurred_at)).
 */
const IMPACT_COLUMNS = raw(
  `"c"."id", "c"."kind", "c"."household_count", "c"."compensation_fen", "c"."flags", "c"."category_id", "c"."grade_scheme_id", ` +
    `"c"."grade_overridden", ("c"."overdue" or exists (select 1 from "complaint_event" as "e" ` +
    `where "e"."complaint_id" = "c"."id" and "e"."type" = 'MARKED_OVERDUE')) as "marked_overdue"`,
);

/** The same instant `months` calendar months earlier (UTC), the day clamped to the shorter month (31 May → 28/29 Feb). */
export function monthsBefore(at: Date, months: number): Date {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(year, month, Math.min(at.getUTCDate(), lastDay), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()),
  );
}

const summary = (g: GradeSummary): GradeSummary => ({ code: g.code, label: g.label, rank: g.rank });

/**
 * "What changes" for the admin's grade-scheme editor: the draft, validated exactly as `publishGradeScheme` would
 * validate it, grades again every record received in the last `months` months in the unit's subtree that the caller
 * may read, and is compared with the record's automatic grade under the version it was graded with.
 *
 * - Who: whoever may publish a scheme at the unit. An unknown unit and one outside the caller's rights answer alike
 *   (FORBIDDEN), so the preview never reveals whether a unit exists; counts never include a record the caller cannot
 *   read (the read rules are part of the SQL).
 * - Which records: a record graded by a scheme published on a unit below the draft's unit keeps that scheme after
 *   publishing (the nearest unit's version wins, `resolveSchemeVersion`), so it is counted apart (`otherSchemeCount`).
 * - Compared with what: both sides are graded by the same path from the same stored facts (`automaticGrade`): intake's
 *   facts, and the overdue clock's re-grade for a record it marked overdue. A manual override is not a grade a scheme
 *   gives, so an overridden record is compared by its automatic grade and flagged. Recomputing the old side (rather than
 *   reading `gradeCode`) also keeps a later reclassification from showing up as a change the draft makes.
 * - Cost: one statement reads the window's rows (complaint(group_id, received_at)), only the columns grading reads;
 *   grading runs in memory; the scheme versions, the categories and the ≤ 10 examples are one statement each.
 */
export async function gradeSchemeImpact(ctx: Context, rawInput: GradeSchemeImpactInput, now = new Date()): Promise<GradeSchemeImpact> {
  const input = parseInput(gradeSchemeImpactSchema, rawInput);
  const unit = await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', input.orgUnitId, 'orgUnitId') });
  if (!unit || !ctx.ability.can('create', subject('GradeScheme', { groupId: unit.groupId, orgUnit: unit }))) {
    throw forbidden('组织单元不存在，或您不能为该单元发布分级方案');
  }
  const draft = compileGradeScheme(await validateSchemeDraft(ctx.em, unit, input));
  const to = now;
  const from = monthsBefore(now, input.months ?? IMPACT_MONTHS.default);

  const rows = (await scopedComplaints(ctx, unit, { from, to })
    .select(IMPACT_COLUMNS)
    .orderBy({ receivedAt: 'desc', id: 'asc' })
    .execute('all', false)) as unknown as ImpactRow[];

  const schemeIds = [...new Set(rows.map((row) => row.grade_scheme_id))];
  const [versions, categories] = await Promise.all([
    schemeIds.length ? ctx.em.find(GradeSchemeVersion, { id: { $in: schemeIds } }) : Promise.resolve([]),
    rows.length ? ctx.em.find(Category, { groupId: unit.groupId }) : Promise.resolve([]),
  ]);
  // The draft replaces versions published on the unit itself or above it; a version below it stays in force.
  const draftReplaces = new Set([...unit.ancestorIds(), unit.id]);
  const baseline = new Map<string, CompiledGradeScheme | null>(
    versions.map((v) => [v.id, draftReplaces.has(v.orgUnit.id) ? compiledScheme(v.scheme) : null]),
  );
  const categoryCode = new Map(categories.map((c) => [c.id, c.code]));

  let complaintCount = 0;
  let otherSchemeCount = 0;
  let overriddenCount = 0;
  const changes = new Map<string, GradeSchemeImpact['changes'][number]>();
  const examples: { id: string; fromGrade: GradeSummary; toGrade: GradeSummary; gradeOverridden: boolean }[] = [];
  for (const row of rows) {
    const old = baseline.get(row.grade_scheme_id);
    if (!old) {
      otherSchemeCount++;
      continue;
    }
    complaintCount++;
    const facts = storedComplaintFacts(
      { kind: row.kind, householdCount: row.household_count, compensationFen: row.compensation_fen, flags: row.flags },
      categoryCode.get(row.category_id) ?? null,
      row.marked_overdue,
    );
    const before = automaticGrade(old, facts, row.marked_overdue).grade;
    const after = automaticGrade(draft, facts, row.marked_overdue).grade;
    if (before.code === after.code) continue;
    if (row.grade_overridden) overriddenCount++;
    const key = JSON.stringify([before.code, before.label, after.code, after.label]);
    const change = changes.get(key);
    if (change) change.count++;
    else changes.set(key, { fromGrade: summary(before), toGrade: summary(after), count: 1 });
    if (examples.length < IMPACT_EXAMPLES) {
      examples.push({ id: row.id, fromGrade: summary(before), toGrade: summary(after), gradeOverridden: row.grade_overridden });
    }
  }

  const loaded = examples.length ? await ctx.em.find(Complaint, { id: { $in: examples.map((e) => e.id) } }) : [];
  const byId = new Map(loaded.map((c) => [c.id, c]));
  const changedCount = [...changes.values()].reduce((sum, change) => sum + change.count, 0);
  return {
    from,
    to,
    complaintCount,
    changedCount,
    overriddenCount,
    otherSchemeCount,
    changes: [...changes.values()].sort(
      (a, b) => b.count - a.count || b.fromGrade.rank - a.fromGrade.rank || b.toGrade.rank - a.toGrade.rank || a.toGrade.code.localeCompare(b.toGrade.code),
    ),
    examples: examples.flatMap(({ id, ...rest }) => {
      const complaint = byId.get(id);
      return complaint ? [{ complaint, ...rest }] : [];
    }),
  };
}
