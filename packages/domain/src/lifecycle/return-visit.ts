import type { ComplaintKind } from '../complaint-facts.js';

/**
 * Return visits (回访, RULES.md §5; XX 4.3): when, how, what, and which records must be visited.
 */

/** PHONE and ON_SITE are staff visits (XX 4.3); APP is the owner rating the outcome in the property app. */
export const ReturnVisitMethod = { PHONE: 'PHONE', ON_SITE: 'ON_SITE', APP: 'APP' } as const;
export type ReturnVisitMethod = (typeof ReturnVisitMethod)[keyof typeof ReturnVisitMethod];
export const RETURN_VISIT_METHODS: readonly ReturnVisitMethod[] = Object.values(ReturnVisitMethod);
/** What staff record through `recordReturnVisit`; APP ratings come only from the owner. */
export const STAFF_RETURN_VISIT_METHODS: readonly ReturnVisitMethod[] = ['PHONE', 'ON_SITE'];
export const RETURN_VISIT_METHOD_LABELS: Readonly<Record<ReturnVisitMethod, string>> = {
  PHONE: '电话回访',
  ON_SITE: '上门回访',
  APP: '业主在线评价',
};

export function isReturnVisitMethod(value: unknown): value is ReturnVisitMethod {
  return typeof value === 'string' && (RETURN_VISIT_METHODS as readonly string[]).includes(value);
}

/** The five things a visit asks about (XX 4.3 回访内容 1–5). */
export const ReturnVisitItem = {
  SERVICE_QUALITY: 'SERVICE_QUALITY',
  SERVICE_EFFECT: 'SERVICE_EFFECT',
  SATISFACTION: 'SATISFACTION',
  SHORTCOMINGS: 'SHORTCOMINGS',
  SUGGESTIONS: 'SUGGESTIONS',
} as const;
export type ReturnVisitItem = (typeof ReturnVisitItem)[keyof typeof ReturnVisitItem];
export const RETURN_VISIT_ITEMS: readonly ReturnVisitItem[] = Object.values(ReturnVisitItem);
export const RETURN_VISIT_ITEM_LABELS: Readonly<Record<ReturnVisitItem, string>> = {
  SERVICE_QUALITY: '服务质量的评价',
  SERVICE_EFFECT: '服务效果的评价',
  SATISFACTION: '客户的满意程度评价',
  SHORTCOMINGS: '缺点与不足评价',
  SUGGESTIONS: '客户的建议',
};

/** Scores run 1–5; 5 = fully satisfied ("5分、'三好'评价", XX 4.3 回访率 2). */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/**
 * A visit below this score means the customer is still unsatisfied and the responsible party must take remedial
 * action — the complaint may be reopened (RULES.md §6). The sources give no number: 3 ("一般") is **ours**, so
 * scores 1–2 reopen. Configurable.
 */
export const DEFAULT_SATISFIED_SCORE = 3;

/** Share of fully satisfied demands that is still visited (XX 4.3 回访率 2: "随机抽取15%"). */
export const DEFAULT_DEMAND_SAMPLE_RATE = 0.15;

export function isValidScore(score: unknown): score is number {
  return typeof score === 'number' && Number.isInteger(score) && score >= MIN_SCORE && score <= MAX_SCORE;
}

export function isSatisfiedScore(score: number, satisfiedScore: number = DEFAULT_SATISFIED_SCORE): boolean {
  return score >= satisfiedScore;
}

/**
 * A stable number in [0, 1) from a key (FNV-1a, 32 bit), for sampling that gives the same answer on the server
 * and in the admin and on every re-run — "random" in the sense of XX 4.3, but reproducible and auditable.
 */
export function sampleFraction(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so that keys differing in the last character spread over the whole range.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x1_0000_0000;
}

export interface ReturnVisitRequirement {
  readonly required: boolean;
  /** Share of visits that should be on site for this record (XX 4.3 回访执行 3–4). */
  readonly onSiteTarget: number;
  /** Why, in Chinese. */
  readonly reason: string;
}

/**
 * Coverage rule (XX 4.3 回访率; RULES.md §5): every complaint is visited; a demand is visited when the customer was
 * not fully satisfied with the handling (score < 5, or no score given — treated as not fully satisfied, **ours**),
 * otherwise a deterministic 15 % sample keyed by `sampleKey` (the record's id or number). Warnings are never
 * visited (nothing was handled). On-site targets: complaints ≥ 80 %; demands ≥ 80 % when not fully satisfied,
 * ≥ 20 % otherwise.
 */
export function returnVisitRequirement(
  record: { readonly kind: ComplaintKind; readonly confirmationScore: number | null; readonly sampleKey: string },
  sampleRate: number = DEFAULT_DEMAND_SAMPLE_RATE,
): ReturnVisitRequirement {
  switch (record.kind) {
    case 'COMPLAINT':
      return { required: true, onSiteTarget: 0.8, reason: '客户投诉须 100% 回访（XX 4.3）' };
    case 'WARNING':
      return { required: false, onSiteTarget: 0, reason: '预警无需回访' };
    case 'DEMAND': {
      const score = record.confirmationScore;
      if (score === null || score < MAX_SCORE) {
        return { required: true, onSiteTarget: 0.8, reason: '客户对需求处理不完全满意（未达 5 分），须 100% 回访（XX 4.3）' };
      }
      const sampled = sampleFraction(record.sampleKey) < sampleRate;
      return sampled
        ? { required: true, onSiteTarget: 0.2, reason: `满意需求按 ${Math.round(sampleRate * 100)}% 抽样，本件被抽中（XX 4.3）` }
        : { required: false, onSiteTarget: 0.2, reason: `满意需求按 ${Math.round(sampleRate * 100)}% 抽样，本件未被抽中（XX 4.3）` };
    }
  }
}
