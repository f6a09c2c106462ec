import {
  COMPLAINT_KINDS,
  describeCondition,
  describeGradePolicy,
  validateGradeScheme,
  type ComplaintFlag,
  type ComplaintKind,
  type Grade,
  type GradeCondition,
  type GradeConditionFact,
  type GradePolicy,
  type GradeResult,
  type GradeScheme,
  type GradeSchemeProblem,
  type OrgLevel,
  type ThresholdOp,
} from '@kesu/domain';
import type { GradeDefinition, GradeSchemePreset, GradeSchemePresetInfo, GradeSchemeVersion } from './grade-schemes-operations';

/**
 * The editor's draft as antd form values, and its translation to the domain's `GradeScheme` — the object the
 * browser grades with (live preview) and the server publishes. Field names follow the domain JSON on purpose:
 * a problem path from `validateGradeScheme` ("grades[1].rules[0].conditions[0].value") names the form field
 * (['grades', 1, 'rules', 0, 'conditions', 0, 'value']) without a lookup table.
 */

/** "Handled where it arose" in the escalation-target select (the domain's `null`). */
export const LOCAL_HANDLING = 'LOCAL';

export interface ConditionValues {
  fact: GradeConditionFact;
  /** householdCount / compensationAmount. */
  op?: ThresholdOp;
  /** Households (a number) or yuan (a decimal string), as the fact needs; `null` once the input is cleared. */
  value?: number | string | null;
  flag?: ComplaintFlag;
  codes?: string[];
  kinds?: ComplaintKind[];
}

export interface RuleValues {
  id: string;
  source?: string | null;
  conditions: ConditionValues[];
}

export interface PolicyValues extends Omit<GradePolicy, 'escalationTarget' | 'responseMinutes' | 'resolutionWorkingDays' | 'escalatedResolutionWorkingDays'> {
  responseMinutes: number | null;
  resolutionWorkingDays: number | null;
  escalatedResolutionWorkingDays: number | null;
  escalationTarget: OrgLevel | typeof LOCAL_HANDLING;
}

export interface GradeValues {
  code: string;
  label: string;
  rank: number | null;
  policy: PolicyValues;
  rules: RuleValues[];
}

export interface DraftValues {
  name: string;
  /** The preset the draft started from (recorded with the version), or null. */
  presetCode: GradeSchemePreset | null;
  defaultGradeCode: string;
  gradedKinds: ComplaintKind[];
  grades: GradeValues[];
}

// ---------------------------------------------------------------------------------------------------------------
// Server data → draft

function conditionValues(raw: unknown): ConditionValues {
  const c = (raw ?? {}) as Partial<GradeCondition> & Record<string, unknown>;
  switch (c.fact) {
    case 'householdCount':
    case 'compensationAmount':
      return { fact: c.fact, op: c.op as ThresholdOp, value: c.value as number | string };
    case 'flag':
      return { fact: 'flag', flag: c.flag as ComplaintFlag };
    case 'overdue':
      return { fact: 'overdue' };
    case 'category':
      return { fact: 'category', codes: [...((c.codes as string[] | undefined) ?? [])] };
    case 'kind':
      return { fact: 'kind', kinds: [...((c.kinds as ComplaintKind[] | undefined) ?? [])] };
    default:
      // Unknown to this admin: keep the fact so the validator names it rather than silently dropping the rule.
      return { fact: (c as { fact?: unknown }).fact as GradeConditionFact };
  }
}

export function gradeValues(grade: GradeDefinition): GradeValues {
  const { policy } = grade;
  return {
    code: grade.code,
    label: grade.label,
    rank: grade.rank,
    policy: {
      responseMinutes: policy.responseMinutes,
      resolutionWorkingDays: policy.resolutionWorkingDays,
      escalatedResolutionWorkingDays: policy.escalatedResolutionWorkingDays,
      escalationTarget: policy.escalationTarget ?? LOCAL_HANDLING,
      notifyGroupImmediately: policy.notifyGroupImmediately,
      startsEmergencyTeam: policy.startsEmergencyTeam,
      requiresAccountability: policy.requiresAccountability,
    },
    rules: grade.rules.map((rule) => ({ id: rule.id, source: rule.source, conditions: rule.conditions.map(conditionValues) })),
  };
}

/** A published version as the starting point of the next one. */
export function draftFromVersion(version: GradeSchemeVersion): DraftValues {
  return {
    name: version.name,
    presetCode: version.presetCode,
    defaultGradeCode: version.defaultGradeCode,
    gradedKinds: [...(version.gradedKinds ?? COMPLAINT_KINDS)],
    grades: version.grades.map(gradeValues),
  };
}

export function draftFromPreset(preset: GradeSchemePresetInfo): DraftValues {
  return {
    name: preset.name,
    presetCode: preset.code,
    defaultGradeCode: preset.defaultGradeCode,
    gradedKinds: [...(preset.gradedKinds ?? COMPLAINT_KINDS)],
    grades: preset.grades.map(gradeValues),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Draft → domain scheme

function toCondition(c: ConditionValues): GradeCondition {
  switch (c.fact) {
    case 'householdCount':
      return { fact: c.fact, op: c.op as ThresholdOp, value: c.value as number };
    case 'compensationAmount':
      // The validator reads the string exactly (fen); a cleared input becomes '' and is reported, not guessed.
      return { fact: c.fact, op: c.op as ThresholdOp, value: c.value == null ? '' : String(c.value) };
    case 'flag':
      return { fact: c.fact, flag: c.flag as ComplaintFlag };
    case 'overdue':
      return { fact: c.fact };
    case 'category':
      return { fact: c.fact, codes: [...(c.codes ?? [])] };
    case 'kind':
      return { fact: c.fact, kinds: [...(c.kinds ?? [])] };
    default:
      return c as unknown as GradeCondition;
  }
}

function toGrade(g: GradeValues): Grade {
  const source = (rule: RuleValues) => rule.source?.trim();
  return {
    code: g.code?.trim() ?? '',
    label: g.label ?? '',
    rank: g.rank as number,
    policy: {
      responseMinutes: g.policy.responseMinutes as number,
      resolutionWorkingDays: g.policy.resolutionWorkingDays as number,
      escalatedResolutionWorkingDays: g.policy.escalatedResolutionWorkingDays as number,
      escalationTarget: g.policy.escalationTarget === LOCAL_HANDLING ? null : g.policy.escalationTarget,
      startsEmergencyTeam: Boolean(g.policy.startsEmergencyTeam),
      requiresAccountability: Boolean(g.policy.requiresAccountability),
      notifyGroupImmediately: Boolean(g.policy.notifyGroupImmediately),
    },
    rules: (g.rules ?? []).map((rule) => ({
      id: rule.id?.trim() ?? '',
      ...(source(rule) ? { source: source(rule) } : {}),
      conditions: (rule.conditions ?? []).map(toCondition),
    })),
  };
}

/** The draft as the domain scheme the server would build from it (code as the server names it: preset or CUSTOM). */
export function draftToScheme(draft: DraftValues): GradeScheme {
  return {
    code: draft.presetCode ?? 'CUSTOM',
    name: draft.name ?? '',
    defaultGradeCode: draft.defaultGradeCode ?? '',
    gradedKinds: [...(draft.gradedKinds ?? [])],
    grades: (draft.grades ?? []).map(toGrade),
  };
}

/** The draft fields of `publishGradeScheme` / `gradeSchemeImpact` (grades as the JSON the server reads). */
export function draftInput(draft: DraftValues) {
  const scheme = draftToScheme(draft);
  return {
    presetCode: draft.presetCode,
    name: scheme.name.trim(),
    grades: scheme.grades,
    defaultGradeCode: scheme.defaultGradeCode,
    gradedKinds: scheme.gradedKinds ? [...scheme.gradedKinds] : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

/**
 * Everything `publishGradeScheme` would refuse that the browser can know: the domain's validator (the same
 * function the server calls), plus category codes that are not in the group's taxonomy.
 */
export function validateDraft(scheme: GradeScheme, knownCategoryCodes: ReadonlySet<string> | null): GradeSchemeProblem[] {
  const problems = validateGradeScheme(scheme);
  if (knownCategoryCodes === null) return problems;
  scheme.grades.forEach((grade, g) =>
    grade.rules?.forEach((rule, r) =>
      rule.conditions?.forEach((c, i) => {
        if (c?.fact !== 'category' || !Array.isArray(c.codes)) return;
        const unknown = c.codes.filter((code) => !knownCategoryCodes.has(code));
        if (unknown.length) problems.push({ path: `grades[${g}].rules[${r}].conditions[${i}].codes`, message: `未知的分类编码：${unknown.join('、')}` });
      }),
    ),
  );
  return problems;
}

/** ['grades', 1, 'rules', 0, 'id'] → "grades[1].rules[0].id", the domain's problem path. */
export function problemPath(name: readonly (string | number)[]): string {
  return name.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** Problems by path; several on one path are joined. */
export function problemsByPath(problems: readonly GradeSchemeProblem[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const { path, message } of problems) map.set(path, map.has(path) ? `${map.get(path)}；${message}` : message);
  return map;
}

/** Problems as the server reports them on BAD_USER_INPUT (`extensions.problems`, else `extensions.field`). */
export function serverSchemeProblems(extensions: Record<string, unknown> | undefined, message: string): GradeSchemeProblem[] {
  const problems = extensions?.['problems'];
  if (Array.isArray(problems)) {
    return problems.filter(
      (p): p is GradeSchemeProblem => typeof p === 'object' && p !== null && typeof (p as GradeSchemeProblem).path === 'string',
    );
  }
  const field = extensions?.['field'];
  // zod messages are prefixed with the field ("name: 方案名称不能为空"); the field is shown by the form already.
  if (typeof field === 'string' && field) return [{ path: field, message: message.replace(new RegExp(`^${field}[:：]\\s*`), '') }];
  return [];
}

/** Where a problem is, for people: "等级 2「A类二级」› 规则 1 › 条件 1". */
export function describeProblemPath(path: string, draft: DraftValues, labels: { grade: string; rule: string; condition: string }): string {
  const parts: string[] = [];
  const grade = /^grades\[(\d+)\]/.exec(path);
  if (grade) {
    const g = Number(grade[1]);
    const label = draft.grades?.[g]?.label;
    parts.push(`${labels.grade} ${g + 1}${label ? `「${label}」` : ''}`);
    const rule = /\.rules\[(\d+)\]/.exec(path);
    if (rule) parts.push(`${labels.rule} ${Number(rule[1]) + 1}`);
    const condition = /\.conditions\[(\d+)\]/.exec(path);
    if (condition) parts.push(`${labels.condition} ${Number(condition[1]) + 1}`);
  }
  return parts.join(' › ');
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks for the editor

const DEFAULT_POLICY: PolicyValues = {
  responseMinutes: 60,
  resolutionWorkingDays: 5,
  escalatedResolutionWorkingDays: 15,
  escalationTarget: LOCAL_HANDLING,
  notifyGroupImmediately: false,
  startsEmergencyTeam: false,
  requiresAccountability: false,
};

/** A new grade ranked just above the most severe one, with a free code ("GRADE_1", "GRADE_2", …). */
export function newGrade(existing: readonly GradeValues[]): GradeValues {
  const codes = new Set(existing.map((g) => g.code));
  let n = 1;
  while (codes.has(`GRADE_${n}`)) n++;
  const maxRank = existing.reduce((max, g) => Math.max(max, typeof g.rank === 'number' ? g.rank : 0), 0);
  return { code: `GRADE_${n}`, label: '', rank: maxRank + 10, policy: { ...DEFAULT_POLICY }, rules: [] };
}

/** A new rule with an id unique in its grade ("A2_RULE_3"). */
export function newRule(gradeCode: string, existing: readonly RuleValues[]): RuleValues {
  const ids = new Set(existing.map((r) => r.id));
  const prefix = gradeCode?.trim() || 'RULE';
  let n = existing.length + 1;
  while (ids.has(`${prefix}_RULE_${n}`)) n++;
  return { id: `${prefix}_RULE_${n}`, source: null, conditions: [newCondition('householdCount')] };
}

export function newCondition(fact: GradeConditionFact): ConditionValues {
  switch (fact) {
    case 'householdCount':
      return { fact, op: 'GTE', value: 1 };
    case 'compensationAmount':
      return { fact, op: 'GTE', value: '0.00' };
    case 'flag':
      return { fact, flag: 'MEDIA_EXPOSURE' };
    case 'overdue':
      return { fact };
    case 'category':
      return { fact, codes: [] };
    case 'kind':
      return { fact, kinds: ['COMPLAINT'] };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Results and changes in words

/**
 * The grade's explanation as lines, exactly as the server's `previewGrade` gives them (grade-scheme.view.ts
 * `explanationLines`): one per fired rule, or the engine's sentence when the default grade applies.
 */
export function explanationLines(result: GradeResult): string[] {
  if (result.fired.length === 0) return [result.explanation];
  return result.fired.map((f) => `${f.gradeLabel}：${f.description}`);
}

function ruleText(conditions: readonly GradeCondition[]): string {
  try {
    return conditions.map(describeCondition).join(' 且 ');
  } catch {
    return '（条件不完整）';
  }
}

function policyText(policy: GradePolicy): string {
  try {
    return describeGradePolicy(policy);
  } catch {
    return '（处理要求不完整）';
  }
}

const kindsText = (kinds: readonly ComplaintKind[] | undefined, labels: Readonly<Record<ComplaintKind, string>>) =>
  (kinds ?? COMPLAINT_KINDS).map((k) => labels[k] ?? k).join('、');

/**
 * What publishing the draft changes compared with the version in force, one Chinese line per change, for the
 * confirmation dialog. Grades are matched by code, rules by id.
 */
export function describeSchemeChanges(
  before: GradeScheme | null,
  after: GradeScheme,
  kindLabels: Readonly<Record<ComplaintKind, string>>,
): string[] {
  if (!before) return [`新建分级方案「${after.name}」，共 ${after.grades.length} 个等级`];
  const lines: string[] = [];
  if (before.name !== after.name) lines.push(`方案名称：${before.name} → ${after.name}`);
  const gradeLabel = (scheme: GradeScheme, code: string) => scheme.grades.find((g) => g.code === code)?.label ?? code;
  if (before.defaultGradeCode !== after.defaultGradeCode) {
    lines.push(`默认等级：${gradeLabel(before, before.defaultGradeCode)} → ${gradeLabel(after, after.defaultGradeCode)}`);
  }
  const beforeKinds = kindsText(before.gradedKinds, kindLabels);
  const afterKinds = kindsText(after.gradedKinds, kindLabels);
  if (beforeKinds !== afterKinds) lines.push(`参与分级的记录类型：${beforeKinds} → ${afterKinds}`);

  const beforeByCode = new Map(before.grades.map((g) => [g.code, g]));
  const afterCodes = new Set(after.grades.map((g) => g.code));
  for (const g of before.grades) if (!afterCodes.has(g.code)) lines.push(`删除等级「${g.label}」（${g.code}）`);
  for (const g of after.grades) {
    const old = beforeByCode.get(g.code);
    if (!old) {
      lines.push(`新增等级「${g.label}」（${g.code}），序位 ${g.rank}，${g.rules.length} 条规则`);
      continue;
    }
    const at = `等级「${g.label}」`;
    if (old.label !== g.label) lines.push(`${at}：名称 ${old.label} → ${g.label}`);
    if (old.rank !== g.rank) lines.push(`${at}：序位 ${old.rank} → ${g.rank}`);
    const oldRules = new Map(old.rules.map((r) => [r.id, r]));
    const newIds = new Set(g.rules.map((r) => r.id));
    for (const r of old.rules) if (!newIds.has(r.id)) lines.push(`${at}：删除规则 ${r.id}（${ruleText(r.conditions)}）`);
    for (const r of g.rules) {
      const previous = oldRules.get(r.id);
      if (!previous) lines.push(`${at}：新增规则 ${r.id}（${ruleText(r.conditions)}）`);
      else {
        const was = ruleText(previous.conditions);
        const now = ruleText(r.conditions);
        if (was !== now) lines.push(`${at}：规则 ${r.id} ${was} → ${now}`);
      }
    }
    const oldPolicy = policyText(old.policy);
    const newPolicy = policyText(g.policy);
    if (oldPolicy !== newPolicy) lines.push(`${at}：处理要求 ${oldPolicy} → ${newPolicy}`);
  }
  return lines;
}

/** A version's scheme as the domain object (for comparing with a draft). */
export function versionToScheme(version: GradeSchemeVersion): GradeScheme {
  return draftToScheme(draftFromVersion(version));
}
