import { gradeSchemePreset } from '@kesu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { GradeSchemeVersion } from './grade-scheme-version.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
const versionCount = () => app.orm.em.fork().count(GradeSchemeVersion, {});

const PREVIEW = `query($input: PreviewGradeInput!) {
  previewGrade(input: $input) {
    grade { code label rank } isDefault explanation schemeVersion schemeId
    firedRules { gradeCode ruleId source description }
    policy { responseMinutes resolutionWorkingDays escalatedResolutionWorkingDays escalationTarget startsEmergencyTeam requiresAccountability notifyGroupImmediately description }
    scheme { id version name presetCode orgUnit { code } }
  }
}`;
const SCHEMES = `query($id: ID!) {
  gradeSchemes(orgUnitId: $id) {
    id version name presetCode effectiveFrom publishedAt defaultGradeCode gradedKinds source
    orgUnit { code name }
    publishedBy { login }
    grades { code label rank rules { id source conditions description } policy { escalationTarget requiresAccountability description } }
    timeLimits { complaintReturnVisitHours demandReturnVisitHours accountabilityWorkingDays maxDeadlineExtensions exemptionPurchaseThreshold }
  }
}`;
const PUBLISH = `mutation($input: PublishGradeSchemeInput!) {
  publishGradeScheme(input: $input) {
    gradeScheme { id version name presetCode effectiveFrom orgUnit { code } defaultGradeCode grades { code rules { id conditions } } timeLimits { complaintReturnVisitHours exemptionPurchaseThreshold } publishedBy { login } }
  }
}`;

async function preview(login: string, projectCode: string, facts: Record<string, unknown>) {
  return app.gql(PREVIEW, { input: { orgUnitId: await unitId(projectCode), ...facts } }, await app.tokenFor(login));
}

describe('gradeSchemePresets', () => {
  it('offers every preset with its grades and the scheme as JSON', async () => {
    const res = await app.gql(
      `{ gradeSchemePresets { code label name source defaultGradeCode gradedKinds grades { code label rank rules { id } policy { escalationTarget } } scheme } }`,
      {},
      await app.tokenFor('south.admin'),
    );
    expect(res.errors).toBeUndefined();
    const presets = res.data!.gradeSchemePresets;
    expect(presets.map((p: any) => p.code)).toEqual(['CG_KEY_EVENTS', 'EG_KEY_EVENTS', 'XX_PROPERTY', 'RE_ESTATE']);
    const cg = presets[0];
    expect(cg).toMatchObject({ label: '碧桂园 客户类重点事件分级（A类一级/二级）', defaultGradeCode: 'GENERAL', gradedKinds: ['COMPLAINT', 'WARNING'] });
    expect(cg.grades.map((g: any) => [g.code, g.label, g.policy.escalationTarget])).toEqual([
      ['A1', 'A类一级', 'GROUP'],
      ['A2', 'A类二级', 'REGION'],
      ['GENERAL', '一般事件', null],
    ]);
    expect(cg.scheme).toEqual(gradeSchemePreset('CG_KEY_EVENTS'));
  });
});

describe('previewGrade with the group scheme (CG preset, version 1)', () => {
  it('120 households and a delivery delay → A类一级, one Chinese line per rule that fired', async () => {
    const res = await preview('ysf.agent', 'HY-GZ-YSF', { categoryCode: 'DEV_ENGINEERING', householdCount: 120, flags: ['DELIVERY_DELAY'] });
    expect(res.errors).toBeUndefined();
    const result = res.data!.previewGrade;
    expect(result.grade).toEqual({ code: 'A1', label: 'A类一级', rank: 20 });
    expect(result.isDefault).toBe(false);
    expect(result.explanation).toEqual(['A类一级：集中交付延期', 'A类一级：涉及户数 120 ≥ 100']);
    expect(result.firedRules.map((r: any) => r.ruleId)).toEqual(['A1_DELIVERY_DELAY', 'A1_HOUSEHOLDS']);
    expect(result.firedRules[1].source).toBe('CG §7 A类一级 第2项（100户(含)以上）');
    expect(result.schemeVersion).toBe(1);
    expect(result.scheme).toMatchObject({ version: 1, presetCode: 'CG_KEY_EVENTS', name: '碧桂园 客户类重点事件分级', orgUnit: null });
    expect(result.schemeId).toBe(result.scheme.id);
    expect(result.policy).toMatchObject({
      responseMinutes: 60,
      resolutionWorkingDays: 5,
      escalatedResolutionWorkingDays: 15,
      escalationTarget: 'GROUP',
      startsEmergencyTeam: true,
      requiresAccountability: true,
      notifyGroupImmediately: true,
    });
    expect(result.policy.description).toContain('立即上报至集团');
  });

  it('60 households → A类二级; 59 → the default grade', async () => {
    const a2 = await preview('ysf.agent', 'HY-GZ-YSF', { householdCount: 60 });
    expect(a2.data!.previewGrade.grade.code).toBe('A2');
    expect(a2.data!.previewGrade.explanation).toEqual(['A类二级：涉及户数 60 ≥ 60 且 < 100']);
    const general = await preview('ysf.agent', 'HY-GZ-YSF', { householdCount: 59 });
    expect(general.data!.previewGrade).toMatchObject({
      grade: { code: 'GENERAL', label: '一般事件', rank: 0 },
      isDefault: true,
      explanation: ['未命中任何分级规则，定为默认等级「一般事件」'],
      firedRules: [],
    });
  });

  it('compensation: 2,000,000.00 yuan is A类一级 (inclusive), demands are not graded by CG', async () => {
    const a1 = await preview('ysf.agent', 'HY-GZ-YSF', { compensationAmount: '2000000' });
    expect(a1.data!.previewGrade.grade.code).toBe('A1');
    expect(a1.data!.previewGrade.explanation).toEqual(['A类一级：涉及金额 2,000,000.00 元 ≥ 2,000,000.00 元']);
    const demand = await preview('ysf.agent', 'HY-GZ-YSF', { kind: 'DEMAND', categoryCode: 'DM_CONSULTING', householdCount: 500 });
    expect(demand.data!.previewGrade.grade.code).toBe('GENERAL');
    expect(demand.data!.previewGrade.explanation[0]).toContain('客户需求不适用');
  });

  it.each([
    [{ categoryCode: 'NO_SUCH' }, 'categoryCode'],
    [{ kind: 'DEMAND', categoryCode: 'DEV_ENGINEERING' }, 'categoryCode'],
    [{ compensationAmount: '1999.999' }, 'compensationAmount'],
    [{ compensationAmount: '-5' }, 'compensationAmount'],
    [{ compensationAmount: 'abc' }, 'compensationAmount'],
    [{ householdCount: -1 }, 'householdCount'],
    [{ flags: ['NOT_A_FLAG'] }, 'flags[0]'],
  ])('refuses %j naming the field', async (facts, field) => {
    const res = await preview('ysf.agent', 'HY-GZ-YSF', facts);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('a unit outside the scope is NOT_FOUND; a caller without grants is refused', async () => {
    const res = await preview('south.admin', 'HY-HZ-XXL', { householdCount: 120 });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
    const anonymous = await app.gql(PREVIEW, { input: { orgUnitId: await unitId('HY-HZ-XXL') } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('gradeSchemes', () => {
  it('lists the versions along the ancestor chain; ancestors outside the scope stay anonymous', async () => {
    const res = await app.gql(SCHEMES, { id: await unitId('HY-GZ-YSF') }, await app.tokenFor('ysf.head'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.gradeSchemes).toHaveLength(1);
    const [v1] = res.data!.gradeSchemes;
    expect(v1).toMatchObject({
      version: 1,
      presetCode: 'CG_KEY_EVENTS',
      effectiveFrom: '2000-01-01T00:00:00.000Z',
      defaultGradeCode: 'GENERAL',
      gradedKinds: ['COMPLAINT', 'WARNING'],
      orgUnit: null,
      publishedBy: null,
      timeLimits: {
        complaintReturnVisitHours: 24,
        demandReturnVisitHours: 72,
        accountabilityWorkingDays: 10,
        maxDeadlineExtensions: 2,
        exemptionPurchaseThreshold: '5000.00',
      },
    });
    expect(v1.grades[0].rules[2]).toMatchObject({
      id: 'A1_HOUSEHOLDS',
      conditions: [{ fact: 'householdCount', op: 'GTE', value: 100 }],
      description: '涉及户数 ≥ 100',
    });
    const admin = await app.gql(SCHEMES, { id: await unitId('HY-GZ-YSF') }, await app.tokenFor('admin'));
    expect(admin.data!.gradeSchemes[0].orgUnit).toEqual({ code: 'HY', name: '鸿远地产集团' });
  });

  it('a unit outside the scope lists nothing', async () => {
    const res = await app.gql(SCHEMES, { id: await unitId('HY-HZ-XXL') }, await app.tokenFor('south.admin'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.gradeSchemes).toEqual([]);
  });
});

describe('publishGradeScheme', () => {
  it('outside the scope or without the ADMIN role: FORBIDDEN and nothing written', async () => {
    const before = await versionCount();
    const east = await app.gql(PUBLISH, { input: { orgUnitId: await unitId('HY-EC'), presetCode: 'XX_PROPERTY' } }, await app.tokenFor('south.admin'));
    expect(east.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const head = await app.gql(PUBLISH, { input: { orgUnitId: await unitId('HY-GZ-YSF'), presetCode: 'XX_PROPERTY' } }, await app.tokenFor('ysf.head'));
    expect(head.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cr = await app.gql(PUBLISH, { input: { orgUnitId: await unitId('HY-EC'), presetCode: 'XX_PROPERTY' } }, await app.tokenFor('east.cr.exec'));
    expect(cr.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await versionCount()).toBe(before);
  });

  it('an invalid scheme is BAD_USER_INPUT naming the path of the first problem, nothing written', async () => {
    const before = await versionCount();
    const grades = JSON.parse(JSON.stringify(gradeSchemePreset('CG_KEY_EVENTS').grades));
    grades[1].rules[0].conditions[0].value = -5;
    const res = await app.gql(
      PUBLISH,
      { input: { orgUnitId: await unitId('HY-SC'), grades, defaultGradeCode: 'GENERAL', name: '华南方案' } },
      await app.tokenFor('south.admin'),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grades[1].rules[0].conditions[0].value' });
    expect(res.errors?.[0]?.message).toContain('户数阈值必须是非负整数');
    expect(await versionCount()).toBe(before);
  });

  it.each([
    ['no grades and no preset', {}, 'grades'],
    ['grades that are not a list', { grades: { A1: {} } }, 'grades'],
    ['a grade that is not an object', { grades: [1], defaultGradeCode: 'X' }, 'grades[0]'],
    ['more grades than any regulation has', { grades: Array.from({ length: 21 }, () => ({})), defaultGradeCode: 'X' }, 'grades'],
    ['a default grade not in the list', { presetCode: 'XX_PROPERTY', defaultGradeCode: 'NOPE' }, 'defaultGradeCode'],
    [
      'an unknown category code',
      {
        grades: [
          { code: 'MAJOR', label: '重大', rank: 10, rules: [{ id: 'R1', conditions: [{ fact: 'category', codes: ['NO_SUCH'] }] }], policy: gradeSchemePreset('XX_PROPERTY').grades[0]!.policy },
          { code: 'GENERAL', label: '一般', rank: 0, rules: [], policy: gradeSchemePreset('XX_PROPERTY').grades[1]!.policy },
        ],
        defaultGradeCode: 'GENERAL',
      },
      'grades[0].rules[0].conditions[0].codes',
    ],
    ['an effective date in the past', { presetCode: 'XX_PROPERTY', effectiveFrom: new Date(Date.now() - 5 * 60_000).toISOString() }, 'effectiveFrom'],
    ['a bad effective date', { presetCode: 'XX_PROPERTY', effectiveFrom: '2026-13-01' }, 'effectiveFrom'],
    [
      'bad time limits',
      { presetCode: 'XX_PROPERTY', timeLimits: { complaintReturnVisitHours: 0, demandReturnVisitHours: 72, accountabilityWorkingDays: 10, maxDeadlineExtensions: 2, exemptionPurchaseThreshold: '5000' } },
      'timeLimits.complaintReturnVisitHours',
    ],
    [
      'a bad purchase threshold',
      { presetCode: 'XX_PROPERTY', timeLimits: { complaintReturnVisitHours: 24, demandReturnVisitHours: 72, accountabilityWorkingDays: 10, maxDeadlineExtensions: 2, exemptionPurchaseThreshold: '50.001' } },
      'timeLimits.exemptionPurchaseThreshold',
    ],
  ])('refuses %s', async (_what, patch, field) => {
    const before = await versionCount();
    const res = await app.gql(PUBLISH, { input: { orgUnitId: await unitId('HY-SC'), ...patch } }, await app.tokenFor('south.admin'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await versionCount()).toBe(before);
  });

  it('an XX_PROPERTY scheme on the South region grades its projects; the East region keeps CG', async () => {
    const res = await app.gql(
      PUBLISH,
      { input: { orgUnitId: await unitId('HY-SC'), presetCode: 'XX_PROPERTY', effectiveFrom: new Date().toISOString() } },
      await app.tokenFor('south.admin'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishGradeScheme.gradeScheme).toMatchObject({
      version: 1,
      name: 'XX物业 一般/重大投诉',
      presetCode: 'XX_PROPERTY',
      orgUnit: { code: 'HY-SC' },
      defaultGradeCode: 'GENERAL',
      timeLimits: { complaintReturnVisitHours: 24, exemptionPurchaseThreshold: '5000.00' },
      publishedBy: { login: 'south.admin' },
    });

    const major = await preview('ysf.agent', 'HY-GZ-YSF', { compensationAmount: '2000.00' });
    expect(major.data!.previewGrade).toMatchObject({
      grade: { code: 'MAJOR', label: '重大投诉' },
      explanation: ['重大投诉：涉及金额 2,000.00 元 ≥ 2,000.00 元'],
      schemeVersion: 1,
      scheme: { presetCode: 'XX_PROPERTY', orgUnit: null },
      policy: { escalationTarget: 'PROJECT_MGMT_CENTER', requiresAccountability: true },
    });
    const general = await preview('ysf.agent', 'HY-GZ-YSF', { compensationAmount: '1999.99' });
    expect(general.data!.previewGrade.grade).toEqual({ code: 'GENERAL', label: '一般投诉', rank: 0 });

    const east = await preview('xxl.head', 'HY-HZ-XXL', { compensationAmount: '2000.00' });
    expect(east.data!.previewGrade).toMatchObject({ grade: { code: 'GENERAL', label: '一般事件' }, scheme: { presetCode: 'CG_KEY_EVENTS' } });
  });

  it('a custom scheme from the preset JSON becomes version 2; lists show it first; money thresholds are normalized', async () => {
    const token = await app.tokenFor('south.admin');
    const presets = (await app.gql(`{ gradeSchemePresets { code scheme } }`, {}, token)).data!.gradeSchemePresets;
    const scheme = presets.find((p: any) => p.code === 'XX_PROPERTY').scheme;
    const grades = scheme.grades;
    grades[0].rules.find((r: any) => r.id === 'MAJOR_AMOUNT').conditions[0].value = '5000';
    const timeLimits = { complaintReturnVisitHours: 12, demandReturnVisitHours: 48, accountabilityWorkingDays: 5, maxDeadlineExtensions: 1, exemptionPurchaseThreshold: '8000' };
    const res = await app.gql(
      PUBLISH,
      { input: { orgUnitId: await unitId('HY-SC'), presetCode: 'XX_PROPERTY', name: '华南物业分级（5000 元）', grades, defaultGradeCode: 'GENERAL', gradedKinds: ['COMPLAINT'], timeLimits } },
      token,
    );
    expect(res.errors).toBeUndefined();
    const published = res.data!.publishGradeScheme.gradeScheme;
    expect(published).toMatchObject({ version: 2, name: '华南物业分级（5000 元）', timeLimits: { complaintReturnVisitHours: 12, exemptionPurchaseThreshold: '8000.00' } });
    const amountRule = published.grades[0].rules.find((r: any) => r.id === 'MAJOR_AMOUNT');
    expect(amountRule.conditions).toEqual([{ fact: 'compensationAmount', op: 'GTE', value: '5000.00' }]);

    expect((await preview('ysf.agent', 'HY-GZ-YSF', { compensationAmount: '4999.99' })).data!.previewGrade).toMatchObject({ grade: { code: 'GENERAL' }, schemeVersion: 2 });
    expect((await preview('ysf.agent', 'HY-GZ-YSF', { compensationAmount: '5000' })).data!.previewGrade.grade.code).toBe('MAJOR');

    const listed = await app.gql(SCHEMES, { id: await unitId('HY-GZ-YSF') }, token);
    expect(listed.data!.gradeSchemes.map((v: any) => [v.orgUnit?.code ?? null, v.version])).toEqual([
      ['HY-SC', 2],
      ['HY-SC', 1],
      [null, 1],
    ]);
  });

  it('a future version applies from its effective date only', async () => {
    const token = await app.tokenFor('south.admin');
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const res = await app.gql(
      PUBLISH,
      { input: { orgUnitId: await unitId('HY-SC-GZ'), presetCode: 'RE_ESTATE', effectiveFrom: tomorrow.toISOString() } },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishGradeScheme.gradeScheme).toMatchObject({ version: 1, orgUnit: { code: 'HY-SC-GZ' } });
    const now = await preview('ysf.agent', 'HY-GZ-YSF', { householdCount: 5 });
    expect(now.data!.previewGrade).toMatchObject({ grade: { code: 'GENERAL' }, scheme: { presetCode: 'XX_PROPERTY', version: 2 } });
    const later = await preview('ysf.agent', 'HY-GZ-YSF', { householdCount: 5, at: new Date(tomorrow.getTime() + 60_000).toISOString() });
    expect(later.data!.previewGrade).toMatchObject({ grade: { code: 'MAJOR' }, scheme: { presetCode: 'RE_ESTATE', version: 1 } });
    expect(later.data!.previewGrade.explanation).toEqual(['重大投诉：涉及户数 5 ≥ 5']);
  });
});
