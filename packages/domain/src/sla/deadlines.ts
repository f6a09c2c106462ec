import { addWallClock } from '../calendar/working-calendar.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ComplaintKind } from '../complaint-facts.js';
import type { GradePolicy } from '../grading/grade-scheme.js';
import { formatYuanForDisplay, parseYuan } from '../money.js';

/**
 * Time limits of a complaint (RULES.md §5). Response limits are wall-clock; resolution and accountability limits
 * are working days counted by {@link WorkingCalendar.addWorkingDays} (acceptance day not counted, ends 23:59:59.999
 * Asia/Shanghai); return-visit limits are wall-clock hours after handling ends.
 */

/** Limits that are not per grade; configurable per org subtree. */
export interface TimeLimitSettings {
  /** Complaint return visit within 24 h after handling is complete (XX 4.3 回访时间 1). */
  readonly complaintReturnVisitHours: number;
  /** Demand return visit within 72 h (XX 4.3 回访时间 2). */
  readonly demandReturnVisitHours: number;
  /** Accountability determined within this many working days of conclusion (**ours**: the sources set none). */
  readonly accountabilityWorkingDays: number;
  /** A promised feedback date may be changed at most twice (JD 7.3.2 "反馈期限的变更不得超过两次"). */
  readonly maxDeadlineExtensions: number;
  /** Purchases of at least this many yuan exempt a complaint from the limit (XX 4.2.2 "5000元以上物资采购"). */
  readonly exemptionPurchaseThreshold: string;
}

export const DEFAULT_TIME_LIMITS: TimeLimitSettings = {
  complaintReturnVisitHours: 24,
  demandReturnVisitHours: 72,
  accountabilityWorkingDays: 10,
  maxDeadlineExtensions: 2,
  exemptionPurchaseThreshold: '5000.00',
};

/**
 * Why a complaint is exempt from the resolution limit (XX 4.2.2.1–4.2.2.3: "涉及工程维修作业时间较长或5000元以上
 * 物资采购的投诉处理不受此限制，但应尊从及时处理原则快速处理").
 */
export const ExemptionReason = {
  LONG_ENGINEERING_WORK: 'LONG_ENGINEERING_WORK',
  LARGE_PURCHASE: 'LARGE_PURCHASE',
} as const;
export type ExemptionReason = (typeof ExemptionReason)[keyof typeof ExemptionReason];
export const EXEMPTION_REASONS: readonly ExemptionReason[] = Object.values(ExemptionReason);

export const EXEMPTION_REASON_LABELS: Readonly<Record<ExemptionReason, string>> = {
  LONG_ENGINEERING_WORK: '工程维修作业时间较长',
  LARGE_PURCHASE: '5000元以上物资采购',
};

export interface DeadlineExemption {
  readonly reason: ExemptionReason;
  /** What makes it so (the work, the purchase). */
  readonly note: string;
  /** Decimal yuan; required for `LARGE_PURCHASE`. */
  readonly purchaseAmount?: string | null;
}

/** Checks an exemption request; returns the reason it is refused (Chinese) or `null` when it may be granted. */
export function exemptionProblem(
  exemption: DeadlineExemption,
  settings: TimeLimitSettings = DEFAULT_TIME_LIMITS,
): string | null {
  if (!EXEMPTION_REASONS.includes(exemption.reason)) return `未知的豁免原因：${String(exemption.reason)}`;
  if (typeof exemption.note !== 'string' || exemption.note.trim() === '') return '时限豁免须说明具体情况';
  if (exemption.reason === 'LARGE_PURCHASE') {
    if (exemption.purchaseAmount === null || exemption.purchaseAmount === undefined) {
      return '物资采购豁免须填写采购金额';
    }
    let fen: number;
    try {
      fen = parseYuan(exemption.purchaseAmount);
    } catch (error) {
      return (error as Error).message;
    }
    const threshold = parseYuan(settings.exemptionPurchaseThreshold);
    if (fen < threshold) {
      return `采购金额 ${formatYuanForDisplay(fen)} 低于 ${formatYuanForDisplay(threshold)}，不符合时限豁免条件（XX 4.2.2）`;
    }
  }
  return null;
}

/** One change of the promised resolution date (JD 7.3.2). */
export interface DeadlineExtension {
  readonly grantedAt: Date;
  readonly newDueAt: Date;
  readonly reason: string;
}

export interface DeadlineInput {
  readonly kind: ComplaintKind;
  readonly policy: Pick<
    GradePolicy,
    'responseMinutes' | 'resolutionWorkingDays' | 'escalatedResolutionWorkingDays' | 'requiresAccountability'
  >;
  /** When the complaint was received (acceptance). For a converted warning, the conversion instant. */
  readonly receivedAt: Date;
  /** When the latest escalation was taken over by the next level; restarts the clock at the escalated limit. */
  readonly escalatedAt?: Date | null;
  /** When the complaint was last reopened after an unsatisfied return visit; restarts the clock (**ours**). */
  readonly reopenedAt?: Date | null;
  readonly exemption?: DeadlineExemption | null;
  readonly extensions?: readonly DeadlineExtension[];
  /** When handling ended (事件完结): starts the return-visit and accountability clocks. */
  readonly concludedAt?: Date | null;
}

export const ResolutionBasis = {
  NORMAL: 'NORMAL',
  ESCALATED: 'ESCALATED',
  REOPENED: 'REOPENED',
  EXTENDED: 'EXTENDED',
  EXEMPT: 'EXEMPT',
  NONE: 'NONE',
} as const;
export type ResolutionBasis = (typeof ResolutionBasis)[keyof typeof ResolutionBasis];

export const RESOLUTION_BASIS_LABELS: Readonly<Record<ResolutionBasis, string>> = {
  NORMAL: '正常处理时限',
  ESCALATED: '升级处理时限',
  REOPENED: '重新处理时限',
  EXTENDED: '已延期',
  EXEMPT: '时限豁免',
  NONE: '无处理时限',
};

export interface ComplaintDeadlines {
  /** Respond by (CG/EG §4.3). `null` for a warning. */
  readonly responseDueAt: Date | null;
  /** Resolve by (XX 4.2.2). `null` when exempt or for a warning. */
  readonly resolutionDueAt: Date | null;
  readonly resolutionBasis: ResolutionBasis;
  /** Visit by (XX 4.3); `null` until handling ends. */
  readonly returnVisitDueAt: Date | null;
  /** Accountability determined by (**ours**); `null` unless concluded and required by the grade. */
  readonly accountabilityDueAt: Date | null;
}

/**
 * All deadlines of a complaint from its kind, grade policy, received time, escalation, reopening, exemption and
 * extensions.
 *
 * - Warnings (预警) have no time limits: the sources set none for an event that has not happened yet; when a
 *   warning becomes a complaint its clocks start at the conversion (**ours**).
 * - Resolution: `resolutionWorkingDays` (5) from acceptance; after an escalation `escalatedResolutionWorkingDays`
 *   (15) from the day the next level took it over (XX 4.2.2.3 "受理升级投诉当日起"); after a reopen the applicable
 *   limit again from the reopen day (**ours**). The latest of these starts the clock. An extension granted on or
 *   after that start replaces the due time; the latest such extension counts. An exemption removes the limit.
 * - Return visit: 24 h (complaint) / 72 h (demand) wall-clock after conclusion (XX 4.3).
 * - Accountability: `accountabilityWorkingDays` after conclusion, when the grade requires it.
 *
 * Throws `CalendarYearMissingError` when a working-day limit reaches a year without official holiday data.
 */
export function computeDeadlines(
  calendar: WorkingCalendar,
  input: DeadlineInput,
  settings: TimeLimitSettings = DEFAULT_TIME_LIMITS,
): ComplaintDeadlines {
  if (input.kind === 'WARNING') {
    return {
      responseDueAt: null,
      resolutionDueAt: null,
      resolutionBasis: 'NONE',
      returnVisitDueAt: null,
      accountabilityDueAt: null,
    };
  }
  const { policy } = input;
  const responseDueAt = addWallClock(input.receivedAt, policy.responseMinutes);

  let resolutionDueAt: Date | null = null;
  let resolutionBasis: ResolutionBasis;
  if (input.exemption) {
    resolutionBasis = 'EXEMPT';
  } else {
    let start = input.receivedAt;
    let days = policy.resolutionWorkingDays;
    resolutionBasis = 'NORMAL';
    const escalatedAt = input.escalatedAt ?? null;
    if (escalatedAt !== null && escalatedAt.getTime() >= start.getTime()) {
      start = escalatedAt;
      days = policy.escalatedResolutionWorkingDays;
      resolutionBasis = 'ESCALATED';
    }
    const reopenedAt = input.reopenedAt ?? null;
    if (reopenedAt !== null && reopenedAt.getTime() >= start.getTime()) {
      start = reopenedAt;
      resolutionBasis = 'REOPENED';
    }
    let extended: DeadlineExtension | null = null;
    for (const extension of input.extensions ?? []) {
      if (extension.grantedAt.getTime() >= start.getTime()) {
        if (extended === null || extension.grantedAt.getTime() >= extended.grantedAt.getTime()) extended = extension;
      }
    }
    if (extended !== null) {
      resolutionDueAt = extended.newDueAt;
      resolutionBasis = 'EXTENDED';
    } else {
      resolutionDueAt = calendar.addWorkingDays(start, days);
    }
  }

  const concludedAt = input.concludedAt ?? null;
  const visitHours = input.kind === 'DEMAND' ? settings.demandReturnVisitHours : settings.complaintReturnVisitHours;
  return {
    responseDueAt,
    resolutionDueAt,
    resolutionBasis,
    returnVisitDueAt: concludedAt === null ? null : addWallClock(concludedAt, visitHours * 60),
    accountabilityDueAt:
      concludedAt !== null && policy.requiresAccountability
        ? calendar.addWorkingDays(concludedAt, settings.accountabilityWorkingDays)
        : null,
  };
}

export type ExtensionDecision =
  | { readonly ok: true; readonly extensionNumber: number; readonly newDueAt: Date }
  | { readonly ok: false; readonly reason: string };

/**
 * Whether the promised resolution date may be moved to `newDueAt` (JD 7.3.2: at most two changes; the third is
 * refused). It must move later, and an exempt complaint has no date to move.
 */
export function checkDeadlineExtension(
  current: { readonly extensionCount: number; readonly resolutionDueAt: Date | null; readonly exempt: boolean },
  request: { readonly newDueAt: Date; readonly reason: string },
  settings: TimeLimitSettings = DEFAULT_TIME_LIMITS,
): ExtensionDecision {
  if (current.extensionCount >= settings.maxDeadlineExtensions) {
    return {
      ok: false,
      reason: `处理期限最多只能变更 ${settings.maxDeadlineExtensions} 次（JD 7.3.2），本件已变更 ${current.extensionCount} 次，不能再延期`,
    };
  }
  if (current.exempt) return { ok: false, reason: '本件已豁免处理时限，无需延期' };
  if (typeof request.reason !== 'string' || request.reason.trim() === '') return { ok: false, reason: '延期须说明理由' };
  if (!(request.newDueAt instanceof Date) || Number.isNaN(request.newDueAt.getTime())) {
    return { ok: false, reason: '新的期限不是有效的时间' };
  }
  if (current.resolutionDueAt !== null && request.newDueAt.getTime() <= current.resolutionDueAt.getTime()) {
    return { ok: false, reason: '新的期限必须晚于当前期限' };
  }
  return { ok: true, extensionNumber: current.extensionCount + 1, newDueAt: request.newDueAt };
}

export const DeadlineKind = {
  RESPONSE: 'RESPONSE',
  RESOLUTION: 'RESOLUTION',
  RETURN_VISIT: 'RETURN_VISIT',
  ACCOUNTABILITY: 'ACCOUNTABILITY',
} as const;
export type DeadlineKind = (typeof DeadlineKind)[keyof typeof DeadlineKind];

export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  RESPONSE: '响应超时',
  RESOLUTION: '处理超期',
  RETURN_VISIT: '回访超期',
  ACCOUNTABILITY: '问责超期',
};

/** When each step was done, `null` while not done. */
export interface DeadlineProgress {
  readonly respondedAt: Date | null;
  readonly concludedAt: Date | null;
  readonly returnVisitedAt: Date | null;
  readonly accountabilityRecordedAt: Date | null;
}

/**
 * The deadlines missed at `now`: a step is late when it was not done by its due time (done after it, or still not
 * done with `now` past it). The due instant itself is still on time. Used by the overdue job and by the reports'
 * timeliness figures (XX 4.5).
 */
export function missedDeadlines(deadlines: ComplaintDeadlines, progress: DeadlineProgress, now: Date): DeadlineKind[] {
  const late = (due: Date | null, doneAt: Date | null): boolean =>
    due !== null && (doneAt === null ? now.getTime() > due.getTime() : doneAt.getTime() > due.getTime());
  const missed: DeadlineKind[] = [];
  if (late(deadlines.responseDueAt, progress.respondedAt)) missed.push('RESPONSE');
  if (late(deadlines.resolutionDueAt, progress.concludedAt)) missed.push('RESOLUTION');
  if (late(deadlines.returnVisitDueAt, progress.returnVisitedAt)) missed.push('RETURN_VISIT');
  if (late(deadlines.accountabilityDueAt, progress.accountabilityRecordedAt)) missed.push('ACCOUNTABILITY');
  return missed;
}

/** The grading fact `overdue` (XX 4.1.2.1 b): the resolution limit passed without (or before) a final solution. */
export function isResolutionOverdue(deadlines: ComplaintDeadlines, concludedAt: Date | null, now: Date): boolean {
  const due = deadlines.resolutionDueAt;
  return due !== null && (concludedAt ?? now).getTime() > due.getTime();
}
