import { randomUUID } from 'node:crypto';
import { DEFAULT_TIME_LIMITS, gradeSchemePreset } from '@kesu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Complaint } from '../complaint/complaint.entity.js';
import { toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { runOverdueClock } from '../sla/overdue-clock.service.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { monthsBefore } from './grade-scheme-impact.service.js';
import { GradeSchemeVersion } from './grade-scheme-version.entity.js';

/**
 * `gradeSchemeImpact` over HTTP. The group runs the CG preset (A类二级 from 60 households); 华东区域 has its own
 * XX_PROPERTY version (overdue → 重大投诉), so its records are graded by that one. A handful of records with known
 * facts are taken in through the real intake, one is overridden by hand and one is marked overdue by the clock.
 */

let app: TestApp;
const numbers: Record<string, string> = {};

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000).toISOString();

async function intake(name: string, login: string, project: string, days: number, facts: Record<string, unknown>) {
  const res = await app.gql(
    `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id number version grade { code } } } }`,
    {
      input: {
        kind: 'COMPLAINT',
        projectId: await unitId(project),
        channel: 'PHONE',
        categoryCode: 'DEV_ENGINEERING',
        title: `测试记录 ${name}`,
        description: '业主反映外墙渗水。',
        receivedAt: daysAgo(days),
        customers: [{ name: '王先生', phone: '13912345678', room: '3-1201' }],
        ...facts,
      },
    },
    await app.tokenFor(login),
  );
  if (res.errors) throw new Error(`intake ${name}: ${JSON.stringify(res.errors)}`);
  const complaint = res.data!.createComplaint.complaint;
  numbers[name] = complaint.number;
  return complaint as { id: string; number: string; version: number; grade: { code: string } };
}

beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  const east = await em.findOneOrFail(OrgUnit, { code: 'HY-EC' });
  em.create(GradeSchemeVersion, {
    orgUnit: east,
    groupId: east.groupId,
    version: 1,
    effectiveFrom: new Date('2001-01-01T00:00:00Z'),
    presetCode: 'XX_PROPERTY',
    scheme: gradeSchemePreset('XX_PROPERTY'),
    timeLimits: DEFAULT_TIME_LIMITS,
  });
  await em.flush();

  // 华南 (CG): the newest first.
  await intake('s55', 'south.cr.exec', 'HY-GZ-YSF', 1, { householdCount: 55 });
  await intake('s50', 'south.cr.exec', 'HY-GZ-ZJW', 2, { householdCount: 50 });
  await intake('s49', 'south.cr.exec', 'HY-GZ-YSF', 3, { householdCount: 49 });
  await intake('s70', 'south.cr.exec', 'HY-FS-CY', 4, { householdCount: 70 });
  await intake('s120', 'south.cr.exec', 'HY-GZ-YSF', 5, { householdCount: 120 });
  const s58 = await intake('s58', 'south.cr.exec', 'HY-GZ-YSF', 6, { householdCount: 58 });
  await intake('demand55', 'south.cr.exec', 'HY-GZ-YSF', 7, { kind: 'DEMAND', categoryCode: 'DM_CONSULTING', householdCount: 55 });
  await intake('sOld52', 'south.cr.exec', 'HY-GZ-YSF', 150, { householdCount: 52 });
  // 华东 (its own XX version).
  await intake('e55', 'east.cr.exec', 'HY-HZ-XXL', 1, { householdCount: 55 });
  const late = await intake('eLate', 'east.cr.exec', 'HY-HZ-XXL', 30, { householdCount: 1 });
  expect(late.grade.code).toBe('GENERAL');

  const override = await app.gql(
    `mutation($input: OverrideComplaintGradeInput!) { overrideComplaintGrade(input: $input) { complaint { grade { code } gradeOverridden } } }`,
    { input: { id: s58.id, version: s58.version, gradeCode: 'A1', reason: '媒体已介入' } },
    await app.tokenFor('south.cr.exec'),
  );
  expect(override.errors).toBeUndefined();
  expect(override.data!.overrideComplaintGrade.complaint).toEqual({ grade: { code: 'A1' }, gradeOverridden: true });

  // The clock marks eLate overdue, raises it to 重大投诉 (XX) and escalates it, which clears the overdue flag again.
  await runOverdueClock(app.orm);
  const lateRow = await app.orm.em.fork().findOneOrFail(Complaint, { number: late.number });
  expect(lateRow.gradeCode).toBe('MAJOR');
  // Only its MARKED_OVERDUE event still tells that it was overdue: the impact must read that, not the flag.
  expect(lateRow.overdue).toBe(false);
});
afterAll(() => app?.close());

const IMPACT = `query($input: GradeSchemeImpactInput!) {
  gradeSchemeImpact(input: $input) {
    from to complaintCount changedCount overriddenCount otherSchemeCount
    changes { fromGrade { code label rank } toGrade { code label rank } count }
    examples { complaint { id number title project { code } } fromGrade { code label } toGrade { code label } gradeOverridden }
  }
}`;

/** The CG preset with A类二级 starting at `households` instead of 60. */
function cgWithA2From(households: number) {
  const grades = structuredClone(gradeSchemePreset('CG_KEY_EVENTS').grades) as any[];
  grades.find((g) => g.code === 'A2').rules.find((r: any) => r.id === 'A2_HOUSEHOLDS').conditions[0].value = households;
  return { presetCode: 'CG_KEY_EVENTS', grades, defaultGradeCode: 'GENERAL' };
}

async function impact(login: string, unit: string, draft: Record<string, unknown>) {
  return app.gql(IMPACT, { input: { orgUnitId: await unitId(unit), ...draft } }, await app.tokenFor(login));
}

describe('gradeSchemeImpact', () => {
  it('a lower A类二级 threshold: the records with 50–59 households change, over the last 3 months by default', async () => {
    const res = await impact('south.admin', 'HY-SC', cgWithA2From(50));
    expect(res.errors).toBeUndefined();
    const result = res.data!.gradeSchemeImpact;
    expect(result).toMatchObject({ complaintCount: 7, changedCount: 3, overriddenCount: 1, otherSchemeCount: 0 });
    expect(result.changes).toEqual([
      { fromGrade: { code: 'GENERAL', label: '一般事件', rank: 0 }, toGrade: { code: 'A2', label: 'A类二级', rank: 10 }, count: 3 },
    ]);
    // Newest first; the overridden one is compared by its automatic grade and flagged.
    expect(result.examples.map((e: any) => [e.complaint.number, e.fromGrade.code, e.toGrade.code, e.gradeOverridden])).toEqual([
      [numbers.s55, 'GENERAL', 'A2', false],
      [numbers.s50, 'GENERAL', 'A2', false],
      [numbers.s58, 'GENERAL', 'A2', true],
    ]);
    expect(result.examples[0].complaint).toMatchObject({ title: '测试记录 s55', project: { code: 'HY-GZ-YSF' } });
    expect(result.examples[0].complaint.id).toMatch(/\S/);
    const from = new Date(result.from);
    const to = new Date(result.to);
    expect(Math.abs(to.getTime() - Date.now())).toBeLessThan(60_000);
    expect(from.toISOString()).toBe(monthsBefore(to, 3).toISOString());
  });

  it('months widens the window (the 150-day-old record joins at 6 months)', async () => {
    const res = await impact('south.admin', 'HY-SC', { ...cgWithA2From(50), months: 6 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.gradeSchemeImpact).toMatchObject({ complaintCount: 8, changedCount: 4 });
    const one = await impact('south.admin', 'HY-SC-FS', { ...cgWithA2From(50), months: 1 });
    expect(one.data!.gradeSchemeImpact).toMatchObject({ complaintCount: 1, changedCount: 0, changes: [], examples: [] });
  });

  it('an unchanged draft changes nothing: the preset as is, or its grades as JSON', async () => {
    for (const draft of [{ presetCode: 'CG_KEY_EVENTS' }, cgWithA2From(60)]) {
      const res = await impact('south.admin', 'HY-SC', draft);
      expect(res.errors).toBeUndefined();
      expect(res.data!.gradeSchemeImpact).toMatchObject({ complaintCount: 7, changedCount: 0, overriddenCount: 0, changes: [], examples: [] });
    }
  });

  it('raising the threshold moves records down: 60–69 households become 一般事件', async () => {
    const res = await impact('south.admin', 'HY-SC', cgWithA2From(71));
    expect(res.data!.gradeSchemeImpact).toMatchObject({
      changedCount: 1,
      changes: [{ fromGrade: { code: 'A2' }, toGrade: { code: 'GENERAL' }, count: 1 }],
      examples: [{ complaint: { number: numbers.s70 } }],
    });
  });

  it('at the group, records graded by a lower unit’s own scheme are counted apart: the draft would not apply to them', async () => {
    const res = await impact('admin', 'HY', cgWithA2From(50));
    expect(res.errors).toBeUndefined();
    expect(res.data!.gradeSchemeImpact).toMatchObject({ complaintCount: 7, changedCount: 3, otherSchemeCount: 2 });
  });

  it('a region with its own scheme: a record the clock raised for being overdue is compared with that raise', async () => {
    const xx = structuredClone(gradeSchemePreset('XX_PROPERTY').grades) as any[];
    xx[0].rules = xx[0].rules.filter((r: any) => r.id !== 'MAJOR_OVERDUE');
    const withoutOverdue = await impact('admin', 'HY-EC', { presetCode: 'XX_PROPERTY', grades: xx, defaultGradeCode: 'GENERAL' });
    expect(withoutOverdue.errors).toBeUndefined();
    expect(withoutOverdue.data!.gradeSchemeImpact).toMatchObject({
      complaintCount: 2,
      changedCount: 1,
      otherSchemeCount: 0,
      changes: [{ fromGrade: { code: 'MAJOR', label: '重大投诉' }, toGrade: { code: 'GENERAL', label: '一般投诉' }, count: 1 }],
      examples: [{ complaint: { number: numbers.eLate } }],
    });

    // RE: 5 households or more is 重大; overdue is not a fact it reads. Both records change, the larger move first.
    const re = await impact('admin', 'HY-EC', { presetCode: 'RE_ESTATE' });
    expect(re.data!.gradeSchemeImpact.changes).toEqual([
      { fromGrade: { code: 'MAJOR', label: '重大投诉', rank: 10 }, toGrade: { code: 'GENERAL', label: '一般投诉', rank: 0 }, count: 1 },
      { fromGrade: { code: 'GENERAL', label: '一般投诉', rank: 0 }, toGrade: { code: 'MAJOR', label: '重大投诉', rank: 10 }, count: 1 },
    ]);
    expect(re.data!.gradeSchemeImpact.examples.map((e: any) => e.complaint.number)).toEqual([numbers.e55, numbers.eLate]);
  });

  it('outside the caller’s subtree, an unknown unit, or without the right to publish: FORBIDDEN, no figures', async () => {
    const cases: [string, string | null][] = [
      ['south.admin', 'HY-EC'],
      ['south.admin', 'HY'],
      ['south.admin', null],
      ['east.cr.exec', 'HY-EC'],
      ['ysf.head', 'HY-GZ-YSF'],
      ['group.cr', 'HY'],
    ];
    for (const [login, unit] of cases) {
      const orgUnitId = unit ? await unitId(unit) : toGlobalId('OrgUnit', randomUUID());
      const res = await app.gql(IMPACT, { input: { orgUnitId, presetCode: 'RE_ESTATE' } }, await app.tokenFor(login));
      expect(res.errors?.[0]?.extensions?.code, `${login} at ${unit}`).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const anonymous = await app.gql(IMPACT, { input: { orgUnitId: await unitId('HY-SC'), presetCode: 'RE_ESTATE' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['no grades and no preset', {}, 'grades'],
    ['grades that are not a list', { grades: { A2: {} }, defaultGradeCode: 'GENERAL' }, 'grades'],
    ['a negative threshold', (() => {
      const draft = cgWithA2From(50);
      draft.grades[1].rules[0].conditions[0].value = -5;
      return draft;
    })(), 'grades[1].rules[0].conditions[0].value'],
    ['a default grade not in the list', { presetCode: 'CG_KEY_EVENTS', defaultGradeCode: 'NOPE' }, 'defaultGradeCode'],
    ['0 months', { presetCode: 'CG_KEY_EVENTS', months: 0 }, 'months'],
    ['13 months', { presetCode: 'CG_KEY_EVENTS', months: 13 }, 'months'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, draft, field) => {
    const res = await impact('south.admin', 'HY-SC', draft);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.data).toBeNull();
  });

  it('costs the same statements for a project and for a whole region (no N+1), and writes nothing', async () => {
    const token = await app.tokenFor('admin');
    const versions = await app.orm.em.fork().count(GradeSchemeVersion, {});
    const run = (unit: string) => async () => {
      const res = await app.gql(IMPACT, { input: { orgUnitId: await unitId(unit), ...cgWithA2From(50), months: 6 } }, token);
      expect(res.errors).toBeUndefined();
      return res;
    };
    const project = await app.countStatements(run('HY-GZ-YSF'));
    const region = await app.countStatements(run('HY-SC'));
    expect(region).toBe(project);
    expect(await app.orm.em.fork().count(GradeSchemeVersion, {})).toBe(versions);
  });
});
