import type { MessageKey } from '../../i18n/locales';
import type {
  AccountabilityPartyKind,
  AccountabilityPenalty,
  AccountabilityStatus,
  Channel,
  ComplaintAction,
  ComplaintFlag,
  ComplaintKind,
  ComplaintStatus,
  EscalationReason,
  ExemptionReason,
  ExternalReviewMethod,
  ReturnVisitMethod,
} from './complaints-operations';

export const KINDS: readonly ComplaintKind[] = ['COMPLAINT', 'DEMAND', 'WARNING'];
export const STATUSES: readonly ComplaintStatus[] = [
  'WARNING',
  'REGISTERED',
  'RESPONDED',
  'HANDLING',
  'ESCALATED',
  'INTERNAL_REVIEW',
  'EXTERNAL_REVIEW',
  'CONCLUDED',
  'RETURN_VISITED',
  'ACCOUNTABILITY',
  'ARCHIVED',
  'INVALID',
];
/** Statuses of a complaint still being worked on (for the duplicate hint). */
export const OPEN_STATUSES: readonly ComplaintStatus[] = [
  'WARNING',
  'REGISTERED',
  'RESPONDED',
  'HANDLING',
  'ESCALATED',
  'INTERNAL_REVIEW',
  'EXTERNAL_REVIEW',
];
export const CHANNELS: readonly Channel[] = ['PHONE', 'VISIT', 'LETTER', 'EMAIL', 'WEB', 'APP', 'MEDIA', 'PROPERTY_REFERRAL'];
export const FLAGS: readonly ComplaintFlag[] = [
  'DELIVERY_DELAY',
  'TITLE_DELAY',
  'KPI_IMPACT',
  'CASUALTIES',
  'MEDIA_EXPOSURE',
  'LITIGATION',
  'GROUP_LITIGATION_RISK',
];
export const ESCALATION_REASONS: readonly EscalationReason[] = ['BEYOND_AUTHORITY', 'CUSTOMER_DISAGREES', 'GRADE', 'OVERDUE'];
export const REVIEW_METHODS: readonly ExternalReviewMethod[] = ['ARBITRATION', 'LITIGATION'];
export const EXEMPTION_REASONS: readonly ExemptionReason[] = ['LONG_ENGINEERING_WORK', 'LARGE_PURCHASE'];
export const VISIT_METHODS: readonly ReturnVisitMethod[] = ['PHONE', 'ON_SITE'];

/** Grade codes of the demo presets; the filter also accepts any typed code (other schemes name theirs freely). */
export const KNOWN_GRADE_CODES = ['A1', 'A2', 'MAJOR', 'GENERAL'] as const;
/** "A类" in the quick filter: both A levels of the group scheme (RULES §4). */
export const A_CLASS_CODES = ['A1', 'A2'];

export const kindKey = (kind: ComplaintKind) => `complaints.kind.${kind}` satisfies MessageKey;
export const statusKey = (status: ComplaintStatus) => `complaints.status.${status}` satisfies MessageKey;
export const channelKey = (channel: Channel) => `complaints.channel.${channel}` satisfies MessageKey;
export const flagKey = (flag: ComplaintFlag) => `complaints.flag.${flag}` satisfies MessageKey;
export const escalationKey = (reason: EscalationReason) => `complaints.escalation.${reason}` satisfies MessageKey;
export const reviewKey = (method: ExternalReviewMethod) => `complaints.review.${method}` satisfies MessageKey;
export const exemptionKey = (reason: ExemptionReason) => `complaints.exemption.${reason}` satisfies MessageKey;
export const visitKey = (method: ReturnVisitMethod) => `complaints.visit.${method}` satisfies MessageKey;

// accountability
/** In the order of the server's enums (`AccountabilityPartyKind`, `AccountabilityPenalty`). */
export const PARTY_KINDS: readonly AccountabilityPartyKind[] = ['DEPARTMENT', 'ORG_UNIT', 'PERSON', 'CONTRACTOR'];
export const PENALTIES: readonly AccountabilityPenalty[] = ['NOTICE_OF_CRITICISM', 'FINE', 'BONUS_WITHHELD', 'DEMOTION', 'DISMISSAL', 'NONE'];
export const partyKindKey = (kind: AccountabilityPartyKind) => `complaints.accountability.kind.${kind}` satisfies MessageKey;
export const penaltyKey = (penalty: AccountabilityPenalty) => `complaints.accountability.penalty.${penalty}` satisfies MessageKey;
export const accountabilityStatusKey = (status: AccountabilityStatus) =>
  `complaints.accountability.status.${status}` satisfies MessageKey;

/** Actions this page offers a form for: every `ComplaintAction` the server may allow. */
export const SUPPORTED_ACTIONS = [
  'RESPOND',
  'START_HANDLING',
  'ESCALATE',
  'START_INTERNAL_REVIEW',
  'START_EXTERNAL_REVIEW',
  'CONCLUDE',
  'RECORD_RETURN_VISIT',
  'REOPEN',
  'EXTEND_DEADLINE',
  'GRANT_EXEMPTION',
  'RECLASSIFY',
  'OVERRIDE_GRADE',
  'MARK_INVALID',
  'ARCHIVE',
  'CONVERT_WARNING',
  'RECORD_ACCOUNTABILITY',
  'CONFIRM_ACCOUNTABILITY',
] as const satisfies readonly ComplaintAction[];
export type SupportedAction = (typeof SUPPORTED_ACTIONS)[number];
export const isSupportedAction = (action: ComplaintAction): action is SupportedAction =>
  (SUPPORTED_ACTIONS as readonly ComplaintAction[]).includes(action);
export const actionKey = (action: SupportedAction) => `complaints.action.${action}` satisfies MessageKey;

/** Tag colour by grade rank (demo schemes: A1 = 20, A2 = 10, general = 0): the higher, the hotter. */
export function gradeColor(rank: number): string {
  if (rank >= 20) return 'red';
  if (rank >= 10) return 'volcano';
  if (rank > 0) return 'gold';
  return 'default';
}

export const STATUS_COLOR: Partial<Record<ComplaintStatus, string>> = {
  WARNING: 'purple',
  REGISTERED: 'blue',
  RESPONDED: 'cyan',
  HANDLING: 'processing',
  ESCALATED: 'volcano',
  INTERNAL_REVIEW: 'orange',
  EXTERNAL_REVIEW: 'magenta',
  CONCLUDED: 'green',
  RETURN_VISITED: 'lime',
  ACCOUNTABILITY: 'gold',
  ARCHIVED: 'default',
  INVALID: 'default',
};
