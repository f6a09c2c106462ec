import { ACCOUNTABILITY_STATUS_LABELS, AccountabilityStatus } from '@kesu/domain';
import { registerLabeledEnum } from '../graphql/labeled-enum.js';

/** Who bears responsibility (权责研判, CG §4.5): a department, an org unit, a person or an outside contractor. */
export const PartyKind = {
  DEPARTMENT: 'DEPARTMENT',
  ORG_UNIT: 'ORG_UNIT',
  PERSON: 'PERSON',
  CONTRACTOR: 'CONTRACTOR',
} as const;
export type PartyKind = (typeof PartyKind)[keyof typeof PartyKind];
export const PARTY_KINDS: readonly PartyKind[] = Object.values(PartyKind);
export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  DEPARTMENT: '部门',
  ORG_UNIT: '组织单元',
  PERSON: '个人',
  CONTRACTOR: '施工或外包单位',
};

/** Penalties seen in the sources (RULES.md §6: CG §4.5, AG fines, INV 第十三条). */
export const Penalty = {
  NOTICE_OF_CRITICISM: 'NOTICE_OF_CRITICISM',
  FINE: 'FINE',
  BONUS_WITHHELD: 'BONUS_WITHHELD',
  DEMOTION: 'DEMOTION',
  DISMISSAL: 'DISMISSAL',
  NONE: 'NONE',
} as const;
export type Penalty = (typeof Penalty)[keyof typeof Penalty];
export const PENALTIES: readonly Penalty[] = Object.values(Penalty);
export const PENALTY_LABELS: Readonly<Record<Penalty, string>> = {
  NOTICE_OF_CRITICISM: '通报批评',
  FINE: '罚款',
  BONUS_WITHHELD: '扣发奖金',
  DEMOTION: '降级',
  DISMISSAL: '解除劳动合同',
  NONE: '不处罚',
};

export const PartyKindEnum = registerLabeledEnum(PartyKind, 'AccountabilityPartyKind', '责任方类型', PARTY_KIND_LABELS);
export const PenaltyEnum = registerLabeledEnum(Penalty, 'AccountabilityPenalty', '处罚方式', PENALTY_LABELS);
export const AccountabilityStatusEnum = registerLabeledEnum(AccountabilityStatus, 'AccountabilityStatus', '问责状态', ACCOUNTABILITY_STATUS_LABELS);
