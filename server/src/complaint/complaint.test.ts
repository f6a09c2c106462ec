import { DEFAULT_TIME_LIMITS, gradeSchemePreset } from '@kesu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GradeSchemeVersion } from '../grading/grade-scheme-version.entity.js';
import { toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { runOverdueClock } from '../sla/overdue-clock.service.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { Complaint } from './complaint.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // 华东区域 runs the property company's regulation (XX 4.1.2.1): 2,000 yuan, media, litigation, overdue → major.
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
});
afterAll(() => app?.close());

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
const complaintCount = () => app.orm.em.fork().count(Complaint, {});
const eventCount = () => app.orm.em.fork().count(ComplaintEvent, {});

const FIELDS = `id number kind status title version receivedAt overdue groupVisible escalationCount extensionCount
  grade { code label rank } gradeExplanation category { code label } project { name } owningUnit { name level }
  handler { name } firstResponsible { name } customers { name phone room } householdCount compensationAmount flags
  responseDueAt resolutionDueAt returnVisitDueAt allowedActions emergencyTeam { leaderName departments }
  events(first: 50) { totalCount edges { node { type label fromStatus toStatus reason actor { name } } } }`;

const CREATE = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { ${FIELDS} } } }`;
const GET = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;

function hoursAgo(hours: number) {
  return new Date(Date.now() - hours * 3600_000).toISOString();
}

async function intake(login: string, override: Record<string, unknown> = {}, project = 'HY-GZ-YSF') {
  return app.gql(CREATE, {
    input: {
      kind: 'COMPLAINT',
      projectId: await unitId(project),
      channel: 'PHONE',
      categoryCode: 'DEV_ENGINEERING',
      title: '卫生间渗水',
      description: '3 栋 1201 卫生间天花板渗水，已持续一周。',
      receivedAt: hoursAgo(1),
      customers: [{ name: '王先生', phone: '13912345678', room: '3-1201' }],
      ...override,
    },
  }, await app.tokenFor(login));
}

async function act(login: string, mutation: string, input: Record<string, unknown>) {
  const inputType = mutation[0]!.toUpperCase() + mutation.slice(1) + 'Input';
  return app.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { complaint { ${FIELDS} } } }`, { input }, await app.tokenFor(login));
}

describe('numbering', () => {
  it('numbers gap-free at least four digits wide, records the number in the creating event, and starts at version 1', async () => {
    // A month of its own: received in March 2024 (Asia/Shanghai), so nothing else in this file shares the sequence.
    const receivedAt = '2024-03-15T02:00:00Z';
    const first = await intake('ysf.agent', { receivedAt });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createComplaint.complaint).toMatchObject({ number: 'TS-2403-0001', version: 1 });
    const em = app.orm.em.fork();
    const key = (await em.getConnection().execute<{ key: string }[]>(`select key from complaint_sequence where key like '%:TS:2403'`))[0]!.key;
    for (const [last, expected] of [[998, 'TS-2403-0999'], [9999, 'TS-2403-10000']] as const) {
      await em.getConnection().execute('update complaint_sequence set last_serial = ? where key = ?', [last, key]);
      const res = await intake('ysf.agent', { receivedAt });
      expect(res.data!.createComplaint.complaint.number).toBe(expected);
    }
    // Concurrent intakes of one sequence: distinct, consecutive numbers, each with its creating event.
    const burst = await Promise.all(Array.from({ length: 8 }, () => intake('ysf.agent', { receivedAt })));
    const numbers = burst.map((res) => Number(res.data!.createComplaint.complaint.number.split('-')[2])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => 10_001 + i));
    const created = await app.orm.em.fork().find(ComplaintEvent, { type: 'COMPLAINT_CREATED', complaint: { number: { $like: 'TS-2403-%' } } }, { populate: ['complaint'] });
    expect(created).toHaveLength(11);
    for (const event of created) {
      expect(event.data).toMatchObject({ number: event.complaint.number, grade: { code: 'GENERAL' }, groupNotified: false });
      expect(event).toMatchObject({ public: true, toStatus: 'REGISTERED', fromStatus: null });
      expect(event.complaint.version).toBe(1);
    }
  });
});

describe('a general complaint from intake to archive', () => {
  it('walks every step, each as an event, with deadlines', async () => {
    const created = await intake('ysf.agent');
    expect(created.errors).toBeUndefined();
    let c = created.data!.createComplaint.complaint;
    expect(c).toMatchObject({ kind: 'COMPLAINT', status: 'REGISTERED', grade: { code: 'GENERAL' }, category: { code: 'DEV_ENGINEERING' }, project: { name: '广州·云山府' }, firstResponsible: { name: '吴云山' }, handler: { name: '吴云山' }, groupVisible: false });
    expect(c.number).toMatch(/^TS-\d{4}-\d{4}$/);
    // Respond within 1 hour, wall-clock (CG §4.3); resolve within 5 working days (XX 4.2.2).
    expect(new Date(c.responseDueAt).getTime() - new Date(c.receivedAt).getTime()).toBe(60 * 60_000);
    expect(new Date(c.resolutionDueAt).getTime()).toBeGreaterThan(Date.now() + 4 * 24 * 3600_000);
    expect(c.customers[0].phone).toBe('13912345678');
    expect(c.allowedActions).toContain('RESPOND');
    expect(c.allowedActions).not.toContain('ESCALATE');

    const steps: [string, string, Record<string, unknown>][] = [
      ['respondToComplaint', 'RESPONDED', { note: '已电话联系王先生' }],
      ['startHandling', 'HANDLING', { plan: '工程部上门检修防水层' }],
      ['concludeComplaint', 'CONCLUDED', { planApproved: true, acceptingHouseholds: 1, confirmationScore: 5, summary: '防水层已修复' }],
      ['recordReturnVisit', 'RETURN_VISITED', { method: 'ON_SITE', score: 5, serviceQuality: '好', serviceEffect: '已不渗水' }],
      ['archiveComplaint', 'ARCHIVED', {}],
    ];
    for (const [mutation, status, extra] of steps) {
      const res = await act('ysf.head', mutation, { id: c.id, version: c.version, ...extra });
      expect(res.errors, mutation).toBeUndefined();
      c = res.data![mutation].complaint;
      expect(c.status).toBe(status);
    }
    expect(c.allowedActions).toEqual([]);
    expect(c.events.edges.map((e: any) => e.node.type)).toEqual([
      'COMPLAINT_CREATED', 'COMPLAINT_RESPONDED', 'HANDLING_STARTED', 'COMPLAINT_CONCLUDED', 'RETURN_VISIT_RECORDED', 'COMPLAINT_ARCHIVED',
    ]);
    expect(c.events.edges[1].node).toMatchObject({ fromStatus: 'REGISTERED', toStatus: 'RESPONDED', reason: '已电话联系王先生', actor: { name: '吴云山' } });
  });
});

describe('grading at intake', () => {
  it('grades a 120-household delivery delay A类一级 under the 碧桂园 preset, tells the group at once and starts the emergency team', async () => {
    const res = await intake('ysf.agent', { householdCount: 120, flags: ['DELIVERY_DELAY'], categoryCode: 'DEV_MARKETING', title: '集中交付延期' });
    expect(res.errors).toBeUndefined();
    const c = res.data!.createComplaint.complaint;
    expect(c.grade).toMatchObject({ code: 'A1', label: 'A类一级' });
    expect(c.gradeExplanation.join(' ')).toContain('涉及户数 120 ≥ 100');
    expect(c.groupVisible).toBe(true);
    // Reported up at once: owned by the group, which the project's agent cannot see.
    expect(c.owningUnit).toBeNull();
    expect(c.emergencyTeam).toMatchObject({ leaderName: '黄振华' });
    expect(c.emergencyTeam.departments).toEqual(expect.arrayContaining(['MEDIA', 'LEGAL', 'MARKETING', 'DEVELOPMENT', 'CUSTOMER_RELATIONS']));
    // Visible to the group's customer relations at once; an ordinary complaint is not.
    const seen = await app.gql(`query($id: ID!) { complaint(id: $id) { id grade { code } owningUnit { level } handler { name } } }`, { id: c.id }, await app.tokenFor('group.cr'));
    expect(seen.data!.complaint).toEqual({ id: c.id, grade: { code: 'A1' }, owningUnit: { level: 'GROUP' }, handler: { name: '梁思敏' } });
    const ordinary = (await intake('ysf.agent')).data!.createComplaint.complaint;
    const hidden = await app.gql(`query($id: ID!) { complaint(id: $id) { id } }`, { id: ordinary.id }, await app.tokenFor('group.cr'));
    expect(hidden.data!.complaint).toBeNull();
  });

  it('grades a 2,000.00-yuan property complaint major under the XX preset, 1,999.99 general', async () => {
    const major = await intake('xxl.head', { compensationAmount: '2000.00', categoryCode: 'PM_EQUIPMENT' }, 'HY-HZ-XXL');
    expect(major.errors).toBeUndefined();
    expect(major.data!.createComplaint.complaint.grade.code).toBe('MAJOR');
    expect(major.data!.createComplaint.complaint.compensationAmount).toBe('2000.00');
    const general = await intake('xxl.head', { compensationAmount: '1999.99', categoryCode: 'PM_EQUIPMENT' }, 'HY-HZ-XXL');
    expect(general.data!.createComplaint.complaint.grade.code).toBe('GENERAL');
  });
});

describe('the clock', () => {
  it('marks a complaint past its 5 working days overdue, upgrades it (XX) and escalates it, each as an event', async () => {
    const c = (await intake('xxl.head', { categoryCode: 'PM_ORDER' }, 'HY-HZ-XXL')).data!.createComplaint.complaint;
    expect(c.grade.code).toBe('GENERAL');
    const fakeNow = new Date(new Date(c.resolutionDueAt).getTime() + 60_000);
    const result = await runOverdueClock(app.orm, fakeNow);
    expect(result.markedOverdue).toBeGreaterThanOrEqual(1);
    const after = await app.gql(GET, { id: c.id }, await app.tokenFor('east.cr.exec'));
    const complaint = after.data!.complaint;
    expect(complaint.grade.code).toBe('MAJOR');
    expect(complaint.status).toBe('ESCALATED');
    expect(complaint.escalationCount).toBe(1);
    expect(complaint.owningUnit.level).toBe('CITY');
    expect(complaint.events.edges.map((e: any) => e.node.type)).toEqual(['COMPLAINT_CREATED', 'MARKED_OVERDUE', 'GRADE_RAISED', 'COMPLAINT_ESCALATED']);
    expect(complaint.events.edges[3].node.actor).toBeNull();
    // The escalated limit (15 working days) runs from the take-over.
    expect(new Date(complaint.resolutionDueAt).getTime()).toBeGreaterThan(fakeNow.getTime() + 14 * 24 * 3600_000);
    // Running the clock again at the same instant changes nothing.
    const events = await eventCount();
    await runOverdueClock(app.orm, fakeNow);
    expect(await eventCount()).toBe(events);
  });
});

describe('deadline extensions and return visits', () => {
  it('allows two extensions and refuses the third, writing nothing', async () => {
    let c = (await intake('ysf.agent')).data!.createComplaint.complaint;
    c = (await act('ysf.head', 'respondToComplaint', { id: c.id, version: c.version })).data!.respondToComplaint.complaint;
    c = (await act('ysf.head', 'startHandling', { id: c.id, version: c.version })).data!.startHandling.complaint;
    for (const days of [10, 20]) {
      const res = await act('ysf.head', 'extendComplaintDeadline', { id: c.id, version: c.version, newDueAt: new Date(Date.now() + days * 24 * 3600_000).toISOString(), reason: '等待材料到货' });
      expect(res.errors).toBeUndefined();
      c = res.data!.extendComplaintDeadline.complaint;
    }
    expect(c.extensionCount).toBe(2);
    const events = await eventCount();
    const third = await act('ysf.head', 'extendComplaintDeadline', { id: c.id, version: c.version, newDueAt: new Date(Date.now() + 40 * 24 * 3600_000).toISOString(), reason: '再次延期' });
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'GUARD_FAILED' });
    expect(third.errors?.[0]?.message).toContain('最多只能变更 2 次');
    expect(await eventCount()).toBe(events);
  });

  it('reopens the complaint after an unsatisfied return visit', async () => {
    let c = (await intake('ysf.agent')).data!.createComplaint.complaint;
    c = (await act('ysf.head', 'respondToComplaint', { id: c.id, version: c.version })).data!.respondToComplaint.complaint;
    c = (await act('ysf.head', 'startHandling', { id: c.id, version: c.version })).data!.startHandling.complaint;
    c = (await act('ysf.head', 'concludeComplaint', { id: c.id, version: c.version, planApproved: true, acceptingHouseholds: 1 })).data!.concludeComplaint.complaint;
    const res = await act('ysf.head', 'recordReturnVisit', { id: c.id, version: c.version, method: 'PHONE', score: 2, shortcomings: '仍有渗水' });
    expect(res.errors).toBeUndefined();
    c = res.data!.recordReturnVisit.complaint;
    expect(c.status).toBe('HANDLING');
    expect(c.events.edges.map((e: any) => e.node.type).slice(-2)).toEqual(['RETURN_VISIT_RECORDED', 'COMPLAINT_REOPENED']);
  });
});

describe('scoping per role', () => {
  it('a project head cannot see or act on another project, a region CR executive sees her whole region', async () => {
    const other = (await intake('gz.head', {}, 'HY-GZ-ZJW')).data!.createComplaint.complaint;
    const head = await app.tokenFor('ysf.head');
    expect((await app.gql(GET, { id: other.id }, head)).data!.complaint).toBeNull();
    const list = await app.gql(`{ complaints(first: 100) { edges { node { project { name } } } } }`, {}, head);
    expect(new Set(list.data!.complaints.edges.map((e: any) => e.node.project.name))).toEqual(new Set(['广州·云山府']));
    const before = [await complaintCount(), await eventCount()];
    for (const [mutation, extra] of [
      ['respondToComplaint', {}],
      ['startHandling', {}],
      ['escalateComplaint', { reason: 'CUSTOMER_DISAGREES' }],
      ['markComplaintInvalid', { reason: '越权' }],
      ['extendComplaintDeadline', { newDueAt: new Date(Date.now() + 9e8).toISOString(), reason: '越权' }],
    ] as const) {
      const res = await act('ysf.head', mutation, { id: other.id, version: other.version, ...extra });
      expect(res.errors?.[0]?.extensions?.code, mutation).toBe('FORBIDDEN');
    }
    const outsideIntake = await intake('ysf.head', {}, 'HY-GZ-ZJW');
    expect(outsideIntake.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect([await complaintCount(), await eventCount()]).toEqual(before);

    const region = await app.gql(`{ complaints(first: 100) { totalCount edges { node { project { name } } } } }`, {}, await app.tokenFor('south.cr.exec'));
    const projects = new Set(region.data!.complaints.edges.map((e: any) => e.node.project.name));
    expect(projects.has('广州·云山府') && projects.has('广州·珠江湾')).toBe(true);
    expect(projects.has('杭州·西溪里')).toBe(false);
  });

  it('a role with no complaint rule at all gets null from node(id), not an error', async () => {
    const c = (await intake('ysf.agent')).data!.createComplaint.complaint;
    const res = await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: c.id }, await app.tokenFor('reader'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
  });

  it('scopes lists filtered by open statuses (read through the open-complaints index) exactly like the others', async () => {
    expect((await intake('ysf.agent', { title: '开放状态筛选-云山府' })).errors).toBeUndefined();
    expect((await intake('south.cr.exec', { title: '开放状态筛选-珠江湾' }, 'HY-GZ-ZJW')).errors).toBeUndefined();
    const list = async (login: string, status: string[] | null, orgUnitId?: string) => {
      const res = await app.gql(
        `query($filter: ComplaintFilter) { complaints(first: 100, filter: $filter) { totalCount edges { node { id status project { name } } } } }`,
        { filter: { status, orgUnitId } },
        await app.tokenFor(login),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.complaints.totalCount).toBeLessThan(100);
      return (res.data!.complaints.edges as { node: { id: string; status: string; project: { name: string } } }[]).map((e) => e.node);
    };
    const open = ['REGISTERED', 'RESPONDED', 'HANDLING'];
    const head = await list('ysf.head', open);
    expect(head.length).toBeGreaterThan(0);
    expect(new Set(head.map((n) => n.project.name))).toEqual(new Set(['广州·云山府']));
    // The same rows, in the same order, as the plain scope filtered by status in memory.
    const all = await list('ysf.head', null);
    expect(head.map((n) => n.id)).toEqual(all.filter((n) => open.includes(n.status)).map((n) => n.id));
    const region = await list('south.cr.exec', open, await unitId('HY-GZ-ZJW'));
    expect(new Set(region.map((n) => n.project.name))).toEqual(new Set(['广州·珠江湾']));
    expect(await list('xxl.head', open, await unitId('HY-GZ-YSF'))).toEqual([]);
  });

  it('searches number, title, description and customer names, but not phones', async () => {
    const created = await intake('ysf.agent', { title: '露台防水层开裂', customers: [{ name: '欧阳娜娜', phone: '13987650001', room: '9-901' }] });
    expect(created.errors).toBeUndefined();
    const { id, number } = created.data!.createComplaint.complaint;
    const found = async (search: string) => {
      const res = await app.gql(`query($search: String) { complaints(first: 100, filter: { search: $search }) { totalCount edges { node { id } } } }`, { search }, await app.tokenFor('ysf.head'));
      expect(res.errors, search).toBeUndefined();
      // The count runs the same filter as a second statement.
      expect(res.data!.complaints.totalCount, search).toBe(res.data!.complaints.edges.length);
      return res.data!.complaints.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    };
    for (const term of ['露台防水', '欧阳', number]) expect(await found(term), term).toContain(id);
    expect(await found('13987650001')).not.toContain(id);
    expect(await found('没有这样的投诉%_')).toEqual([]);
  });

  it('masks customer phones for roles without contact rights', async () => {
    const c = (await intake('ysf.agent')).data!.createComplaint.complaint;
    const perf = await app.gql(`query($id: ID!) { complaint(id: $id) { customers { name phone } } }`, { id: c.id }, await app.tokenFor('south.perf'));
    expect(perf.data!.complaint.customers).toEqual([{ name: '王先生', phone: '139****5678' }]);
  });

  it('a list row (read without the unit of work) answers every field as the same complaint read by id', async () => {
    const a1 = await intake('ysf.agent', { title: '列表与详情一致-A类', householdCount: 120, flags: ['DELIVERY_DELAY'], categoryCode: 'DEV_MARKETING', compensationAmount: '2500.50' });
    expect(a1.errors).toBeUndefined();
    const general = await intake('ysf.agent', { title: '列表与详情一致-一般' });
    expect(general.errors).toBeUndefined();
    // Within the cost limit: a list of 10 with 5 events each.
    const ALL = `${FIELDS.replace('events(first: 50)', 'events(first: 5)')} __typename nextDueAt createdAt accountabilityStatus gradeOverridden respondedAt concludedAt archivedAt`;
    // Contact rights (project head), none (regional performance: masked phones), and the group (A-class only).
    for (const login of ['ysf.head', 'south.perf', 'group.cr']) {
      const token = await app.tokenFor(login);
      const listed = await app.gql(`query { complaints(first: 10, filter: { search: "列表与详情一致" }) { edges { node { ${ALL} } } } }`, {}, token);
      expect(listed.errors, login).toBeUndefined();
      const nodes = listed.data!.complaints.edges.map((e: { node: { id: string } }) => e.node) as { id: string; title: string }[];
      expect(nodes.length, login).toBe(login === 'group.cr' ? 1 : 2);
      for (const node of nodes) {
        const byId = await app.gql(`query($id: ID!) { complaint(id: $id) { ${ALL} } }`, { id: node.id }, token);
        expect(byId.errors, login).toBeUndefined();
        expect(node, `${login}: ${node.title}`).toEqual(byId.data!.complaint);
      }
    }
  });
});

describe('concurrency', () => {
  it('two transitions on the same version: exactly one succeeds', async () => {
    const c = (await intake('ysf.agent')).data!.createComplaint.complaint;
    const [a, b] = await Promise.all([
      act('ysf.head', 'respondToComplaint', { id: c.id, version: c.version, note: 'A' }),
      act('ysf.agent', 'markComplaintInvalid', { id: c.id, version: c.version, reason: 'B' }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const row = await app.orm.em.fork().findOneOrFail(Complaint, { number: c.number });
    expect(await app.orm.em.fork().count(ComplaintEvent, { complaint: row })).toBe(2);
  });

  it('50 concurrent creates with one idempotency key make one complaint; another payload with the key is a CONFLICT', async () => {
    const before = await complaintCount();
    const receivedAt = hoursAgo(2);
    const results = await Promise.all(Array.from({ length: 50 }, () => intake('ysf.agent', { idempotencyKey: 'call-centre-20261122-001', receivedAt })));
    const ids = new Set(results.map((r) => r.data?.createComplaint?.complaint.id));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await complaintCount()).toBe(before + 1);
    const again = await intake('ysf.agent', { idempotencyKey: 'call-centre-20261122-001', receivedAt });
    expect(again.data!.createComplaint.complaint.id).toBe([...ids][0]);
    const clash = await intake('ysf.agent', { idempotencyKey: 'call-centre-20261122-001', receivedAt, title: '别的内容' });
    expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('bad input writes nothing', () => {
  it.each([
    ['unknown category', { categoryCode: 'NOPE' }, 'categoryCode'],
    ['negative households', { householdCount: -3 }, 'householdCount'],
    ['amount with three decimals', { compensationAmount: '10.123' }, 'compensationAmount'],
    ['received time in the future', { receivedAt: new Date(Date.now() + 3600_000).toISOString() }, 'receivedAt'],
    ['no customer', { customers: [] }, 'customers'],
    ['demand category on a complaint', { categoryCode: 'DM_CONSULTING' }, 'categoryCode'],
  ])('%s → BAD_USER_INPUT naming the field', async (_label, override, field) => {
    const before = [await complaintCount(), await eventCount()];
    const res = await intake('ysf.agent', override);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect([await complaintCount(), await eventCount()]).toEqual(before);
  });

  it('an illegal transition → BAD_USER_INPUT naming the rule, nothing written', async () => {
    const c = (await intake('ysf.agent')).data!.createComplaint.complaint;
    const before = await eventCount();
    const res = await act('ysf.head', 'archiveComplaint', { id: c.id, version: c.version });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'ILLEGAL_TRANSITION' });
    expect(await eventCount()).toBe(before);
  });
});

describe('query cost', () => {
  it('complaints(first: 50) with grade, category, project and handler costs the same statements as first: 5', async () => {
    while ((await complaintCount()) < 60) await intake('ysf.agent');
    const token = await app.tokenFor('admin');
    const LIST = `query($first: Int) { complaints(first: $first) { totalCount edges { node { id number grade { code label } category { code label } project { id name } handler { id name } firstResponsible { name } customers { name phone } resolutionDueAt } } } }`;
    await app.gql(LIST, { first: 1 }, token);
    let five = 0;
    let fifty = 0;
    const s5 = await app.countStatements(async () => void (five = (await app.gql(LIST, { first: 5 }, token)).data!.complaints.edges.length));
    const s50 = await app.countStatements(async () => void (fifty = (await app.gql(LIST, { first: 50 }, token)).data!.complaints.edges.length));
    expect([five, fifty]).toEqual([5, 50]);
    expect(s50).toBe(s5);
    expect(s50).toBeLessThanOrEqual(10);
  });
});
