import { DEFAULT_TIME_LIMITS, describeCondition, describeGradePolicy } from '@kesu/domain';
import type { Grade, GradePolicy, GradeResult, GradeRule, TimeLimitSettings } from '@kesu/domain';
import type { FiredGradeRuleType, GradeDefinitionType, GradePolicyType, GradeRuleType, TimeLimitsType } from './grade-scheme.types.js';

/** Domain JSON → the GraphQL views of grade-scheme.types.ts, with the Chinese descriptions the admin shows. */

export function policyView(policy: GradePolicy): GradePolicyType {
  return {
    responseMinutes: policy.responseMinutes,
    resolutionWorkingDays: policy.resolutionWorkingDays,
    escalatedResolutionWorkingDays: policy.escalatedResolutionWorkingDays,
    escalationTarget: policy.escalationTarget,
    startsEmergencyTeam: policy.startsEmergencyTeam,
    requiresAccountability: policy.requiresAccountability,
    notifyGroupImmediately: policy.notifyGroupImmediately,
    description: describeGradePolicy(policy),
  };
}

function ruleView(rule: GradeRule): GradeRuleType {
  return {
    id: rule.id,
    source: rule.source ?? null,
    conditions: [...rule.conditions],
    description: rule.conditions.map(describeCondition).join(' 且 '),
  };
}

/** Grades in their stored order, so problem paths (`grades[1]…`) point at what the admin sees. */
export function gradesView(grades: readonly Grade[]): GradeDefinitionType[] {
  return grades.map((g) => ({ code: g.code, label: g.label, rank: g.rank, rules: g.rules.map(ruleView), policy: policyView(g.policy) }));
}

/** Stored settings over the defaults, so a version written before a setting existed still answers it. */
export function timeLimitsView(stored: Partial<TimeLimitSettings> | null | undefined): TimeLimitsType {
  return { ...DEFAULT_TIME_LIMITS, ...stored };
}

export function firedRulesView(result: GradeResult): FiredGradeRuleType[] {
  return result.fired.map((f) => ({
    gradeCode: f.gradeCode,
    gradeLabel: f.gradeLabel,
    ruleId: f.ruleId,
    source: f.source ?? null,
    description: f.description,
  }));
}

/**
 * The grade's explanation as lines: one per fired rule ("A类一级：涉及户数 120 ≥ 100"), or the engine's sentence when
 * the default grade applies ("未命中任何分级规则，定为默认等级「一般事件」").
 */
export function explanationLines(result: GradeResult): string[] {
  if (result.fired.length === 0) return [result.explanation];
  return result.fired.map((f) => `${f.gradeLabel}：${f.description}`);
}
