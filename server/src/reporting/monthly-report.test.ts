import { defineAbilityFor } from '@kesu/permissions';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Category } from '../category/category.entity.js';
import { ComplaintEvent } from '../complaint/complaint-event.entity.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { ReturnVisit } from '../complaint/return-visit.entity.js';
import type { Context } from '../graphql/context.js';
import { toGlobalId } from '../graphql/global-id.js';
import { createLoaders } from '../graphql/loaders.js';
import { GradeSchemeVersion } from '../grading/grade-scheme-version.entity.js';
import { loadViewer } from '../identity/identity.service.js';
import { User } from '../identity/user.entity.js';
import { GroupSettings } from '../org/group-settings.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { createLocalPubSub } from '../realtime/pubsub.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { complaintTrends } from './monthly-report.service.js';
import { CSV_HEADERS, REGISTER_SHEET, SUMMARY_LABELS, SUMMARY_SHEET } from './monthly-report.workbook.js';

/**
 * A fixed set of records around the report month 2025-10, whose period is 2025-09-25 00:00 to 2025-10-25 00:00
 * (Asia/Shanghai), inserted directly with chosen instants. The expected figures below are counted by hand from this
 * table; nothing in the test recomputes them with the code under test.
 *
 * |     | project | kind (final)      | category (final)     | received (Shanghai) | notes
 * | F1  | YSF     | COMPLAINT         | DEV_ENGINEERING      | 10-01 10:00  | responded +30 min, concluded 10-05 (due 10-09), visited on site 5, same customer as F4
 * | F2  | YSF     | COMPLAINT (A1)    | DEV_ENGINEERING      | 10-02 09:00  | group complaint, 120 households; responded +90 min; escalated once; overdue, open; due 10-10
 * | F3  | YSF     | DEMAND (was a complaint of DEV_ENGINEERING) | DM_CONSULTING | 10-03 | responded +10 min, concluded in time, phone visit 3
 * | F4  | YSF     | COMPLAINT         | PM_ORDER             | 10-24 23:59:59 (last second) | never responded, overdue, open, no first responsible person
 * | F5  | YSF     | COMPLAINT         | PM_ORDER             | 10-25 00:00:00 | next month's report
 * | F6  | YSF     | COMPLAINT INVALID | DEV_MARKETING        | 09-25 00:00:00 (first instant) | responded +20 min
 * | F7  | YSF     | COMPLAINT         | PM_ORDER             | 09-24 23:59:59 | previous month's report
 * | F8  | ZJW     | COMPLAINT         | DEV_PROPERTY_SERVICE | 10-10        | responded in time; exempt from the limit; concluded, not yet visited
 * | F9  | XXL     | WARNING           | DEV_ENGINEERING      | 10-12        | east region
 * | F10 | CY      | COMPLAINT         | DEV_CUSTOMER_SERVICE | 10-15        | responded at exactly +60 min; concluded 10-28 after due 10-22; visits: phone 2, then on site 4
 * | F11 | YSF-SC  | DEMAND            | DM_BASIC_SERVICE     | 10-05        | service centre of YSF; concluded in time; no visit required (sampled out)
 */

let app: TestApp;
let tokens: Record<string, string>;
const ids: Record<string, string> = {};
const unitIds: Record<string, string> = {};
const MONTH = '2025-10';

const sh = (local: string) => new Date(`${local}+08:00`);
const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

interface Fixture {
  key: string;
  project: string;
  kind: 'COMPLAINT' | 'DEMAND' | 'WARNING';
  status: Complaint['status'];
  category: string;
  received: string;
  respondedAfter?: number;
  concluded?: string;
  due?: string | null;
  returnVisited?: string;
  visits?: { method: 'PHONE' | 'ON_SITE'; score: number; at: string }[];
  households?: number;
  customers?: { name: string; phone: string | null; room: string | null }[];
  grade?: 'A1';
  overdue?: boolean;
  escalations?: number;
  exempt?: boolean;
  returnVisitRequired?: boolean;
  groupVisible?: boolean;
  firstResponsible?: string | null;
}

const WANG = { name: '王先生', phone: '13912345678', room: '3-1201' };
const FIXTURES: Fixture[] = [
  { key: 'F1', project: 'HY-GZ-YSF', kind: 'COMPLAINT', status: 'ARCHIVED', category: 'DEV_ENGINEERING', received: '2025-10-01T10:00:00', respondedAfter: 30, concluded: '2025-10-05T16:00:00', due: '2025-10-09T24:00:00', returnVisited: '2025-10-06T10:00:00', visits: [{ method: 'ON_SITE', score: 5, at: '2025-10-06T10:00:00' }], customers: [WANG] },
  { key: 'F2', project: 'HY-GZ-YSF', kind: 'COMPLAINT', status: 'ESCALATED', category: 'DEV_ENGINEERING', received: '2025-10-02T09:00:00', respondedAfter: 90, due: '2025-10-10T24:00:00', households: 120, grade: 'A1', overdue: true, escalations: 1, groupVisible: true, customers: [{ name: '李女士', phone: '13800138000', room: '5-0101' }, { name: '赵先生', phone: '13700137000', room: '5-0202' }] },
  { key: 'F3', project: 'HY-GZ-YSF', kind: 'DEMAND', status: 'RETURN_VISITED', category: 'DM_CONSULTING', received: '2025-10-03T11:00:00', respondedAfter: 10, concluded: '2025-10-04T10:00:00', due: '2025-10-10T24:00:00', returnVisited: '2025-10-05T10:00:00', visits: [{ method: 'PHONE', score: 3, at: '2025-10-05T10:00:00' }] },
  { key: 'F4', project: 'HY-GZ-YSF', kind: 'COMPLAINT', status: 'REGISTERED', category: 'PM_ORDER', received: '2025-10-24T23:59:59', due: '2025-10-31T24:00:00', overdue: true, firstResponsible: null, customers: [{ ...WANG }] },
  { key: 'F5', project: 'HY-GZ-YSF', kind: 'COMPLAINT', status: 'REGISTERED', category: 'PM_ORDER', received: '2025-10-25T00:00:00', due: '2025-11-03T24:00:00' },
  { key: 'F6', project: 'HY-GZ-YSF', kind: 'COMPLAINT', status: 'INVALID', category: 'DEV_MARKETING', received: '2025-09-25T00:00:00', respondedAfter: 20, due: '2025-10-10T24:00:00' },
  { key: 'F7', project: 'HY-GZ-YSF', kind: 'COMPLAINT', status: 'REGISTERED', category: 'PM_ORDER', received: '2025-09-24T23:59:59', due: '2025-09-30T24:00:00' },
  { key: 'F8', project: 'HY-GZ-ZJW', kind: 'COMPLAINT', status: 'CONCLUDED', category: 'DEV_PROPERTY_SERVICE', received: '2025-10-10T09:00:00', respondedAfter: 15, concluded: '2025-10-20T10:00:00', exempt: true, due: null },
  { key: 'F9', project: 'HY-HZ-XXL', kind: 'WARNING', status: 'WARNING', category: 'DEV_ENGINEERING', received: '2025-10-12T09:00:00', due: null, returnVisitRequired: false },
  { key: 'F10', project: 'HY-FS-CY', kind: 'COMPLAINT', status: 'ARCHIVED', category: 'DEV_CUSTOMER_SERVICE', received: '2025-10-15T09:00:00', respondedAfter: 60, concluded: '2025-10-28T10:00:00', due: '2025-10-22T24:00:00', returnVisited: '2025-10-29T10:00:00', visits: [{ method: 'PHONE', score: 2, at: '2025-10-20T10:00:00' }, { method: 'ON_SITE', score: 4, at: '2025-10-29T10:00:00' }], customers: [{ name: '孙女士', phone: '13511112222', room: '1-0301' }] },
  { key: 'F11', project: 'HY-GZ-YSF-SC', kind: 'DEMAND', status: 'CONCLUDED', category: 'DM_BASIC_SERVICE', received: '2025-10-05T09:00:00', respondedAfter: 5, concluded: '2025-10-06T09:00:00', due: '2025-10-12T24:00:00', returnVisitRequired: false },
];

async function insertFixtures() {
  const em = app.orm.em.fork();
  const units = new Map((await em.find(OrgUnit, {})).map((unit) => [unit.code, unit]));
  const group = units.get('HY')!;
  const categories = new Map((await em.find(Category, { groupId: group.groupId })).map((c) => [c.code, c]));
  const scheme = await em.findOneOrFail(GradeSchemeVersion, { orgUnit: group });
  const users = new Map((await em.find(User, {})).map((u) => [u.login, u]));
  let serial = 0;
  for (const f of FIXTURES) {
    const receivedAt = sh(f.received);
    const project = units.get(f.project)!;
    const complaint = em.create(Complaint, {
      groupId: group.groupId,
      number: `${f.kind === 'DEMAND' ? 'XQ' : f.kind === 'WARNING' ? 'YJ' : 'TS'}-2510-${String(++serial).padStart(4, '0')}`,
      kind: f.kind,
      status: f.status,
      channel: 'PHONE',
      title: `${f.key} 事项`,
      description: `${f.key} 的描述`,
      receivedAt,
      category: categories.get(f.category)!,
      project,
      owningUnit: f.grade === 'A1' ? group : project,
      customers: f.customers ?? [{ name: `${f.key}业主`, phone: '13600000000', room: '1-0101' }],
      householdCount: f.households ?? 1,
      compensationFen: 0,
      flags: [],
      gradeScheme: scheme,
      gradeCode: f.grade ?? 'GENERAL',
      gradeLabel: f.grade === 'A1' ? 'A类一级' : '一般事件',
      gradeRank: f.grade === 'A1' ? 20 : 0,
      gradeExplanation: [],
      resolutionBasis: f.exempt ? 'EXEMPT' : 'NORMAL',
      nextDueAt: receivedAt,
      respondedAt: f.respondedAfter === undefined ? null : minutesAfter(receivedAt, f.respondedAfter),
      concludedAt: f.concluded ? sh(f.concluded) : null,
      returnVisitedAt: f.returnVisited ? sh(f.returnVisited) : null,
      resolutionDueAt: f.due ? sh(f.due) : null,
      exemption: f.exempt ? { reason: 'LONG_ENGINEERING_WORK', note: '外墙整体维修，工期较长', purchaseAmount: null } : null,
      overdue: f.overdue ?? false,
      escalationCount: f.escalations ?? 0,
      returnVisitRequired: f.returnVisitRequired ?? true,
      groupVisible: f.groupVisible ?? false,
      firstResponsible: f.firstResponsible === null ? null : users.get('ysf.head')!,
      handler: users.get('ysf.head')!,
      createdBy: users.get('ysf.agent')!,
    });
    for (const visit of f.visits ?? []) {
      em.create(ReturnVisit, { complaint, method: visit.method, score: visit.score, visitor: users.get('ysf.agent')!, visitedAt: sh(visit.at) });
    }
    ids[f.key] = complaint.id;
  }
  // F2's file: the plan at the start of handling, then the escalation (its latest progress).
  const f2 = em.getReference(Complaint, ids.F2!);
  em.create(ComplaintEvent, { complaint: f2, type: 'HANDLING_STARTED', reason: '工程部制定整改方案并公示', occurredAt: sh('2025-10-02T11:00:00') });
  em.create(ComplaintEvent, { complaint: f2, type: 'COMPLAINT_ESCALATED', reason: '业主对方案分歧较大', occurredAt: sh('2025-10-08T15:00:00') });
  // F3 was registered as an engineering complaint and reclassified as a consulting demand: its final cause counts.
  em.create(ComplaintEvent, { complaint: em.getReference(Complaint, ids.F3!), type: 'KIND_RECLASSIFIED', reason: '经核实属咨询', occurredAt: sh('2025-10-03T12:00:00'), data: { fromKind: 'COMPLAINT', toKind: 'DEMAND', fromCategory: 'DEV_ENGINEERING' } });
  await em.flush();
  // Accountability (issue 5's tables): F1's determination recorded on 10-10 and enforced (a 500 yuan fine and a notice
  // of criticism); F10's recorded on 10-30, in November's report (200 yuan).
  const recorder = users.get('south.cr.exec')!.id;
  const accountability = async (key: string, recordedAt: string, status: string, fines: number[]) => {
    const [row] = await em.getConnection().execute<{ id: string }[]>(
      `insert into accountability (id, complaint_id, group_id, project_id, conclusion, status, recorded_by_id, recorded_at)
       select gen_random_uuid(), c.id, c.group_id, c.project_id, '工程部监管不到位', ?, ?, ? from complaint c where c.id = ? returning id`,
      [status, recorder, sh(recordedAt), ids[key]],
    );
    for (const [position, fineFen] of fines.entries()) {
      await em.getConnection().execute(
        `insert into accountability_party (id, accountability_id, position, kind, name, share_percent, penalty, fine_fen)
         values (gen_random_uuid(), ?, ?, 'DEPARTMENT', '工程部', ?, ?, ?)`,
        [row!.id, position, Math.floor(100 / fines.length), fineFen > 0 ? 'FINE' : 'NOTICE_OF_CRITICISM', fineFen],
      );
    }
  };
  await accountability('F1', '2025-10-10T15:00:00', 'ENFORCED', [50_000, 0]);
  await accountability('F10', '2025-10-30T15:00:00', 'RECORDED', [20_000]);
  for (const [code, unit] of units) unitIds[code] = toGlobalId('OrgUnit', unit.id);
}

beforeAll(async () => {
  app = await startTestApp();
  await insertFixtures();
  tokens = {};
  for (const login of ['admin', 'ysf.head', 'xxl.head', 'group.cr', 'reader', 'south.president', 'south.cr.exec']) tokens[login] = await app.tokenFor(login);
});
afterAll(() => app?.close());

const FIGURES = `received validComplaints invalidComplaints demands warnings groupComplaints households
  timeliness { responseMeasured respondedWithinHour respondedWithinHourRate resolutionMeasured resolvedWithinLimit resolvedWithinLimitRate exempt overdueOpen escalated escalationSteps }
  returnVisits { due done rate visits onSite onSiteShare averageScore scoreDistribution { score label count } }`;

const REPORT = `query($orgUnitId: ID!, $month: String!) {
  monthlyReport(orgUnitId: $orgUnitId, month: $month) {
    month orgUnit { code } period { month firstDate lastDate start end closingDay } generatedAt
    totals { ${FIGURES} }
    byCategory { category { code label kind } figures { ${FIGURES} } }
    byGrade { grade { code label rank } figures { received validComplaints } }
    byOrgUnit { orgUnit { code level } figures { received validComplaints demands warnings invalidComplaints } }
    topProjects { rank project { code } complaints households perThousandHouseholds figures { received } }
    rankingBasis rankingBasisLabel
    accountability { available records enforced finesTotal }
  }
}`;

async function report(login: string, unit: string, month = MONTH) {
  return app.gql(REPORT, { orgUnitId: unitIds[unit], month }, tokens[login]);
}

describe('monthlyReport over the fixed fixture set (group, admin)', () => {
  let r: any;
  beforeAll(async () => {
    const res = await report('admin', 'HY');
    expect(res.errors).toBeUndefined();
    r = res.data!.monthlyReport;
  });

  it('covers the 25th 00:00 to the 24th 24:00, Asia/Shanghai', () => {
    expect(r.period).toEqual({
      month: '2025-10',
      firstDate: '2025-09-25',
      lastDate: '2025-10-24',
      start: '2025-09-24T16:00:00.000Z',
      end: '2025-10-24T16:00:00.000Z',
      closingDay: 24,
    });
  });

  it('counts by kind and validity: the boundaries, a group complaint once, the same customer twice', () => {
    // In: F1 F2 F3 F4 (24th 23:59:59) F6 (25th 00:00) F8 F9 F10 F11. Out: F5 (25th 00:00 of this month), F7 (24th 23:59:59 before).
    expect(r.totals).toMatchObject({
      received: 9,
      validComplaints: 5, // F1 F2 F4 F8 F10 — F1 and F4 are the same customer's two complaints
      invalidComplaints: 1, // F6
      demands: 2, // F3 F11
      warnings: 1, // F9
      groupComplaints: 1, // F2, one complaint although 120 households
      households: 127, // 120 (F2) + 7 single households (F1 F3 F4 F8 F9 F10 F11); F6 is invalid
    });
  });

  it('measures timeliness by the stated rules', () => {
    expect(r.totals.timeliness).toEqual({
      responseMeasured: 7, // valid complaints and demands: F1 F2 F3 F4 F8 F10 F11
      respondedWithinHour: 5, // F1 (30 min) F3 (10) F8 (15) F10 (exactly 60) F11 (5); F2 took 90, F4 none
      respondedWithinHourRate: 5 / 7,
      resolutionMeasured: 6, // concluded or past due, not exempt: F1 F2 F3 F4 F10 F11 (F8 exempt)
      resolvedWithinLimit: 3, // F1 F3 F11; F10 concluded late, F2 and F4 still open past due
      resolvedWithinLimitRate: 3 / 6,
      exempt: 1, // F8
      overdueOpen: 2, // F2 F4
      escalated: 1, // F2
      escalationSteps: 1,
    });
  });

  it('counts return visits, on-site share and scores', () => {
    expect(r.totals.returnVisits).toEqual({
      due: 4, // concluded and required: F1 F3 F8 F10 (F11 sampled out)
      done: 3, // F1 F3 F10
      rate: 3 / 4,
      visits: 4, // F1 1, F3 1, F10 2
      onSite: 2, // F1, F10's second
      onSiteShare: 2 / 4,
      averageScore: (5 + 3 + 2 + 4) / 4,
      scoreDistribution: [
        { score: 5, label: '非常满意', count: 1 },
        { score: 4, label: '满意', count: 1 },
        { score: 3, label: '一般', count: 1 },
        { score: 2, label: '不满意', count: 1 },
        { score: 1, label: '非常不满意', count: 0 },
      ],
    });
  });

  it('classifies by the final category: the reclassified F3 counts as a consulting demand, not as engineering', () => {
    const byCode = Object.fromEntries(r.byCategory.map((row: any) => [row.category.code, row]));
    expect(Object.keys(byCode).sort()).toEqual(['DEV_CUSTOMER_SERVICE', 'DEV_ENGINEERING', 'DEV_MARKETING', 'DEV_PROPERTY_SERVICE', 'DM_BASIC_SERVICE', 'DM_CONSULTING', 'PM_ORDER']);
    expect(byCode.DEV_ENGINEERING.figures).toMatchObject({ received: 3, validComplaints: 2, warnings: 1, demands: 0 }); // F1 F2 F9
    expect(byCode.DM_CONSULTING).toMatchObject({ category: { label: '咨询服务', kind: 'DEMAND' }, figures: { received: 1, demands: 1, validComplaints: 0 } });
    expect(byCode.DEV_MARKETING.figures).toMatchObject({ received: 1, invalidComplaints: 1, validComplaints: 0 });
    expect(byCode.PM_ORDER.figures.received).toBe(1); // F4 only: F5 and F7 are outside the period
    expect(r.byCategory.reduce((sum: number, row: any) => sum + row.figures.received, 0)).toBe(9);
  });

  it('breaks down by grade, by child unit and ranks projects (by count: no household counts configured)', () => {
    expect(r.byGrade).toEqual([
      { grade: { code: 'A1', label: 'A类一级', rank: 20 }, figures: { received: 1, validComplaints: 1 } },
      { grade: { code: 'GENERAL', label: '一般事件', rank: 0 }, figures: { received: 8, validComplaints: 4 } },
    ]);
    expect(r.byOrgUnit).toEqual([
      { orgUnit: { code: 'HY-SC', level: 'REGION' }, figures: { received: 8, validComplaints: 5, demands: 2, warnings: 0, invalidComplaints: 1 } },
      { orgUnit: { code: 'HY-EC', level: 'REGION' }, figures: { received: 1, validComplaints: 0, demands: 0, warnings: 1, invalidComplaints: 0 } },
    ]);
    // YSF with its service centre (F11); ZJW and CY tie on one complaint and one household: by code.
    expect(r.topProjects).toEqual([
      { rank: 1, project: { code: 'HY-GZ-YSF' }, complaints: 3, households: 124, perThousandHouseholds: null, figures: { received: 6 } },
      { rank: 2, project: { code: 'HY-FS-CY' }, complaints: 1, households: 1, perThousandHouseholds: null, figures: { received: 1 } },
      { rank: 3, project: { code: 'HY-GZ-ZJW' }, complaints: 1, households: 1, perThousandHouseholds: null, figures: { received: 1 } },
    ]);
    expect(r.rankingBasis).toBe('COMPLAINT_COUNT');
    expect(r.rankingBasisLabel).toContain('未配置总户数');
  });

  it('withholds accountability figures from a role that may not read accountability (the group admin)', () => {
    expect(r.accountability).toEqual({ available: false, records: 0, enforced: 0, finesTotal: '0.00' });
  });

  it('puts the records of the 25th into the next month and of the 24th into this one', async () => {
    const next = (await report('admin', 'HY', '2025-11')).data!.monthlyReport;
    const previous = (await report('admin', 'HY', '2025-09')).data!.monthlyReport;
    expect(next.totals.received).toBe(1); // F5
    expect(previous.totals.received).toBe(1); // F7
  });

  it('computes in a fixed, small number of SQL statements', async () => {
    const statements = await app.countStatements(() => report('admin', 'HY'));
    // Unit, settings, the grouped figures, categories and units of the breakdowns, plus the viewer: never one per row.
    expect(statements).toBeLessThanOrEqual(10);
  });
});

describe('scoping', () => {
  it("a project head's report covers only her project (and its service centre)", async () => {
    const res = await report('ysf.head', 'HY-GZ-YSF');
    expect(res.errors).toBeUndefined();
    const r = res.data!.monthlyReport;
    // F1 F2 F3 F4 F6 F11: not F8 (ZJW), F9 (XXL), F10 (CY).
    expect(r.totals).toMatchObject({ received: 6, validComplaints: 3, invalidComplaints: 1, demands: 2, warnings: 0, households: 124 });
    expect(r.byOrgUnit.map((row: any) => [row.orgUnit.code, row.figures.received])).toEqual([['HY-GZ-YSF', 5], ['HY-GZ-YSF-SC', 1]]);
  });

  it('refuses a unit above or beside the caller with FORBIDDEN, and an unknown unit alike', async () => {
    for (const [login, unit] of [['ysf.head', 'HY'], ['ysf.head', 'HY-SC-GZ'], ['xxl.head', 'HY-GZ-YSF']] as const) {
      const res = await app.gql(REPORT, { orgUnitId: unitIds[unit], month: MONTH }, tokens[login]);
      expect(res.errors?.[0]?.extensions?.code, `${login} → ${unit}`).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/无权/);
    }
    const unknown = await app.gql(REPORT, { orgUnitId: toGlobalId('OrgUnit', '00000000-0000-4000-8000-000000000000'), month: MONTH }, tokens.admin);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a role without report rules before running anything', async () => {
    const res = await report('reader', 'HY');
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("follows the caller's complaint rules: group CR counts only what is reported to the group", async () => {
    const r = (await report('group.cr', 'HY')).data!.monthlyReport;
    expect(r.totals).toMatchObject({ received: 1, validComplaints: 1, groupComplaints: 1, households: 120 }); // F2
  });

  it('answers BAD_USER_INPUT naming the field for a month that is not YYYY-MM', async () => {
    for (const month of ['2025-13', '202510', '2025-1', 'abc']) {
      const res = await report('admin', 'HY', month);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
      expect(res.errors?.[0]?.message).toContain('YYYY-MM');
    }
  });
});

describe('accountability figures', () => {
  it('count determinations recorded in the period and their fines, within the complaint and accountability rules', async () => {
    const october = (await report('south.cr.exec', 'HY-SC')).data!.monthlyReport.accountability;
    expect(october).toEqual({ available: true, records: 1, enforced: 1, finesTotal: '500.00' }); // F1
    const november = (await report('south.cr.exec', 'HY-SC', '2025-11')).data!.monthlyReport.accountability;
    expect(november).toEqual({ available: true, records: 1, enforced: 0, finesTotal: '200.00' }); // F10, recorded 10-30
    // Group CR may read accountability but only the complaints reported to the group: F1 is not one of them.
    const groupCr = (await report('group.cr', 'HY')).data!.monthlyReport.accountability;
    expect(groupCr).toEqual({ available: true, records: 0, enforced: 0, finesTotal: '0.00' });
    // A project head reads her complaints, not who was penalized for them.
    const head = (await report('ysf.head', 'HY-GZ-YSF')).data!.monthlyReport.accountability;
    expect(head.available).toBe(false);
  });
});

describe('period setting', () => {
  it("follows the group's closing day", async () => {
    const em = app.orm.em.fork();
    const group = await em.findOneOrFail(OrgUnit, { code: 'HY' });
    const settings = await em.findOneOrFail(GroupSettings, { groupId: group.groupId });
    settings.reportClosingDay = 20;
    await em.flush();
    try {
      const r = (await report('admin', 'HY')).data!.monthlyReport;
      expect(r.period).toMatchObject({ firstDate: '2025-09-21', lastDate: '2025-10-20', closingDay: 20 });
      // 09-21 … 10-20: F1 F2 F3 F6 F7 F8 F9 F10 F11; not F4 (10-24) nor F5 (10-25).
      expect(r.totals.received).toBe(9);
      expect(r.totals.validComplaints).toBe(5); // F1 F2 F7 F8 F10
    } finally {
      settings.reportClosingDay = 24;
      await em.flush();
    }
  });
});

/** A context for a demo login, to call the services with a fixed "now". */
async function contextFor(login: string): Promise<Context> {
  const em = app.orm.em.fork();
  const user = await em.findOneOrFail(User, { login });
  const viewer = (await loadViewer(em, user.id))!;
  const ability = defineAbilityFor({ userId: user.id, grants: viewer.grants });
  return { em, viewer, ability, authError: null, loaders: createLoaders(em, ability), tokens: app.tokens, pubSub: createLocalPubSub() };
}

describe('complaintTrends', () => {
  it('gives the same figures per month as the monthly report, oldest first, ending with the current month', async () => {
    const trends = await complaintTrends(await contextFor('admin'), unitIds.HY!, 4, sh('2025-11-30T12:00:00'));
    expect(trends.points.map((p) => p.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12']);
    expect(trends.points.map((p) => p.figures.received)).toEqual([1, 9, 1, 0]);
    const october = trends.points[1]!.figures;
    expect(october).toMatchObject({ validComplaints: 5, invalidComplaints: 1, demands: 2, warnings: 1, households: 127 });
    expect(october.timeliness).toMatchObject({ respondedWithinHour: 5, resolvedWithinLimit: 3, overdueOpen: 2 });
    expect(october.returnVisits).toMatchObject({ due: 4, done: 3, visits: 4, onSite: 2 });
  });

  it('answers 12 months by default over GraphQL', async () => {
    const res = await app.gql(`query($id: ID!) { complaintTrends(orgUnitId: $id) { orgUnit { code } points { month period { firstDate } figures { received } } } }`, { id: unitIds.HY }, tokens.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.complaintTrends.points).toHaveLength(12);
    const bad = await app.gql(`query($id: ID!) { complaintTrends(orgUnitId: $id, months: 0) { points { month } } }`, { id: unitIds.HY }, tokens.admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
  });
});

describe('monthlyMeetingPack', () => {
  it('lists open key events with plan and progress, new warnings, and overdue items by first responsible person', async () => {
    const res = await app.gql(
      `query($id: ID!, $month: String!) { monthlyMeetingPack(orgUnitId: $id, month: $month) {
        month period { firstDate lastDate }
        keyOpenItems { totalCount items { complaint { number title grade { code } } plan progress { type label reason } } }
        newWarnings { totalCount items { complaint { title kind } } }
        overdueTotal overdueByResponsible { name responsible { name } count items { complaint { title } } }
      } }`,
      { id: unitIds.HY, month: MONTH },
      tokens.admin,
    );
    expect(res.errors).toBeUndefined();
    const pack = res.data!.monthlyMeetingPack;
    expect(pack.keyOpenItems).toEqual({
      totalCount: 1,
      items: [{ complaint: { number: expect.any(String), title: 'F2 事项', grade: { code: 'A1' } }, plan: '工程部制定整改方案并公示', progress: { type: 'COMPLAINT_ESCALATED', label: '升级处理', reason: '业主对方案分歧较大' } }],
    });
    expect(pack.newWarnings).toEqual({ totalCount: 1, items: [{ complaint: { title: 'F9 事项', kind: 'WARNING' } }] });
    expect(pack.overdueTotal).toBe(2);
    expect(pack.overdueByResponsible).toEqual(
      expect.arrayContaining([
        { name: '吴云山', responsible: { name: '吴云山' }, count: 1, items: [{ complaint: { title: 'F2 事项' } }] },
        { name: '未指定第一责任人', responsible: null, count: 1, items: [{ complaint: { title: 'F4 事项' } }] },
      ]),
    );
  });

  it('is scoped like the report', async () => {
    const res = await app.gql(`query($id: ID!) { monthlyMeetingPack(orgUnitId: $id, month: "2025-10") { overdueTotal } }`, { id: unitIds['HY-GZ-YSF'] }, tokens['xxl.head']);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

// ------------------------------------------------------------------------------------------------ export

async function download(path: string, token?: string) {
  return fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

const exportPath = (kind: 'monthly-report.xlsx' | 'monthly-register.csv', unit: string, month = MONTH) =>
  `/export/${kind}?orgUnitId=${encodeURIComponent(unitIds[unit]!)}&month=${month}`;

async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** The value next to a label in column A of the summary. */
function summaryValue(sheet: ExcelJS.Worksheet, label: string): unknown {
  let found: unknown = undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

/** Register lines (below the two header rows) as objects keyed by the sub-header under each header. */
function registerLines(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  // Row values are 1-based; a merged cell reads as its master's value.
  const top = (sheet.getRow(3).values as unknown[]).slice(1);
  const sub = (sheet.getRow(4).values as unknown[]).slice(1);
  const headers = top.map((header, i) => (sub[i] && sub[i] !== header ? `${String(header)}（${String(sub[i])}）` : String(header)));
  const lines: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number <= 4) return;
    const values = (row.values as unknown[]).slice(1);
    lines.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])));
  });
  return lines;
}

describe('GET /export/monthly-report.xlsx', () => {
  it('opens with Chinese sheets and headers and the same totals as the GraphQL report', async () => {
    const response = await download(exportPath('monthly-report.xlsx', 'HY'), tokens.admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toContain('客户投诉需求信息月报表-鸿远地产集团-2025-10.xlsx');
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([SUMMARY_SHEET, REGISTER_SHEET]);

    const graph = (await report('admin', 'HY')).data!.monthlyReport.totals;
    const summary = workbook.getWorksheet(SUMMARY_SHEET)!;
    expect(summary.getCell('A1').value).toBe('客户投诉/需求信息月报表');
    const expected: [string, number][] = [
      [SUMMARY_LABELS.received, graph.received],
      [SUMMARY_LABELS.validComplaints, graph.validComplaints],
      [SUMMARY_LABELS.invalidComplaints, graph.invalidComplaints],
      [SUMMARY_LABELS.demands, graph.demands],
      [SUMMARY_LABELS.warnings, graph.warnings],
      [SUMMARY_LABELS.groupComplaints, graph.groupComplaints],
      [SUMMARY_LABELS.households, graph.households],
      [SUMMARY_LABELS.respondedWithinHour, graph.timeliness.respondedWithinHour],
      [SUMMARY_LABELS.resolvedWithinLimit, graph.timeliness.resolvedWithinLimit],
      [SUMMARY_LABELS.overdueOpen, graph.timeliness.overdueOpen],
      [SUMMARY_LABELS.escalated, graph.timeliness.escalated],
      [SUMMARY_LABELS.visitsDue, graph.returnVisits.due],
      [SUMMARY_LABELS.visitsDone, graph.returnVisits.done],
      [SUMMARY_LABELS.onSite, graph.returnVisits.onSite],
      [SUMMARY_LABELS.averageScore, graph.returnVisits.averageScore],
    ];
    for (const [label, value] of expected) expect(summaryValue(summary, label), label).toBe(value);
    expect(summaryValue(summary, SUMMARY_LABELS.received)).toBe(9);

    const register = workbook.getWorksheet(REGISTER_SHEET)!;
    expect(register.getCell('A1').value).toBe('客户投诉/需求登记表');
    expect(register.getRow(3).values).toEqual(expect.arrayContaining(['序号', '客户姓名', '客户房号', '联系方式', '客户投诉、需求事项', '受理人', '受理时间', '投诉、需求类型', '处理人/接单人', '接单时间', '返单时间', '回访人', '回访时间', '回访满意度']));
    expect(register.getRow(4).values).toEqual(expect.arrayContaining(['日期', '时间', '类别', '投诉类型', '需求类型']));
    const lines = registerLines(register);
    expect(lines).toHaveLength(graph.received);
    expect(lines.map((l) => l['序号'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // In the order received: F6 at the first instant, F4 at the last second.
    expect(lines[0]).toMatchObject({ '客户投诉、需求事项': 'F6 事项', '受理时间（日期）': '2025-09-25', '受理时间（时间）': '00:00' });
    expect(lines[8]).toMatchObject({ '客户投诉、需求事项': 'F4 事项', '受理时间（日期）': '2025-10-24', '受理时间（时间）': '23:59' });
    const f10 = lines.find((l) => l['客户投诉、需求事项'] === 'F10 事项')!;
    expect(f10).toMatchObject({ '受理人': '张晓雯', '处理人/接单人': '吴云山', '投诉、需求类型（类别）': '客户投诉', '投诉、需求类型（投诉类型）': '客户服务类', '接单时间（时间）': '10:00', '返单时间（日期）': '2025-10-28', '回访人': '张晓雯', '回访时间（日期）': '2025-10-29', '回访满意度': '4分 满意' });
    const f3 = lines.find((l) => l['客户投诉、需求事项'] === 'F3 事项')!;
    expect(f3).toMatchObject({ '投诉、需求类型（类别）': '客户需求', '投诉、需求类型（需求类型）': '咨询服务', '投诉、需求类型（投诉类型）': '' });
    const f2 = lines.find((l) => l['客户投诉、需求事项'] === 'F2 事项')!;
    expect(f2['客户姓名']).toBe('李女士、赵先生等120户');
  });

  it('masks phones for a role without contact rights and shows them to one with', async () => {
    const phonesOf = async (login: string) => {
      const lines = registerLines((await workbookOf(await download(exportPath('monthly-report.xlsx', 'HY-SC'), tokens[login]))).getWorksheet(REGISTER_SHEET)!);
      return lines.find((l) => l['客户投诉、需求事项'] === 'F2 事项')!['联系方式'];
    };
    // The regional president reads complaints but not customers' contact data (INV 第八条).
    expect(await phonesOf('south.president')).toBe('138****8000、137****7000');
    expect(await phonesOf('south.cr.exec')).toBe('13800138000、13700137000');
  });

  it('carries the accountability figures for a role that may read them, and withholds them otherwise', async () => {
    const exec = (await workbookOf(await download(exportPath('monthly-report.xlsx', 'HY-SC'), tokens['south.cr.exec']))).getWorksheet(SUMMARY_SHEET)!;
    expect(summaryValue(exec, SUMMARY_LABELS.accountabilityRecords)).toBe(1);
    expect(summaryValue(exec, SUMMARY_LABELS.finesTotal)).toBe('500.00');
    const president = (await workbookOf(await download(exportPath('monthly-report.xlsx', 'HY-SC'), tokens['south.president']))).getWorksheet(SUMMARY_SHEET)!;
    // The regional president reads accountability too (CG §5.1): same figures.
    expect(summaryValue(president, SUMMARY_LABELS.accountabilityRecords)).toBe(1);
    const head = (await workbookOf(await download(exportPath('monthly-report.xlsx', 'HY-GZ-YSF'), tokens['ysf.head']))).getWorksheet(SUMMARY_SHEET)!;
    expect(summaryValue(head, SUMMARY_LABELS.accountabilityRecords)).toBeUndefined();
  });

  it('covers only what a project head may see', async () => {
    const workbook = await workbookOf(await download(exportPath('monthly-report.xlsx', 'HY-GZ-YSF'), tokens['ysf.head']));
    expect(registerLines(workbook.getWorksheet(REGISTER_SHEET)!)).toHaveLength(6);
    expect(summaryValue(workbook.getWorksheet(SUMMARY_SHEET)!, SUMMARY_LABELS.received)).toBe(6);
  });

  it('answers 401, 403 and 400 with a JSON body in Chinese', async () => {
    const none = await download(exportPath('monthly-report.xlsx', 'HY'));
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
    const bad = await download(exportPath('monthly-report.xlsx', 'HY'), 'not-a-token');
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as any).code).toBe('UNAUTHENTICATED');
    const outside = await download(exportPath('monthly-report.xlsx', 'HY-GZ-YSF'), tokens['xxl.head']);
    expect(outside.status).toBe(403);
    expect(await outside.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/无权/) });
    const noReports = await download(exportPath('monthly-report.xlsx', 'HY'), tokens.reader);
    expect(noReports.status).toBe(403);
    const month = await download(exportPath('monthly-report.xlsx', 'HY', '2025-13'), tokens.admin);
    expect(month.status).toBe(400);
    expect(await month.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', message: expect.stringContaining('YYYY-MM') });
    const missing = await download('/export/monthly-report.xlsx?month=2025-10', tokens.admin);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orgUnitId' });
  });
});

describe('GET /export/monthly-register.csv', () => {
  it('is UTF-8 with a byte-order mark, the register columns, one line per record, masked by permission', async () => {
    const response = await download(exportPath('monthly-register.csv', 'HY-SC'), tokens['south.president']);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADERS.join(','));
    expect(lines[0]).toContain('受理时间（日期）');
    expect(lines).toHaveLength(1 + 8); // the south region: every fixture of the month but F9
    expect(text).toContain('138****8000、137****7000');
    expect(text).not.toContain('13800138000');
  });

  it('refuses like the workbook', async () => {
    expect((await download(exportPath('monthly-register.csv', 'HY'))).status).toBe(401);
    expect((await download(exportPath('monthly-register.csv', 'HY-GZ-YSF'), tokens['xxl.head'])).status).toBe(403);
    expect((await download(exportPath('monthly-register.csv', 'HY', '2025-1'), tokens.admin)).status).toBe(400);
  });
});
