import { COMPLAINT_FLAG_LABELS, COMPLAINT_KIND_LABELS, isComplaintFlag, isComplaintKind } from '../complaint-facts.js';
import type { ComplaintFlag, ComplaintKind } from '../complaint-facts.js';
import { formatYuanForDisplay, isYuanString, parseYuan } from '../money.js';
import { ORG_LEVEL_LABELS, isOrgLevel } from '../org-levels.js';
import type { OrgLevel } from '../org-levels.js';

/**
 * A grade scheme as data (RULES.md §4): ordered grades, each with rules over complaint facts and the policy that
 * follows from the grade. Everything here is plain JSON — schemes are stored in the database, published as
 * versions with an effective date, and previewed in the admin with the same engine the server runs.
 *
 * Matching: a grade matches when ANY of its rules fires; a rule fires when ALL of its conditions hold. The
 * highest-ranked matching grade wins; when none matches, the scheme's default grade applies.
 */

/** Comparison of a numeric fact against a threshold. `GTE` is "≥" (the sources' "(含)以上"), `LT` is "<". */
export const ThresholdOp = { GTE: 'GTE', LT: 'LT' } as const;
export type ThresholdOp = (typeof ThresholdOp)[keyof typeof ThresholdOp];
export const THRESHOLD_OP_SYMBOLS: Readonly<Record<ThresholdOp, string>> = { GTE: '≥', LT: '<' };

export type GradeCondition =
  /** 涉及户数 (households complaining or suing). */
  | { readonly fact: 'householdCount'; readonly op: ThresholdOp; readonly value: number }
  /** 赔付 / 处理金额, a decimal string of yuan ("2000000.00"), compared exactly in fen. */
  | { readonly fact: 'compensationAmount'; readonly op: ThresholdOp; readonly value: string }
  /** A flag is set. */
  | { readonly fact: 'flag'; readonly flag: ComplaintFlag }
  /** Past the resolution limit without a final solution. */
  | { readonly fact: 'overdue' }
  /** The complaint's category is one of these codes. */
  | { readonly fact: 'category'; readonly codes: readonly string[] }
  /** The record is of one of these kinds. */
  | { readonly fact: 'kind'; readonly kinds: readonly ComplaintKind[] };

export type GradeConditionFact = GradeCondition['fact'];

export interface GradeRule {
  /** Stable id within the scheme, recorded with the grade ("which rule fired"). */
  readonly id: string;
  /** Where the rule comes from, e.g. "CG §7 A类一级 第2项". */
  readonly source?: string;
  /** All must hold. An empty list never fires (a rule must say something). */
  readonly conditions: readonly GradeCondition[];
}

/** What a grade means for handling (RULES.md §5, §6). */
export interface GradePolicy {
  /** Respond (contact the customer, name the person in charge) within this many wall-clock minutes (CG §4.3). */
  readonly responseMinutes: number;
  /** Resolve within this many working days from acceptance (XX 4.2.2.1/4.2.2.2). */
  readonly resolutionWorkingDays: number;
  /** Once escalated, the next level resolves within this many working days from taking it over (XX 4.2.2.3). */
  readonly escalatedResolutionWorkingDays: number;
  /** The level the complaint is reported up to at once on this grade; `null` = handled where it arose. */
  readonly escalationTarget: OrgLevel | null;
  /** Starts the regional emergency team (CG §4.4: 重点群诉 → 应急小组, led by the regional president). */
  readonly startsEmergencyTeam: boolean;
  /** Accountability (问责追责) must be recorded and enforced before archiving (CG §4.5, §5.3). */
  readonly requiresAccountability: boolean;
  /** The group's customer-relations department is told at once (CG §5.1(3); A-class reported up at once). */
  readonly notifyGroupImmediately: boolean;
}

export interface Grade {
  /** English code, unique in the scheme ("A1", "MAJOR", "GENERAL"). */
  readonly code: string;
  /** Chinese label ("A类一级"). */
  readonly label: string;
  /** Higher = more severe; unique in the scheme. */
  readonly rank: number;
  readonly rules: readonly GradeRule[];
  readonly policy: GradePolicy;
}

export interface GradeScheme {
  /** English code of the scheme or preset ("CG_KEY_EVENTS"). */
  readonly code: string;
  /** Chinese name. */
  readonly name: string;
  /** The regulation it reproduces. */
  readonly source?: string;
  /** The grade given when no rule fires. */
  readonly defaultGradeCode: string;
  /**
   * Kinds the rules apply to; records of other kinds get the default grade without evaluating the rules
   * (XX 4.1.2.1 grades 投诉 only, not 需求). Omitted = every kind.
   */
  readonly gradedKinds?: readonly ComplaintKind[];
  readonly grades: readonly Grade[];
}

/** A problem found in a scheme, with a JSON-ish path so the admin can point at the field. */
export interface GradeSchemeProblem {
  readonly path: string;
  readonly message: string;
}

const CODE = /^[A-Z][A-Z0-9_]*$/;

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
function isPositiveInteger(value: unknown): value is number {
  return isNonNegativeInteger(value) && value > 0;
}

/**
 * Checks a scheme before it is published (or after it is read back from JSON): codes and ranks unique, the default
 * grade present, thresholds well-formed (money exact, households whole), flags and kinds known, policies complete.
 * Returns every problem in Chinese; an empty array means the scheme can be used.
 */
export function validateGradeScheme(scheme: GradeScheme): GradeSchemeProblem[] {
  const problems: GradeSchemeProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (typeof scheme !== 'object' || scheme === null) return [{ path: '', message: '分级方案必须是对象' }];
  if (typeof scheme.code !== 'string' || !CODE.test(scheme.code)) add('code', '方案编码须为大写英文字母、数字或下划线');
  if (typeof scheme.name !== 'string' || scheme.name.trim() === '') add('name', '方案名称不能为空');
  if (scheme.gradedKinds !== undefined) {
    if (!Array.isArray(scheme.gradedKinds as unknown) || scheme.gradedKinds.length === 0) add('gradedKinds', '适用类型不能为空列表');
    else
      scheme.gradedKinds.forEach((kind, i) => {
        if (!isComplaintKind(kind)) add(`gradedKinds[${i}]`, `未知的记录类型：${String(kind)}`);
      });
  }
  if (!Array.isArray(scheme.grades as unknown) || scheme.grades.length === 0) {
    add('grades', '至少需要一个等级');
    return problems;
  }
  const codes = new Set<string>();
  const ranks = new Set<number>();
  scheme.grades.forEach((grade, g) => {
    const at = `grades[${g}]`;
    if (typeof grade.code !== 'string' || !CODE.test(grade.code)) add(`${at}.code`, '等级编码须为大写英文字母、数字或下划线');
    else if (codes.has(grade.code)) add(`${at}.code`, `等级编码重复：${grade.code}`);
    else codes.add(grade.code);
    if (typeof grade.label !== 'string' || grade.label.trim() === '') add(`${at}.label`, '等级名称不能为空');
    if (typeof grade.rank !== 'number' || !Number.isSafeInteger(grade.rank)) add(`${at}.rank`, '等级序位必须是整数');
    else if (ranks.has(grade.rank)) add(`${at}.rank`, `等级序位重复：${grade.rank}`);
    else ranks.add(grade.rank);
    validatePolicy(grade.policy, `${at}.policy`, add);
    if (!Array.isArray(grade.rules as unknown)) {
      add(`${at}.rules`, '规则必须是列表');
      return;
    }
    const ruleIds = new Set<string>();
    grade.rules.forEach((rule, r) => {
      const rat = `${at}.rules[${r}]`;
      if (typeof rule.id !== 'string' || rule.id.trim() === '') add(`${rat}.id`, '规则编号不能为空');
      else if (ruleIds.has(rule.id)) add(`${rat}.id`, `规则编号重复：${rule.id}`);
      else ruleIds.add(rule.id);
      if (!Array.isArray(rule.conditions as unknown) || rule.conditions.length === 0) add(`${rat}.conditions`, '规则至少需要一个条件');
      else rule.conditions.forEach((c, i) => validateCondition(c, `${rat}.conditions[${i}]`, add));
    });
  });
  if (!codes.has(scheme.defaultGradeCode)) add('defaultGradeCode', `默认等级 ${String(scheme.defaultGradeCode)} 不在等级列表中`);
  return problems;
}

function validatePolicy(policy: GradePolicy, at: string, add: (path: string, message: string) => void): void {
  if (typeof policy !== 'object' || policy === null) {
    add(at, '缺少等级处理要求');
    return;
  }
  if (!isPositiveInteger(policy.responseMinutes)) add(`${at}.responseMinutes`, '响应时限（分钟）必须是正整数');
  if (!isPositiveInteger(policy.resolutionWorkingDays)) add(`${at}.resolutionWorkingDays`, '处理时限（工作日）必须是正整数');
  if (!isPositiveInteger(policy.escalatedResolutionWorkingDays)) {
    add(`${at}.escalatedResolutionWorkingDays`, '升级后处理时限（工作日）必须是正整数');
  }
  if (policy.escalationTarget !== null && !isOrgLevel(policy.escalationTarget)) {
    add(`${at}.escalationTarget`, `未知的组织层级：${String(policy.escalationTarget)}`);
  }
  for (const key of ['startsEmergencyTeam', 'requiresAccountability', 'notifyGroupImmediately'] as const) {
    if (typeof policy[key] !== 'boolean') add(`${at}.${key}`, '必须是布尔值');
  }
}

function validateCondition(c: GradeCondition, at: string, add: (path: string, message: string) => void): void {
  switch (c?.fact) {
    case 'householdCount':
      if (c.op !== 'GTE' && c.op !== 'LT') add(`${at}.op`, '比较方式只能是 GTE（≥）或 LT（<）');
      if (!isNonNegativeInteger(c.value)) add(`${at}.value`, '户数阈值必须是非负整数');
      return;
    case 'compensationAmount':
      if (c.op !== 'GTE' && c.op !== 'LT') add(`${at}.op`, '比较方式只能是 GTE（≥）或 LT（<）');
      if (!isYuanString(c.value)) add(`${at}.value`, `金额阈值格式不正确：${String(c.value)}（非负，最多两位小数）`);
      return;
    case 'flag':
      if (!isComplaintFlag(c.flag)) add(`${at}.flag`, `未知的标记：${String(c.flag)}`);
      return;
    case 'overdue':
      return;
    case 'category':
      if (
        !Array.isArray(c.codes as unknown) ||
        c.codes.length === 0 ||
        c.codes.some((x) => typeof x !== 'string' || x === '')
      ) {
        add(`${at}.codes`, '类别编码列表不能为空');
      }
      return;
    case 'kind':
      if (!Array.isArray(c.kinds as unknown) || c.kinds.length === 0 || !c.kinds.every(isComplaintKind)) {
        add(`${at}.kinds`, '记录类型列表不能为空且只能包含 COMPLAINT、DEMAND、WARNING');
      }
      return;
    default:
      add(`${at}.fact`, `未知的条件类型：${String((c as { fact?: unknown } | null)?.fact)}`);
  }
}

/** The condition as a person reads it, without facts ("涉及户数 ≥ 100"), for the admin's scheme editor. */
export function describeCondition(c: GradeCondition): string {
  switch (c.fact) {
    case 'householdCount':
      return `涉及户数 ${THRESHOLD_OP_SYMBOLS[c.op]} ${c.value}`;
    case 'compensationAmount':
      return `涉及金额 ${THRESHOLD_OP_SYMBOLS[c.op]} ${formatYuanForDisplay(parseYuan(c.value))}`;
    case 'flag':
      return COMPLAINT_FLAG_LABELS[c.flag];
    case 'overdue':
      return '超过规定期限仍未形成最终解决方案';
    case 'category':
      return `投诉类别属于 ${c.codes.join('、')}`;
    case 'kind':
      return `记录类型为 ${c.kinds.map((k) => COMPLAINT_KIND_LABELS[k]).join('、')}`;
  }
}

/** A whole policy in one Chinese sentence, for the admin and for timelines. */
export function describeGradePolicy(policy: GradePolicy): string {
  const parts = [
    `${formatMinutes(policy.responseMinutes)}内响应`,
    `${policy.resolutionWorkingDays} 个工作日内处理完毕（升级后 ${policy.escalatedResolutionWorkingDays} 个工作日）`,
  ];
  if (policy.escalationTarget !== null) parts.push(`立即上报至${ORG_LEVEL_LABELS[policy.escalationTarget]}`);
  if (policy.notifyGroupImmediately) parts.push('立即通报集团客户关系部');
  if (policy.startsEmergencyTeam) parts.push('启动应急小组');
  if (policy.requiresAccountability) parts.push('须问责追责');
  return parts.join('；');
}

function formatMinutes(minutes: number): string {
  if (minutes % 60 === 0) return `${minutes / 60} 小时`;
  return `${minutes} 分钟`;
}
