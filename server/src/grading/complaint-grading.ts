import { formatYuan, grade, type CompiledGradeScheme, type ComplaintFacts, type ComplaintFlag, type ComplaintKind, type GradeResult } from '@kesu/domain';

/** The columns of a stored complaint that grading reads (`compensationFen` as the driver returns a bigint: string or number). */
export interface StoredGradingColumns {
  kind: ComplaintKind;
  householdCount: number;
  compensationFen: number | string;
  flags: readonly ComplaintFlag[];
}

/**
 * The facts grading reads from a stored complaint: the same values intake graded it with (households, the amount
 * stored in fen, the flags, the category), plus `overdue`. Used by the overdue clock when it re-grades and by the
 * grade-scheme impact preview, so both see exactly what intake saw.
 */
export function storedComplaintFacts(complaint: StoredGradingColumns, categoryCode: string | null, overdue: boolean): ComplaintFacts {
  return {
    kind: complaint.kind,
    householdCount: complaint.householdCount,
    compensationAmount: formatYuan(Number(complaint.compensationFen)),
    flags: complaint.flags,
    overdue,
    categoryCode,
  };
}

/**
 * The grade the server gives a complaint under `scheme` when nobody overrides it: intake grades it not overdue
 * (complaint-intake.service.ts); the overdue clock (sla/overdue-clock.service.ts), once it marks it overdue, re-grades
 * it with `overdue` and keeps the result only when it ranks higher.
 */
export function automaticGrade(scheme: CompiledGradeScheme, facts: ComplaintFacts, markedOverdue: boolean): GradeResult {
  const atIntake = grade(scheme, { ...facts, overdue: false });
  if (!markedOverdue) return atIntake;
  const regraded = grade(scheme, { ...facts, overdue: true });
  return regraded.grade.rank > atIntake.grade.rank ? regraded : atIntake;
}
