import { grade, gradeSchemePreset } from '@kesu/domain';
import { describe, expect, it } from 'vitest';
import { currentVersion, versionStatus } from './current-version';
import { GROUP_ID, versionOf } from './grade-schemes.fixtures';
import {
  describeSchemeChanges,
  draftFromVersion,
  draftInput,
  draftToScheme,
  explanationLines,
  newGrade,
  newRule,
  problemPath,
  serverSchemeProblems,
  validateDraft,
  versionToScheme,
} from './scheme-draft';

const KIND_LABELS = { COMPLAINT: '客户投诉', DEMAND: '客户需求', WARNING: '客户投诉预警' } as const;

describe('scheme draft', () => {
  it('turns a published version back into the same domain scheme', () => {
    const scheme = draftToScheme(draftFromVersion(versionOf('CG_KEY_EVENTS')));
    const preset = gradeSchemePreset('CG_KEY_EVENTS');
    expect(scheme.grades).toEqual(preset.grades);
    expect(scheme.defaultGradeCode).toBe('GENERAL');
    expect(scheme.gradedKinds).toEqual(['COMPLAINT', 'WARNING']);
    expect(validateDraft(scheme, null)).toEqual([]);
  });

  it('grades like the server: the draft decides, the explanation names the rule', () => {
    const draft = draftFromVersion(versionOf('CG_KEY_EVENTS'));
    const facts = { kind: 'COMPLAINT' as const, householdCount: 30, compensationAmount: null, flags: [], overdue: false, categoryCode: null };
    expect(grade(draftToScheme(draft), facts).grade.code).toBe('GENERAL');
    draft.grades[1]!.rules[0]!.conditions[0]!.value = 30;
    const result = grade(draftToScheme(draft), facts);
    expect(result.grade.label).toBe('A类二级');
    expect(explanationLines(result)).toEqual(['A类二级：涉及户数 30 ≥ 30 且 < 100']);
  });

  it('reports problems with the paths of the form fields, unknown categories included', () => {
    const draft = draftFromVersion(versionOf('XX_PROPERTY'));
    draft.grades[0]!.code = 'major';
    draft.grades[0]!.policy.responseMinutes = null;
    draft.grades[0]!.rules[0]!.conditions = [{ fact: 'category', codes: ['NOPE'] }];
    const problems = validateDraft(draftToScheme(draft), new Set(['DEV_ENGINEERING']));
    expect(problems.map((p) => p.path)).toEqual([
      'grades[0].code',
      'grades[0].policy.responseMinutes',
      'grades[0].rules[0].conditions[0].codes',
    ]);
    expect(problems[2]!.message).toBe('未知的分类编码：NOPE');
    expect(problemPath(['grades', 0, 'rules', 0, 'conditions', 0, 'codes'])).toBe('grades[0].rules[0].conditions[0].codes');
  });

  it('keeps the amount exact and sends the domain JSON', () => {
    const draft = draftFromVersion(versionOf('XX_PROPERTY'));
    draft.grades[0]!.rules[4]!.conditions[0]!.value = '1999.99';
    const input = draftInput(draft);
    expect(input.grades[0]!.rules[4]!.conditions[0]).toEqual({ fact: 'compensationAmount', op: 'GTE', value: '1999.99' });
    expect(input.presetCode).toBe('XX_PROPERTY');
    expect(input.grades[0]!.policy.escalationTarget).toBe('PROJECT_MGMT_CENTER');
    expect(input.grades[1]!.policy.escalationTarget).toBeNull();
  });

  it('adds grades and rules with free codes', () => {
    const draft = draftFromVersion(versionOf('RE_ESTATE'));
    const added = newGrade(draft.grades);
    expect(added.code).toBe('GRADE_1');
    expect(added.rank).toBe(20);
    expect(newRule('MAJOR', draft.grades[0]!.rules).id).toBe('MAJOR_RULE_4');
  });

  it('summarises the change against the version in force', () => {
    const before = versionToScheme(versionOf('CG_KEY_EVENTS'));
    const draft = draftFromVersion(versionOf('CG_KEY_EVENTS'));
    draft.grades[1]!.rules[0]!.conditions[0]!.value = 30;
    draft.grades[2]!.policy.resolutionWorkingDays = 3;
    draft.gradedKinds = ['COMPLAINT'];
    expect(describeSchemeChanges(before, draftToScheme(draft), KIND_LABELS)).toEqual([
      '参与分级的记录类型：客户投诉、客户投诉预警 → 客户投诉',
      '等级「A类二级」：规则 A2_HOUSEHOLDS 涉及户数 ≥ 60 且 涉及户数 < 100 → 涉及户数 ≥ 30 且 涉及户数 < 100',
      '等级「一般事件」：处理要求 1 小时内响应；5 个工作日内处理完毕（升级后 15 个工作日） → 1 小时内响应；3 个工作日内处理完毕（升级后 15 个工作日）',
    ]);
    expect(describeSchemeChanges(before, before, KIND_LABELS)).toEqual([]);
  });

  it('reads the server problems of a refused scheme', () => {
    expect(
      serverSchemeProblems({ code: 'BAD_USER_INPUT', field: 'grades[0].code', problems: [{ path: 'grades[0].code', message: '等级编码重复：A1' }] }, 'x'),
    ).toEqual([{ path: 'grades[0].code', message: '等级编码重复：A1' }]);
    expect(serverSchemeProblems({ field: 'name' }, 'name: 方案名称不能为空')).toEqual([{ path: 'name', message: '方案名称不能为空' }]);
  });
});

describe('current version', () => {
  const REGION = 'region';
  const group1 = versionOf('CG_KEY_EVENTS', { id: 'g1', version: 1 });
  const group2 = versionOf('CG_KEY_EVENTS', { id: 'g2', version: 2, effectiveFrom: '2026-03-01T00:00:00.000Z' });
  const future = versionOf('CG_KEY_EVENTS', { id: 'g3', version: 3, effectiveFrom: '2099-01-01T00:00:00.000Z' });
  const region = versionOf('RE_ESTATE', {
    id: 'r1',
    effectiveFrom: '2026-01-01T00:00:00.000Z',
    orgUnit: { __typename: 'OrgUnit', id: REGION, name: '华南区域', level: 'REGION', levelLabel: '区域公司' },
  });
  const now = new Date('2026-06-01T00:00:00Z');

  it('takes the nearest unit, then the latest effective version', () => {
    expect(currentVersion([future, group2, group1], [GROUP_ID], now)?.id).toBe('g2');
    expect(currentVersion([future, group2, region, group1], [GROUP_ID, REGION], now)?.id).toBe('r1');
    expect(currentVersion([], [GROUP_ID], now)).toBeNull();
  });

  it('labels versions as current, scheduled or past', () => {
    expect(versionStatus(future, group2, now)).toBe('SCHEDULED');
    expect(versionStatus(group1, group2, now)).toBe('PAST');
    expect(versionStatus(group2, group2, now)).toBe('CURRENT');
  });
});
