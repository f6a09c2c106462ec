import { COMPLAINT_KIND_LABELS } from '../complaint-facts.js';
import type { ComplaintKind } from '../complaint-facts.js';
import { ORG_LEVEL_LABELS } from '../org-levels.js';
import type { OrgLevel } from '../org-levels.js';
import { DEFAULT_TIME_LIMITS, checkDeadlineExtension, exemptionProblem } from '../sla/deadlines.js';
import type { DeadlineExemption, TimeLimitSettings } from '../sla/deadlines.js';
import { DEFAULT_ESCALATION_CHAIN, isEscalationUpward, nextEscalationLevel } from './escalation.js';
import type { EscalationChain } from './escalation.js';
import {
  DEFAULT_DEMAND_SAMPLE_RATE,
  DEFAULT_SATISFIED_SCORE,
  isReturnVisitMethod,
  isSatisfiedScore,
  isValidScore,
  returnVisitRequirement,
} from './return-visit.js';
import type { ReturnVisitMethod } from './return-visit.js';

/**
 * The complaint lifecycle (RULES.md §6): CG/EG §4.1 "预警 → 事件发生 → 响应 → 事件处理 → 事件完结 → 问责追责 →
 * 案例沉淀应用" with XX 4.2 (handling, escalation, internal and external review) and XX 4.3 (return visit).
 *
 * Pure: {@link decide} takes the complaint's snapshot and a command and answers either the next snapshot and the
 * event to append, or a refusal with a Chinese reason. The server checks permissions, runs `decide`, writes the
 * snapshot and the event in one transaction and recomputes deadlines (sla/deadlines.ts). The admin calls
 * {@link allowedActions} to show only the actions that can succeed.
 */

export const ComplaintState = {
  /** 预警: the event has not happened yet (CG §3.4). */
  WARNING: 'WARNING',
  /** 已受理: registered, handler assigned (XX 4.2.1 item 1). */
  REGISTERED: 'REGISTERED',
  /** 已响应: customer contacted and told who is in charge (CG §3.1, §4.3). */
  RESPONDED: 'RESPONDED',
  /** 处理中: a plan, the customer's opinion, execution (XX 4.2.1 item 2). */
  HANDLING: 'HANDLING',
  /** 已升级: taken over by the next level (XX 4.2.1 item 3). */
  ESCALATED: 'ESCALATED',
  /** 内部评审中 (XX 4.2.1 item 3.1; a second round after a small disagreement, item 3.2(3)). */
  INTERNAL_REVIEW: 'INTERNAL_REVIEW',
  /** 外部评审中: arbitration or litigation after an irreconcilable disagreement (XX 4.2.1 item 3.2(2)). */
  EXTERNAL_REVIEW: 'EXTERNAL_REVIEW',
  /** 已完结 (CG §3.2). */
  CONCLUDED: 'CONCLUDED',
  /** 已回访 (XX 4.3). */
  RETURN_VISITED: 'RETURN_VISITED',
  /** 问责追责中 (CG §4.5, §5.3(3)(4)). */
  ACCOUNTABILITY: 'ACCOUNTABILITY',
  /** 已归档: the file is closed and kept (XX 4.4). */
  ARCHIVED: 'ARCHIVED',
  /** 无效 (XX 4.1.1). */
  INVALID: 'INVALID',
} as const;
export type ComplaintState = (typeof ComplaintState)[keyof typeof ComplaintState];
export const COMPLAINT_STATES: readonly ComplaintState[] = Object.values(ComplaintState);

export const COMPLAINT_STATE_LABELS: Readonly<Record<ComplaintState, string>> = {
  WARNING: '预警',
  REGISTERED: '已受理',
  RESPONDED: '已响应',
  HANDLING: '处理中',
  ESCALATED: '已升级',
  INTERNAL_REVIEW: '内部评审中',
  EXTERNAL_REVIEW: '外部评审中',
  CONCLUDED: '已完结',
  RETURN_VISITED: '已回访',
  ACCOUNTABILITY: '问责追责中',
  ARCHIVED: '已归档',
  INVALID: '无效',
};

/** States no action leaves. */
export const TERMINAL_STATES: readonly ComplaintState[] = ['ARCHIVED', 'INVALID'];

export function isComplaintState(value: unknown): value is ComplaintState {
  return typeof value === 'string' && (COMPLAINT_STATES as readonly string[]).includes(value);
}

export const ComplaintAction = {
  RESPOND: 'RESPOND',
  START_HANDLING: 'START_HANDLING',
  ESCALATE: 'ESCALATE',
  START_INTERNAL_REVIEW: 'START_INTERNAL_REVIEW',
  START_EXTERNAL_REVIEW: 'START_EXTERNAL_REVIEW',
  CONCLUDE: 'CONCLUDE',
  RECORD_RETURN_VISIT: 'RECORD_RETURN_VISIT',
  REOPEN: 'REOPEN',
  RECORD_ACCOUNTABILITY: 'RECORD_ACCOUNTABILITY',
  CONFIRM_ACCOUNTABILITY: 'CONFIRM_ACCOUNTABILITY',
  ARCHIVE: 'ARCHIVE',
  MARK_INVALID: 'MARK_INVALID',
  CONVERT_WARNING: 'CONVERT_WARNING',
  RECLASSIFY: 'RECLASSIFY',
  EXTEND_DEADLINE: 'EXTEND_DEADLINE',
  GRANT_EXEMPTION: 'GRANT_EXEMPTION',
  OVERRIDE_GRADE: 'OVERRIDE_GRADE',
} as const;
export type ComplaintAction = (typeof ComplaintAction)[keyof typeof ComplaintAction];
export const COMPLAINT_ACTIONS: readonly ComplaintAction[] = Object.values(ComplaintAction);

export const COMPLAINT_ACTION_LABELS: Readonly<Record<ComplaintAction, string>> = {
  RESPOND: '响应客户',
  START_HANDLING: '开始处理',
  ESCALATE: '升级',
  START_INTERNAL_REVIEW: '启动内部评审',
  START_EXTERNAL_REVIEW: '转外部评审',
  CONCLUDE: '事件完结',
  RECORD_RETURN_VISIT: '记录回访',
  REOPEN: '重新处理',
  RECORD_ACCOUNTABILITY: '记录问责',
  CONFIRM_ACCOUNTABILITY: '确认问责落实',
  ARCHIVE: '归档',
  MARK_INVALID: '判定无效',
  CONVERT_WARNING: '预警转投诉',
  RECLASSIFY: '改划类型',
  EXTEND_DEADLINE: '延期',
  GRANT_EXEMPTION: '时限豁免',
  OVERRIDE_GRADE: '调整等级',
};

export function isComplaintAction(value: unknown): value is ComplaintAction {
  return typeof value === 'string' && (COMPLAINT_ACTIONS as readonly string[]).includes(value);
}

/**
 * Event types of a complaint's timeline. The first group is emitted by {@link decide}; the rest, from
 * COMPLAINT_CREATED on, are written by the server itself (intake, the overdue job, automatic re-grading, group CR's
 * remarks on accountability, which change no state) and listed here so labels have one source.
 */
export const ComplaintEventType = {
  COMPLAINT_RESPONDED: 'COMPLAINT_RESPONDED',
  HANDLING_STARTED: 'HANDLING_STARTED',
  COMPLAINT_ESCALATED: 'COMPLAINT_ESCALATED',
  INTERNAL_REVIEW_STARTED: 'INTERNAL_REVIEW_STARTED',
  EXTERNAL_REVIEW_STARTED: 'EXTERNAL_REVIEW_STARTED',
  COMPLAINT_CONCLUDED: 'COMPLAINT_CONCLUDED',
  RETURN_VISIT_RECORDED: 'RETURN_VISIT_RECORDED',
  COMPLAINT_REOPENED: 'COMPLAINT_REOPENED',
  ACCOUNTABILITY_RECORDED: 'ACCOUNTABILITY_RECORDED',
  ACCOUNTABILITY_ENFORCED: 'ACCOUNTABILITY_ENFORCED',
  COMPLAINT_ARCHIVED: 'COMPLAINT_ARCHIVED',
  COMPLAINT_INVALIDATED: 'COMPLAINT_INVALIDATED',
  WARNING_CONVERTED: 'WARNING_CONVERTED',
  KIND_RECLASSIFIED: 'KIND_RECLASSIFIED',
  DEADLINE_EXTENDED: 'DEADLINE_EXTENDED',
  EXEMPTION_GRANTED: 'EXEMPTION_GRANTED',
  GRADE_OVERRIDDEN: 'GRADE_OVERRIDDEN',
  COMPLAINT_CREATED: 'COMPLAINT_CREATED',
  MARKED_OVERDUE: 'MARKED_OVERDUE',
  GRADE_RAISED: 'GRADE_RAISED',
  ACCOUNTABILITY_COMMENTED: 'ACCOUNTABILITY_COMMENTED',
} as const;
export type ComplaintEventType = (typeof ComplaintEventType)[keyof typeof ComplaintEventType];
export const COMPLAINT_EVENT_TYPES: readonly ComplaintEventType[] = Object.values(ComplaintEventType);

export const COMPLAINT_EVENT_TYPE_LABELS: Readonly<Record<ComplaintEventType, string>> = {
  COMPLAINT_RESPONDED: '已响应客户',
  HANDLING_STARTED: '开始处理',
  COMPLAINT_ESCALATED: '升级处理',
  INTERNAL_REVIEW_STARTED: '启动内部评审',
  EXTERNAL_REVIEW_STARTED: '转外部评审',
  COMPLAINT_CONCLUDED: '事件完结',
  RETURN_VISIT_RECORDED: '完成回访',
  COMPLAINT_REOPENED: '回访不满意，重新处理',
  ACCOUNTABILITY_RECORDED: '记录问责追责结论',
  ACCOUNTABILITY_ENFORCED: '确认问责落实',
  COMPLAINT_ARCHIVED: '归档',
  COMPLAINT_INVALIDATED: '判定为无效投诉',
  WARNING_CONVERTED: '预警转为投诉',
  KIND_RECLASSIFIED: '改划记录类型',
  DEADLINE_EXTENDED: '处理期限延期',
  EXEMPTION_GRANTED: '处理时限豁免',
  GRADE_OVERRIDDEN: '人工调整等级',
  COMPLAINT_CREATED: '受理登记',
  MARKED_OVERDUE: '标记超期',
  GRADE_RAISED: '自动升级等级',
  ACCOUNTABILITY_COMMENTED: '集团对问责提出意见',
};

/** Why a complaint is escalated (RULES.md §6 "Escalation"). */
export const EscalationReason = {
  /** 分歧较大且不可调和 (XX 4.2.1 item 2.2(2)). */
  CUSTOMER_DISAGREES: 'CUSTOMER_DISAGREES',
  /** The time limit passed. */
  OVERDUE: 'OVERDUE',
  /** The grade requires reporting up (an A-class event goes to the group at once). */
  GRADE: 'GRADE',
  /** Beyond the level's authority or resources. */
  BEYOND_AUTHORITY: 'BEYOND_AUTHORITY',
} as const;
export type EscalationReason = (typeof EscalationReason)[keyof typeof EscalationReason];
export const ESCALATION_REASONS: readonly EscalationReason[] = Object.values(EscalationReason);
export const ESCALATION_REASON_LABELS: Readonly<Record<EscalationReason, string>> = {
  CUSTOMER_DISAGREES: '客户分歧较大且不可调和',
  OVERDUE: '超过处理时限',
  GRADE: '按等级上报',
  BEYOND_AUTHORITY: '超出本级权限或资源',
};

/** 外部评审 (XX 4.2.1 item 3.2(2): 仲裁; RULES.md §6: arbitration / litigation). */
export const ExternalReviewMethod = { ARBITRATION: 'ARBITRATION', LITIGATION: 'LITIGATION' } as const;
export type ExternalReviewMethod = (typeof ExternalReviewMethod)[keyof typeof ExternalReviewMethod];
export const EXTERNAL_REVIEW_METHOD_LABELS: Readonly<Record<ExternalReviewMethod, string>> = {
  ARBITRATION: '仲裁',
  LITIGATION: '诉讼',
};

export const AccountabilityStatus = { NONE: 'NONE', RECORDED: 'RECORDED', ENFORCED: 'ENFORCED' } as const;
export type AccountabilityStatus = (typeof AccountabilityStatus)[keyof typeof AccountabilityStatus];
export const ACCOUNTABILITY_STATUS_LABELS: Readonly<Record<AccountabilityStatus, string>> = {
  NONE: '未问责',
  RECORDED: '已记录问责结论，待落实',
  ENFORCED: '问责已落实',
};

/** What the machine needs to know about a complaint. Plain JSON (instants as ISO strings). */
export interface ComplaintSnapshot {
  /** The complaint's id or number: the key of the deterministic return-visit sample. */
  readonly id: string;
  readonly state: ComplaintState;
  readonly kind: ComplaintKind;
  readonly gradeCode: string | null;
  /** From the grade's policy. */
  readonly requiresAccountability: boolean;
  /** The level that owns the complaint now. */
  readonly level: OrgLevel;
  readonly escalationCount: number;
  readonly internalReviewRounds: number;
  readonly extensionCount: number;
  readonly exempt: boolean;
  /** Current resolution due time (ISO), `null` when none (exempt, warning). */
  readonly resolutionDueAt: string | null;
  /** The customer's confirmation score at conclusion (1–5), `null` when not asked. */
  readonly confirmationScore: number | null;
  /** Decided at conclusion by the coverage rule (lifecycle/return-visit.ts). */
  readonly returnVisitRequired: boolean;
  readonly lastReturnVisit: {
    readonly method: ReturnVisitMethod;
    readonly score: number;
    readonly satisfied: boolean;
  } | null;
  readonly accountability: AccountabilityStatus;
  readonly reopenCount: number;
}

/** The snapshot of a newly registered record: warnings start in WARNING, complaints and demands in REGISTERED. */
export function initialSnapshot(init: {
  readonly id: string;
  readonly kind: ComplaintKind;
  readonly level: OrgLevel;
  readonly gradeCode?: string | null;
  readonly requiresAccountability?: boolean;
  readonly resolutionDueAt?: string | null;
}): ComplaintSnapshot {
  return {
    id: init.id,
    state: init.kind === 'WARNING' ? 'WARNING' : 'REGISTERED',
    kind: init.kind,
    gradeCode: init.gradeCode ?? null,
    requiresAccountability: init.requiresAccountability ?? false,
    level: init.level,
    escalationCount: 0,
    internalReviewRounds: 0,
    extensionCount: 0,
    exempt: false,
    resolutionDueAt: init.resolutionDueAt ?? null,
    confirmationScore: null,
    returnVisitRequired: init.kind !== 'WARNING',
    lastReturnVisit: null,
    accountability: 'NONE',
    reopenCount: 0,
  };
}

export type ComplaintCommand =
  | { readonly action: 'RESPOND'; readonly note?: string }
  | { readonly action: 'START_HANDLING'; readonly plan?: string }
  | {
      readonly action: 'ESCALATE';
      readonly reason: EscalationReason;
      /** Defaults to the next level of the chain. */
      readonly toLevel?: OrgLevel;
      readonly note?: string;
    }
  | { readonly action: 'START_INTERNAL_REVIEW'; readonly note?: string }
  | { readonly action: 'START_EXTERNAL_REVIEW'; readonly method: ExternalReviewMethod; readonly note?: string }
  | {
      readonly action: 'CONCLUDE';
      /** The decision and plan are approved and executable (CG §3.2(1)). */
      readonly planApproved: boolean;
      /** Complaining households that accept the plan, of all complaining households (CG §3.2(2)). */
      readonly acceptingHouseholds: number;
      readonly totalHouseholds: number;
      /** Only from external review: an arbitral award or judgment binds regardless of acceptance. */
      readonly bindingDecision?: boolean;
      /** The customer's confirmation of the handling, 1–5 (decides a demand's return visit, XX 4.3). */
      readonly confirmationScore?: number | null;
      readonly summary?: string;
    }
  | { readonly action: 'RECORD_RETURN_VISIT'; readonly method: ReturnVisitMethod; readonly score: number }
  | { readonly action: 'REOPEN'; readonly reason: string }
  | {
      readonly action: 'RECORD_ACCOUNTABILITY';
      readonly conclusion: string;
      readonly partyCount: number;
      /** Needed when the last visit was unsatisfied and no remedy follows. */
      readonly unsatisfiedVisitReason?: string;
    }
  | { readonly action: 'CONFIRM_ACCOUNTABILITY'; readonly note?: string }
  | {
      readonly action: 'ARCHIVE';
      /** Needed to archive a warning (预警解除). */
      readonly reason?: string;
      /** Needed when the last visit was unsatisfied and no remedy follows. */
      readonly unsatisfiedVisitReason?: string;
    }
  | { readonly action: 'MARK_INVALID'; readonly reason: string }
  | { readonly action: 'CONVERT_WARNING'; readonly note?: string }
  | { readonly action: 'RECLASSIFY'; readonly toKind: 'COMPLAINT' | 'DEMAND'; readonly reason: string }
  | { readonly action: 'EXTEND_DEADLINE'; readonly newDueAt: string; readonly reason: string }
  | { readonly action: 'GRANT_EXEMPTION'; readonly exemption: DeadlineExemption }
  | {
      readonly action: 'OVERRIDE_GRADE';
      readonly gradeCode: string;
      /** From the new grade's policy. */
      readonly requiresAccountability: boolean;
      readonly reason: string;
    };

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface ComplaintEvent {
  readonly type: ComplaintEventType;
  readonly action: ComplaintAction;
  /** The snapshot fields that changed (always `state`), before and after. */
  readonly before: Readonly<Record<string, JsonValue>>;
  readonly after: Readonly<Record<string, JsonValue>>;
  /** The command's particulars. */
  readonly data: Readonly<Record<string, JsonValue>>;
}

export type DecisionFailureCode = 'ILLEGAL_TRANSITION' | 'GUARD_FAILED';

export type Decision =
  | {
      readonly ok: true;
      readonly next: ComplaintState;
      readonly snapshot: ComplaintSnapshot;
      readonly event: ComplaintEvent;
    }
  | { readonly ok: false; readonly code: DecisionFailureCode; readonly reason: string };

export interface DecideOptions {
  readonly escalationChain?: EscalationChain;
  /** Levels above the complaint's unit, nearest first (see `nextEscalationLevel`). */
  readonly ancestorLevels?: readonly OrgLevel[];
  /** Visits scoring below this are unsatisfied (default 3, **ours**). */
  readonly satisfiedScore?: number;
  readonly demandSampleRate?: number;
  /**
   * "大部分投诉业主接受我司处理方案" (CG §3.2(2)): the share of accepting households must be MORE than this
   * (default 0.5: a majority, **ours**).
   */
  readonly minAcceptanceShare?: number;
  readonly timeLimits?: TimeLimitSettings;
}

export interface TransitionSpec {
  readonly from: readonly ComplaintState[];
  /** `null` = the state does not change. */
  readonly to: ComplaintState | null;
  readonly event: ComplaintEventType;
  /** The GraphQL mutation that performs it (API.md names most of them; the rest are ours). */
  readonly mutation: string;
}

const OPEN_STATES: readonly ComplaintState[] = [
  'REGISTERED',
  'RESPONDED',
  'HANDLING',
  'ESCALATED',
  'INTERNAL_REVIEW',
  'EXTERNAL_REVIEW',
];

/** The transition table: which action may run in which state, where it leads and what it records. */
export const COMPLAINT_TRANSITIONS: Readonly<Record<ComplaintAction, TransitionSpec>> = {
  RESPOND: { from: ['REGISTERED'], to: 'RESPONDED', event: 'COMPLAINT_RESPONDED', mutation: 'respondToComplaint' },
  START_HANDLING: { from: ['RESPONDED'], to: 'HANDLING', event: 'HANDLING_STARTED', mutation: 'startHandling' },
  ESCALATE: {
    // From REGISTERED only for lateness: a complaint nobody answered within its limit must still go up (RULES.md §6).
    from: ['REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW'],
    to: 'ESCALATED',
    event: 'COMPLAINT_ESCALATED',
    mutation: 'escalateComplaint',
  },
  START_INTERNAL_REVIEW: {
    from: ['ESCALATED', 'INTERNAL_REVIEW'],
    to: 'INTERNAL_REVIEW',
    event: 'INTERNAL_REVIEW_STARTED',
    mutation: 'startInternalReview',
  },
  START_EXTERNAL_REVIEW: {
    from: ['INTERNAL_REVIEW'],
    to: 'EXTERNAL_REVIEW',
    event: 'EXTERNAL_REVIEW_STARTED',
    mutation: 'startExternalReview',
  },
  CONCLUDE: {
    from: ['HANDLING', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW'],
    to: 'CONCLUDED',
    event: 'COMPLAINT_CONCLUDED',
    mutation: 'concludeComplaint',
  },
  RECORD_RETURN_VISIT: {
    from: ['CONCLUDED'],
    to: 'RETURN_VISITED',
    event: 'RETURN_VISIT_RECORDED',
    mutation: 'recordReturnVisit',
  },
  REOPEN: { from: ['RETURN_VISITED'], to: 'HANDLING', event: 'COMPLAINT_REOPENED', mutation: 'reopenComplaint' },
  RECORD_ACCOUNTABILITY: {
    from: ['CONCLUDED', 'RETURN_VISITED'],
    to: 'ACCOUNTABILITY',
    event: 'ACCOUNTABILITY_RECORDED',
    mutation: 'recordAccountability',
  },
  CONFIRM_ACCOUNTABILITY: {
    from: ['ACCOUNTABILITY'],
    to: null,
    event: 'ACCOUNTABILITY_ENFORCED',
    mutation: 'confirmAccountabilityEnforced',
  },
  ARCHIVE: {
    from: ['WARNING', 'CONCLUDED', 'RETURN_VISITED', 'ACCOUNTABILITY'],
    to: 'ARCHIVED',
    event: 'COMPLAINT_ARCHIVED',
    mutation: 'archiveComplaint',
  },
  MARK_INVALID: {
    from: ['WARNING', 'REGISTERED', 'RESPONDED', 'HANDLING'],
    to: 'INVALID',
    event: 'COMPLAINT_INVALIDATED',
    mutation: 'markComplaintInvalid',
  },
  CONVERT_WARNING: {
    from: ['WARNING'],
    to: 'REGISTERED',
    event: 'WARNING_CONVERTED',
    mutation: 'convertWarningToComplaint',
  },
  RECLASSIFY: {
    from: ['REGISTERED', 'RESPONDED', 'HANDLING'],
    to: null,
    event: 'KIND_RECLASSIFIED',
    mutation: 'reclassifyComplaint',
  },
  EXTEND_DEADLINE: { from: OPEN_STATES, to: null, event: 'DEADLINE_EXTENDED', mutation: 'extendComplaintDeadline' },
  GRANT_EXEMPTION: { from: OPEN_STATES, to: null, event: 'EXEMPTION_GRANTED', mutation: 'exemptComplaintDeadline' },
  OVERRIDE_GRADE: {
    from: COMPLAINT_STATES.filter((s) => !TERMINAL_STATES.includes(s)),
    to: null,
    event: 'GRADE_OVERRIDDEN',
    mutation: 'overrideComplaintGrade',
  },
};

const blank = (text: string | undefined | null): boolean => typeof text !== 'string' || text.trim() === '';

/** `{ key: value }` when the value is given, `{}` otherwise (event data carries only what was said). */
const optional = (key: string, value: string | undefined): Record<string, JsonValue> =>
  value === undefined ? {} : { [key]: value };

function unsatisfiedVisit(s: ComplaintSnapshot): boolean {
  return s.lastReturnVisit !== null && !s.lastReturnVisit.satisfied;
}

/**
 * Guards that depend on the snapshot only — what {@link allowedActions} can know before the user fills in the
 * command. Returns the refusal reason or `null`.
 */
function snapshotGuard(action: ComplaintAction, s: ComplaintSnapshot, options: DecideOptions): string | null {
  const limits = options.timeLimits ?? DEFAULT_TIME_LIMITS;
  switch (action) {
    case 'ESCALATE': {
      if (s.kind !== 'COMPLAINT') {
        return `${COMPLAINT_KIND_LABELS[s.kind]}不能升级；需求分歧较大时应明确告知客户（XX 4.2.1），确属投诉请先改划为投诉`;
      }
      const next = nextEscalationLevel(s.level, options.escalationChain ?? DEFAULT_ESCALATION_CHAIN, options.ancestorLevels);
      if (next === null) return `已由${ORG_LEVEL_LABELS[s.level]}处理，没有更高的升级层级，请转外部评审`;
      return null;
    }
    case 'RECORD_ACCOUNTABILITY':
      if (s.state === 'CONCLUDED' && s.returnVisitRequired) return '须先完成回访（XX 4.3），再记录问责追责';
      return null;
    case 'CONFIRM_ACCOUNTABILITY':
      if (s.accountability === 'ENFORCED') return '问责已确认落实，无需重复确认';
      if (s.accountability !== 'RECORDED') return '尚未记录问责追责结论';
      return null;
    case 'ARCHIVE':
      if (s.state === 'WARNING') return null;
      if (s.state === 'CONCLUDED' && s.returnVisitRequired) return '尚未回访，不能归档（XX 4.3：投诉 100% 回访）';
      if (s.accountability === 'RECORDED') return '问责追责结论尚未落实（CG §5.3(4)），不能归档';
      if (s.requiresAccountability && s.accountability !== 'ENFORCED') {
        return '该等级须问责追责（CG §4.5），请先记录问责结论并确认落实，再归档';
      }
      return null;
    case 'REOPEN':
      if (!unsatisfiedVisit(s)) return '只有回访不满意的投诉才能重新处理';
      return null;
    case 'RECLASSIFY':
      if (s.kind === 'WARNING') return '预警请使用「预警转投诉」';
      if (s.kind === 'COMPLAINT' && s.escalationCount > 0) return '已升级处理的投诉不能改划为需求';
      return null;
    case 'EXTEND_DEADLINE':
      if (s.exempt) return '本件已豁免处理时限，无需延期';
      if (s.extensionCount >= limits.maxDeadlineExtensions) {
        return `处理期限最多只能变更 ${limits.maxDeadlineExtensions} 次（JD 7.3.2），本件已变更 ${s.extensionCount} 次，不能再延期`;
      }
      return null;
    case 'GRANT_EXEMPTION':
      if (s.exempt) return '本件已豁免处理时限';
      return null;
    default:
      return null;
  }
}

/** Guards on the command's particulars. */
function commandGuard(command: ComplaintCommand, s: ComplaintSnapshot, options: DecideOptions): string | null {
  switch (command.action) {
    case 'ESCALATE':
      if (!ESCALATION_REASONS.includes(command.reason)) return `未知的升级原因：${String(command.reason)}`;
      if (s.state === 'REGISTERED' && command.reason !== 'OVERDUE') {
        return '尚未响应的投诉只有超过处理时限时才能升级；请先响应客户并开始处理';
      }
      if (command.toLevel !== undefined && !isEscalationUpward(s.level, command.toLevel)) {
        return `不能从${ORG_LEVEL_LABELS[s.level]}升级到${ORG_LEVEL_LABELS[command.toLevel] ?? String(command.toLevel)}：升级只能向上级组织`;
      }
      return null;
    case 'START_EXTERNAL_REVIEW':
      if (command.method !== 'ARBITRATION' && command.method !== 'LITIGATION') {
        return `未知的外部评审方式：${String(command.method)}`;
      }
      return null;
    case 'CONCLUDE': {
      if (command.planApproved !== true) return '处理方案尚未通过审批，不能完结（CG §3.2(1)：须有明确决策及处理方案，且已通过审批）';
      const { acceptingHouseholds: accepting, totalHouseholds: total } = command;
      if (!Number.isSafeInteger(total) || total < 1) return '投诉业主户数必须是正整数';
      if (!Number.isSafeInteger(accepting) || accepting < 0 || accepting > total) {
        return '接受方案的户数必须是 0 到投诉户数之间的整数';
      }
      const binding = command.bindingDecision === true && s.state === 'EXTERNAL_REVIEW';
      const min = options.minAcceptanceShare ?? 0.5;
      if (!binding && !(accepting / total > min)) {
        return `接受处理方案的业主 ${accepting}/${total} 户，未达到大部分业主接受（CG §3.2(2)），不能完结`;
      }
      const score = command.confirmationScore;
      if (score !== undefined && score !== null && !isValidScore(score)) {
        return '客户确认评分必须是 1 到 5 的整数';
      }
      return null;
    }
    case 'RECORD_RETURN_VISIT':
      if (!isReturnVisitMethod(command.method)) return `未知的回访方式：${String(command.method)}`;
      if (!isValidScore(command.score)) return '回访评分必须是 1 到 5 的整数';
      return null;
    case 'REOPEN':
      if (blank(command.reason)) return '重新处理须说明补救措施或原因';
      return null;
    case 'RECORD_ACCOUNTABILITY':
      if (blank(command.conclusion)) return '须填写问责追责结论（权责研判）';
      if (!Number.isSafeInteger(command.partyCount) || command.partyCount < 0) return '责任方数量必须是非负整数';
      if (unsatisfiedVisit(s) && blank(command.unsatisfiedVisitReason)) {
        return '回访不满意：请先重新处理（补救），或说明不再补救的理由';
      }
      return null;
    case 'ARCHIVE':
      if (s.state === 'WARNING' && blank(command.reason)) return '预警归档须说明预警解除的理由';
      if (s.state === 'RETURN_VISITED' && unsatisfiedVisit(s) && blank(command.unsatisfiedVisitReason)) {
        return '回访不满意：请先重新处理（补救），或说明不再补救的理由';
      }
      return null;
    case 'MARK_INVALID':
      if (blank(command.reason)) return '判定无效须说明理由（XX 4.1.1）';
      return null;
    case 'RECLASSIFY':
      if (command.toKind !== 'COMPLAINT' && command.toKind !== 'DEMAND') return `只能改划为投诉或需求：${String(command.toKind)}`;
      if (command.toKind === s.kind) return `已经是${COMPLAINT_KIND_LABELS[s.kind]}`;
      if (blank(command.reason)) return '改划类型须说明理由';
      return null;
    case 'EXTEND_DEADLINE': {
      const check = checkDeadlineExtension(
        {
          extensionCount: s.extensionCount,
          exempt: s.exempt,
          resolutionDueAt: s.resolutionDueAt === null ? null : new Date(s.resolutionDueAt),
        },
        { newDueAt: new Date(command.newDueAt), reason: command.reason },
        options.timeLimits,
      );
      return check.ok ? null : check.reason;
    }
    case 'GRANT_EXEMPTION':
      return exemptionProblem(command.exemption, options.timeLimits);
    case 'OVERRIDE_GRADE':
      if (blank(command.gradeCode)) return '须指定新的等级';
      if (command.gradeCode === s.gradeCode) return `等级已是 ${command.gradeCode}`;
      if (typeof command.requiresAccountability !== 'boolean') return '须给出新等级是否要求问责';
      if (blank(command.reason)) return '人工调整等级须说明理由（RULES.md §4）';
      return null;
    default:
      return null;
  }
}

function illegal(state: ComplaintState, action: ComplaintAction): Decision {
  const from = COMPLAINT_TRANSITIONS[action].from.map((st) => COMPLAINT_STATE_LABELS[st]).join('、');
  return {
    ok: false,
    code: 'ILLEGAL_TRANSITION',
    reason: `当前状态「${COMPLAINT_STATE_LABELS[state]}」不能执行「${COMPLAINT_ACTION_LABELS[action]}」（该操作仅适用于：${from}）`,
  };
}

/** The next snapshot and the event data for a command whose guards passed. */
function apply(
  command: ComplaintCommand,
  s: ComplaintSnapshot,
  to: ComplaintState,
  options: DecideOptions,
): { snapshot: ComplaintSnapshot; data: Record<string, JsonValue> } {
  const base: ComplaintSnapshot = { ...s, state: to };
  switch (command.action) {
    case 'RESPOND':
    case 'CONFIRM_ACCOUNTABILITY':
    case 'START_HANDLING':
    case 'CONVERT_WARNING': {
      const data: Record<string, JsonValue> = {};
      if (command.action === 'START_HANDLING' && command.plan !== undefined) data.plan = command.plan;
      if (command.action !== 'START_HANDLING' && command.note !== undefined) data.note = command.note;
      if (command.action === 'CONFIRM_ACCOUNTABILITY') return { snapshot: { ...base, accountability: 'ENFORCED' }, data };
      if (command.action === 'CONVERT_WARNING') {
        return {
          snapshot: { ...base, kind: 'COMPLAINT', returnVisitRequired: true },
          data: { ...data, fromKind: 'WARNING', toKind: 'COMPLAINT' },
        };
      }
      return { snapshot: base, data };
    }
    case 'ESCALATE': {
      const toLevel =
        command.toLevel ??
        nextEscalationLevel(s.level, options.escalationChain ?? DEFAULT_ESCALATION_CHAIN, options.ancestorLevels);
      // snapshotGuard has made sure there is a next level.
      const level = toLevel ?? s.level;
      return {
        snapshot: { ...base, level, escalationCount: s.escalationCount + 1 },
        data: { reason: command.reason, fromLevel: s.level, toLevel: level, ...optional('note', command.note) },
      };
    }
    case 'START_INTERNAL_REVIEW': {
      const round = s.internalReviewRounds + 1;
      return {
        snapshot: { ...base, internalReviewRounds: round },
        data: { round, ...optional('note', command.note) },
      };
    }
    case 'START_EXTERNAL_REVIEW':
      return { snapshot: base, data: { method: command.method, ...optional('note', command.note) } };
    case 'CONCLUDE': {
      const confirmationScore = command.confirmationScore ?? null;
      const requirement = returnVisitRequirement(
        { kind: s.kind, confirmationScore, sampleKey: s.id },
        options.demandSampleRate ?? DEFAULT_DEMAND_SAMPLE_RATE,
      );
      return {
        snapshot: { ...base, confirmationScore, returnVisitRequired: requirement.required, lastReturnVisit: null },
        data: {
          planApproved: true,
          acceptingHouseholds: command.acceptingHouseholds,
          totalHouseholds: command.totalHouseholds,
          acceptanceShare: command.acceptingHouseholds / command.totalHouseholds,
          bindingDecision: command.bindingDecision === true && s.state === 'EXTERNAL_REVIEW',
          confirmationScore,
          returnVisitRequired: requirement.required,
          returnVisitReason: requirement.reason,
          ...optional('summary', command.summary),
        },
      };
    }
    case 'RECORD_RETURN_VISIT': {
      const satisfied = isSatisfiedScore(command.score, options.satisfiedScore ?? DEFAULT_SATISFIED_SCORE);
      return {
        snapshot: { ...base, lastReturnVisit: { method: command.method, score: command.score, satisfied } },
        data: { method: command.method, score: command.score, satisfied },
      };
    }
    case 'REOPEN':
      return { snapshot: { ...base, reopenCount: s.reopenCount + 1 }, data: { reason: command.reason } };
    case 'RECORD_ACCOUNTABILITY':
      return {
        snapshot: { ...base, accountability: 'RECORDED' },
        data: {
          conclusion: command.conclusion,
          partyCount: command.partyCount,
          ...optional('unsatisfiedVisitReason', command.unsatisfiedVisitReason),
        },
      };
    case 'ARCHIVE': {
      const data: Record<string, JsonValue> = {};
      if (command.reason !== undefined) data.reason = command.reason;
      if (command.unsatisfiedVisitReason !== undefined) data.unsatisfiedVisitReason = command.unsatisfiedVisitReason;
      return { snapshot: base, data };
    }
    case 'MARK_INVALID':
      return { snapshot: base, data: { reason: command.reason } };
    case 'RECLASSIFY':
      return {
        snapshot: { ...base, kind: command.toKind },
        data: { fromKind: s.kind, toKind: command.toKind, reason: command.reason },
      };
    case 'EXTEND_DEADLINE': {
      const newDueAt = new Date(command.newDueAt).toISOString();
      const extensionNumber = s.extensionCount + 1;
      return {
        snapshot: { ...base, extensionCount: extensionNumber, resolutionDueAt: newDueAt },
        data: { previousDueAt: s.resolutionDueAt, newDueAt, extensionNumber, reason: command.reason },
      };
    }
    case 'GRANT_EXEMPTION':
      return {
        snapshot: { ...base, exempt: true, resolutionDueAt: null },
        data: {
          reason: command.exemption.reason,
          note: command.exemption.note,
          purchaseAmount: command.exemption.purchaseAmount ?? null,
        },
      };
    case 'OVERRIDE_GRADE':
      return {
        snapshot: { ...base, gradeCode: command.gradeCode, requiresAccountability: command.requiresAccountability },
        data: { fromGrade: s.gradeCode, toGrade: command.gradeCode, reason: command.reason },
      };
  }
}

type Fields = Record<string, JsonValue>;

function diff(before: ComplaintSnapshot, after: ComplaintSnapshot): { before: Fields; after: Fields } {
  const b: Fields = { state: before.state };
  const a: Fields = { state: after.state };
  for (const key of Object.keys(after) as (keyof ComplaintSnapshot)[]) {
    if (key === 'state') continue;
    const x = before[key] as JsonValue;
    const y = after[key] as JsonValue;
    if (x !== y && JSON.stringify(x) !== JSON.stringify(y)) {
      b[key] = x;
      a[key] = y;
    }
  }
  return { before: b, after: a };
}

/**
 * Decides a command against a snapshot. An action not allowed in the current state is `ILLEGAL_TRANSITION`; an
 * allowed action whose guard fails is `GUARD_FAILED`; both with a Chinese reason a person can act on.
 */
export function decide(snapshot: ComplaintSnapshot, command: ComplaintCommand, options: DecideOptions = {}): Decision {
  const action = command?.action;
  if (!isComplaintAction(action)) {
    return { ok: false, code: 'ILLEGAL_TRANSITION', reason: `未知的操作：${String(action)}` };
  }
  const spec = COMPLAINT_TRANSITIONS[action];
  if (!spec.from.includes(snapshot.state)) return illegal(snapshot.state, action);
  const reason = snapshotGuard(action, snapshot, options) ?? commandGuard(command, snapshot, options);
  if (reason !== null) return { ok: false, code: 'GUARD_FAILED', reason };
  const to = spec.to ?? snapshot.state;
  const { snapshot: next, data } = apply(command, snapshot, to, options);
  const { before, after } = diff(snapshot, next);
  return { ok: true, next: to, snapshot: next, event: { type: spec.event, action, before, after, data } };
}

export interface ActionAvailability {
  readonly action: ComplaintAction;
  readonly label: string;
  readonly allowed: boolean;
  /** Why not, when not allowed. */
  readonly reason: string | null;
}

/**
 * Every action with whether it can be taken now (by state and by what the snapshot knows) and why not — for the
 * admin's buttons and tooltips. Command particulars (a reason text, a score) are checked only by {@link decide}.
 */
export function describeActions(snapshot: ComplaintSnapshot, options: DecideOptions = {}): ActionAvailability[] {
  return COMPLAINT_ACTIONS.map((action) => {
    const label = COMPLAINT_ACTION_LABELS[action];
    if (!COMPLAINT_TRANSITIONS[action].from.includes(snapshot.state)) {
      const failure = illegal(snapshot.state, action);
      return { action, label, allowed: false, reason: failure.ok ? null : failure.reason };
    }
    const reason = snapshotGuard(action, snapshot, options);
    return { action, label, allowed: reason === null, reason };
  });
}

/** The actions that can be taken now (see {@link describeActions}). */
export function allowedActions(snapshot: ComplaintSnapshot, options: DecideOptions = {}): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter(
    (action) =>
      COMPLAINT_TRANSITIONS[action].from.includes(snapshot.state) && snapshotGuard(action, snapshot, options) === null,
  );
}
