import {
  computeDeadlines,
  type ComplaintDeadlines,
  type ComplaintSnapshot,
  type OrgLevel,
  type TimeLimitSettings,
  type WorkingCalendar,
} from '@kesu/domain';
import type { Complaint } from './complaint.entity.js';
import type { ComplaintRecord } from './complaint-record.js';

/** What the state machine in `@kesu/domain` needs to know, read off the row (an entity or a list row). */
export function snapshotOf(complaint: ComplaintRecord, level: OrgLevel): ComplaintSnapshot {
  return {
    id: complaint.id,
    state: complaint.status,
    kind: complaint.kind,
    gradeCode: complaint.gradeCode,
    requiresAccountability: complaint.requiresAccountability,
    level,
    escalationCount: complaint.escalationCount,
    internalReviewRounds: complaint.internalReviewRounds,
    extensionCount: complaint.extensionCount,
    exempt: complaint.exemption !== null,
    resolutionDueAt: complaint.resolutionDueAt?.toISOString() ?? null,
    confirmationScore: complaint.confirmationScore,
    returnVisitRequired: complaint.returnVisitRequired,
    lastReturnVisit: complaint.lastReturnVisit,
    accountability: complaint.accountability,
    reopenCount: complaint.reopenCount,
  };
}

/** Writes back what a decision changed in the snapshot (the row keeps everything else). */
export function applySnapshot(complaint: Complaint, snapshot: ComplaintSnapshot): void {
  complaint.status = snapshot.state;
  complaint.kind = snapshot.kind;
  complaint.requiresAccountability = snapshot.requiresAccountability;
  complaint.escalationCount = snapshot.escalationCount;
  complaint.internalReviewRounds = snapshot.internalReviewRounds;
  complaint.extensionCount = snapshot.extensionCount;
  complaint.confirmationScore = snapshot.confirmationScore;
  complaint.returnVisitRequired = snapshot.returnVisitRequired;
  complaint.lastReturnVisit = snapshot.lastReturnVisit ? { ...snapshot.lastReturnVisit } : null;
  complaint.accountability = snapshot.accountability;
  complaint.reopenCount = snapshot.reopenCount;
}

const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');

/** Recomputes every deadline from the row (RULES.md §5) and the next one still open. */
export function refreshDeadlines(
  complaint: Complaint,
  calendar: WorkingCalendar,
  settings: TimeLimitSettings,
  policy: { responseMinutes: number; resolutionWorkingDays: number; escalatedResolutionWorkingDays: number; requiresAccountability: boolean },
): ComplaintDeadlines {
  const deadlines = computeDeadlines(
    calendar,
    {
      kind: complaint.kind,
      policy: { ...policy, requiresAccountability: complaint.requiresAccountability },
      receivedAt: complaint.receivedAt,
      escalatedAt: complaint.escalatedAt,
      reopenedAt: complaint.reopenedAt,
      exemption: complaint.exemption,
      extensions: (complaint.extensions ?? []).map((e) => ({ grantedAt: new Date(e.grantedAt), newDueAt: new Date(e.newDueAt), reason: e.reason })),
      concludedAt: complaint.concludedAt,
    },
    settings,
  );
  complaint.responseDueAt = deadlines.responseDueAt;
  complaint.resolutionDueAt = deadlines.resolutionDueAt;
  complaint.resolutionBasis = deadlines.resolutionBasis;
  complaint.returnVisitDueAt = deadlines.returnVisitDueAt;
  complaint.accountabilityDueAt = deadlines.accountabilityDueAt;
  complaint.nextDueAt = nextOpenDeadline(complaint) ?? FAR_FUTURE;
  return deadlines;
}

function nextOpenDeadline(c: Complaint): Date | null {
  if (c.status === 'ARCHIVED' || c.status === 'INVALID') return null;
  const open: (Date | null)[] = [
    c.respondedAt ? null : c.responseDueAt,
    c.concludedAt ? null : c.resolutionDueAt,
    c.concludedAt && !c.returnVisitedAt && c.returnVisitRequired ? c.returnVisitDueAt : null,
    c.concludedAt && c.accountability !== 'ENFORCED' ? c.accountabilityDueAt : null,
  ];
  const dates = open.filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
  return dates[0] ?? null;
}
