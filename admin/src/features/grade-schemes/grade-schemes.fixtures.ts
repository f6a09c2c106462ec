import { describeCondition, describeGradePolicy, gradeSchemePreset, type Grade, type GradeSchemePreset } from '@kesu/domain';
import type { GradeDefinition, GradeSchemePresetInfo, GradeSchemeVersion, SchemeCategory } from './grade-schemes-operations';

/** Test data shaped like the server's answers, built from the domain presets (component tests only). */

export const GROUP_ID = 'T3JnVW5pdDpncm91cA';

export function definitionOf(grade: Grade): GradeDefinition {
  return {
    __typename: 'GradeDefinition',
    code: grade.code,
    label: grade.label,
    rank: grade.rank,
    rules: grade.rules.map((rule) => ({
      __typename: 'GradeRule',
      id: rule.id,
      source: rule.source ?? null,
      conditions: [...rule.conditions],
      description: rule.conditions.map(describeCondition).join(' 且 '),
    })),
    policy: { __typename: 'GradePolicy', ...grade.policy, description: describeGradePolicy(grade.policy) },
  };
}

export function versionOf(preset: GradeSchemePreset, overrides: Partial<GradeSchemeVersion> = {}): GradeSchemeVersion {
  const scheme = gradeSchemePreset(preset);
  return {
    __typename: 'GradeSchemeVersion',
    id: `R3JhZGVTY2hlbWVWZXJzaW9uOj${preset}`,
    version: 1,
    name: scheme.name,
    presetCode: preset,
    source: scheme.source ?? null,
    effectiveFrom: '2000-01-01T00:00:00.000Z',
    publishedAt: '2026-01-01T00:00:00.000Z',
    publishedBy: null,
    orgUnit: { __typename: 'OrgUnit', id: GROUP_ID, name: '鸿远地产集团', level: 'GROUP', levelLabel: '集团' },
    defaultGradeCode: scheme.defaultGradeCode,
    gradedKinds: scheme.gradedKinds ? [...scheme.gradedKinds] : null,
    grades: scheme.grades.map(definitionOf),
    timeLimits: {
      __typename: 'TimeLimits',
      accountabilityWorkingDays: 10,
      complaintReturnVisitHours: 24,
      demandReturnVisitHours: 72,
      exemptionPurchaseThreshold: '5000.00',
      maxDeadlineExtensions: 2,
    },
    ...overrides,
  };
}

export function presetInfoOf(preset: GradeSchemePreset, label: string): GradeSchemePresetInfo {
  const scheme = gradeSchemePreset(preset);
  return {
    __typename: 'GradeSchemePresetInfo',
    code: preset,
    label,
    name: scheme.name,
    source: scheme.source ?? null,
    defaultGradeCode: scheme.defaultGradeCode,
    gradedKinds: scheme.gradedKinds ? [...scheme.gradedKinds] : null,
    grades: scheme.grades.map(definitionOf),
  };
}

export const CATEGORIES: SchemeCategory[] = [
  { __typename: 'Category', id: 'c1', code: 'DEV_ENGINEERING', label: '工程管理类', kind: 'COMPLAINT', active: true },
  { __typename: 'Category', id: 'c2', code: 'DEV_MARKETING', label: '营销管理类', kind: 'COMPLAINT', active: true },
  { __typename: 'Category', id: 'c3', code: 'DM_CONSULTING', label: '咨询服务', kind: 'DEMAND', active: true },
];
