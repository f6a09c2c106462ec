import { isYuanString } from './money.js';

/**
 * Kinds of record (RULES.md §2): 客户投诉 (CG §3.5), 客户需求 (XX 4.1.1.2), 客户投诉预警 (CG §3.4).
 * A warning can become a complaint; a demand and a complaint can be re-classified into each other.
 */
export const ComplaintKind = {
  COMPLAINT: 'COMPLAINT',
  DEMAND: 'DEMAND',
  WARNING: 'WARNING',
} as const;
export type ComplaintKind = (typeof ComplaintKind)[keyof typeof ComplaintKind];
export const COMPLAINT_KINDS: readonly ComplaintKind[] = Object.values(ComplaintKind);

export const COMPLAINT_KIND_LABELS: Readonly<Record<ComplaintKind, string>> = {
  COMPLAINT: '客户投诉',
  DEMAND: '客户需求',
  WARNING: '客户投诉预警',
};

export function isComplaintKind(value: unknown): value is ComplaintKind {
  return typeof value === 'string' && (COMPLAINT_KINDS as readonly string[]).includes(value);
}

/**
 * Facts that grading reads besides households and money (API.md `ComplaintFlag`).
 * Sources: CG §7 A类一级 items 1, 4, 5; XX 4.1.2.1 重大投诉 (media, litigation, group litigation); RE 4.2 (court).
 */
export const ComplaintFlag = {
  /** 集中交付延期 (CG §7 A类一级 1). */
  DELIVERY_DELAY: 'DELIVERY_DELAY',
  /** 产权办理延期 (CG §7 A类一级 1). */
  TITLE_DELAY: 'TITLE_DELAY',
  /** 集团考核节点延后或项目年度经营指标调低 (CG §7 A类一级 4). */
  KPI_IMPACT: 'KPI_IMPACT',
  /** 人员伤亡 (CG §7 A类一级 5). */
  CASUALTIES: 'CASUALTIES',
  /** 已被媒体曝光 (XX 4.1.2.1 b). */
  MEDIA_EXPOSURE: 'MEDIA_EXPOSURE',
  /** 已引发法律诉讼 / 进入司法程序 (XX 4.1.2.1 b; RE 4.2). */
  LITIGATION: 'LITIGATION',
  /** 可能引发群体性诉讼 (XX 4.1.2.1 b). */
  GROUP_LITIGATION_RISK: 'GROUP_LITIGATION_RISK',
} as const;
export type ComplaintFlag = (typeof ComplaintFlag)[keyof typeof ComplaintFlag];
export const COMPLAINT_FLAGS: readonly ComplaintFlag[] = Object.values(ComplaintFlag);

export const COMPLAINT_FLAG_LABELS: Readonly<Record<ComplaintFlag, string>> = {
  DELIVERY_DELAY: '集中交付延期',
  TITLE_DELAY: '产权办理延期',
  KPI_IMPACT: '集团考核节点延后或项目年度经营指标调低',
  CASUALTIES: '人员伤亡',
  MEDIA_EXPOSURE: '已被媒体曝光',
  LITIGATION: '已引发法律诉讼',
  GROUP_LITIGATION_RISK: '可能引发群体性诉讼',
};

export function isComplaintFlag(value: unknown): value is ComplaintFlag {
  return typeof value === 'string' && (COMPLAINT_FLAGS as readonly string[]).includes(value);
}

/** How a record came in (API.md `channel`; RE 4.1 lists 上门、电话、信函、网络、物业转来). */
export const Channel = {
  PHONE: 'PHONE',
  VISIT: 'VISIT',
  LETTER: 'LETTER',
  EMAIL: 'EMAIL',
  WEB: 'WEB',
  APP: 'APP',
  MEDIA: 'MEDIA',
  PROPERTY_REFERRAL: 'PROPERTY_REFERRAL',
} as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
export const CHANNELS: readonly Channel[] = Object.values(Channel);

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  PHONE: '电话',
  VISIT: '上门',
  LETTER: '信函',
  EMAIL: '电子邮件',
  WEB: '网络',
  APP: '移动应用',
  MEDIA: '媒体',
  PROPERTY_REFERRAL: '物业转来',
};

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/**
 * What grading looks at (RULES.md §4). JSON-serializable: the admin sends the same object to preview a grade.
 * `compensationAmount` is a decimal string of yuan as API.md carries money ("1999.99"); only the company's own
 * share counts, in every form — cash, vouchers, goods, property-fee waivers (CG §7 备注 1–2). `null` = none stated.
 * `overdue` = past the resolution limit without a final solution (XX 4.1.2.1 b: overdue general → major).
 */
export interface ComplaintFacts {
  readonly kind: ComplaintKind;
  readonly householdCount: number;
  readonly compensationAmount: string | null;
  readonly flags: readonly ComplaintFlag[];
  readonly overdue: boolean;
  readonly categoryCode: string | null;
}

/** One problem with a field of the facts, named so the server can answer `BAD_USER_INPUT` with it. */
export interface FactProblem {
  readonly field: keyof ComplaintFacts;
  readonly message: string;
}

/** Checks facts coming from outside (API input, stored rows). Empty array = valid. */
export function validateComplaintFacts(facts: ComplaintFacts): FactProblem[] {
  const problems: FactProblem[] = [];
  if (!isComplaintKind(facts.kind)) problems.push({ field: 'kind', message: `未知的记录类型：${String(facts.kind)}` });
  if (!Number.isSafeInteger(facts.householdCount) || facts.householdCount < 0) {
    problems.push({ field: 'householdCount', message: '涉及户数必须是非负整数' });
  }
  if (facts.compensationAmount !== null && !isYuanString(facts.compensationAmount)) {
    problems.push({
      field: 'compensationAmount',
      message: `金额格式不正确：${String(facts.compensationAmount)}（非负，最多两位小数）`,
    });
  }
  if (!Array.isArray(facts.flags as unknown)) {
    problems.push({ field: 'flags', message: '标记必须是列表' });
  } else {
    for (const flag of facts.flags) {
      if (!isComplaintFlag(flag)) problems.push({ field: 'flags', message: `未知的标记：${String(flag)}` });
    }
  }
  if (typeof facts.overdue !== 'boolean') problems.push({ field: 'overdue', message: '是否超期必须是布尔值' });
  if (facts.categoryCode !== null && (typeof facts.categoryCode !== 'string' || facts.categoryCode === '')) {
    problems.push({ field: 'categoryCode', message: '类别编码不能为空字符串' });
  }
  return problems;
}
