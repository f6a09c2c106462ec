import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComplaintEvent } from '../complaint/complaint-event.entity.js';
import { toGlobalId } from '../graphql/global-id.js';
import { User } from '../identity/user.entity.js';
import { Department } from '../org/department.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { Accountability, AccountabilityComment, AccountabilityParty } from './accountability.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const ACCOUNTABILITY = `accountability { conclusion status recordedAt enforcedAt enforcementNote recordedBy { name } enforcedBy { name }
  parties { kind refId name share penalty fineAmount note } comments { text author { name } } }`;
const FIELDS = `id status version grade { code } accountabilityStatus ${ACCOUNTABILITY}
  events(first: 50) { edges { node { type reason actor { name } } } }`;

const unit = async (code: string) => app.orm.em.fork().findOneOrFail(OrgUnit, { code });
const rows = async () => {
  const em = app.orm.em.fork();
  return [await em.count(Accountability, {}), await em.count(AccountabilityParty, {}), await em.count(AccountabilityComment, {}), await em.count(ComplaintEvent, {})] as const;
};

async function act(login: string, mutation: string, input: Record<string, unknown>, fields = FIELDS) {
  const inputType = mutation[0]!.toUpperCase() + mutation.slice(1) + 'Input';
  const payload = mutation === 'commentOnAccountability' ? `complaint { ${fields} } comment { text }` : `complaint { ${fields} }`;
  return app.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${payload} } }`, { input }, await app.tokenFor(login));
}

/** A complaint taken through intake, handling, conclusion and a satisfied return visit by the region's CR executive. */
async function visitedComplaint(override: Record<string, unknown> = {}) {
  const created = await app.gql(`mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id version grade { code } } } }`, {
    input: {
      kind: 'COMPLAINT',
      projectId: toGlobalId('OrgUnit', (await unit('HY-GZ-YSF')).id),
      channel: 'PHONE',
      categoryCode: 'DEV_MARKETING',
      title: '集中交付延期',
      description: '二期集中交付延期三个月，业主要求支付违约金。',
      receivedAt: new Date(Date.now() - 3600_000).toISOString(),
      customers: [{ name: '陈先生', phone: '13700001111', room: '5-801' }],
      householdCount: 120,
      flags: ['DELIVERY_DELAY'],
      ...override,
    },
  }, await app.tokenFor('ysf.agent'));
  expect(created.errors).toBeUndefined();
  let c = created.data!.createComplaint.complaint;
  for (const [mutation, extra] of [
    ['respondToComplaint', { note: '已电话联系业主代表' }],
    ['startHandling', { plan: '成立应急小组，制定补偿方案' }],
    ['concludeComplaint', { planApproved: true, acceptingHouseholds: Math.ceil(((override.householdCount as number | undefined) ?? 120) * 0.9), summary: '按合同支付违约金' }],
    ['recordReturnVisit', { method: 'ON_SITE', score: 4 }],
  ] as const) {
    const res = await act('south.cr.exec', mutation, { id: c.id, version: c.version, ...extra });
    expect(res.errors, mutation).toBeUndefined();
    c = res.data![mutation].complaint;
  }
  return c;
}

async function parties() {
  const em = app.orm.em.fork();
  const project = await unit('HY-GZ-YSF');
  const marketing = await em.findOneOrFail(Department, { orgUnit: project, type: 'MARKETING' });
  const head = await em.findOneOrFail(User, { login: 'ysf.head' });
  return [
    { kind: 'DEPARTMENT', refId: toGlobalId('Department', marketing.id), name: '云山府营销部', share: 60, penalty: 'FINE', fineAmount: '5000', note: '签约时承诺交付时间未留余量' },
    { kind: 'PERSON', refId: toGlobalId('User', head.id), name: '吴云山', share: 30, penalty: 'NOTICE_OF_CRITICISM' },
    { kind: 'CONTRACTOR', name: '某建筑工程有限公司', share: 10, penalty: 'FINE', fineAmount: '20000.00' },
  ];
}

describe('accountability of an A-class complaint', () => {
  it('is recorded by the regional CR executive, enforced by performance, and only then archived; each step an event', async () => {
    let c = await visitedComplaint();
    expect(c.grade.code).toBe('A1');
    expect(c.accountabilityStatus).toBe('NONE');

    // The grade's policy requires accountability: no archive before it is recorded …
    const offeredBefore = await app.gql(`query($id: ID!) { complaint(id: $id) { allowedActions } }`, { id: c.id }, await app.tokenFor('south.cr.exec'));
    expect(offeredBefore.data!.complaint.allowedActions).toContain('RECORD_ACCOUNTABILITY');
    const early = await act('south.cr.exec', 'archiveComplaint', { id: c.id, version: c.version });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'GUARD_FAILED' });
    expect(early.errors?.[0]?.message).toContain('须问责追责');

    const recorded = await act('south.cr.exec', 'recordAccountability', {
      complaintId: c.id,
      version: c.version,
      conclusion: '交付延期主因是营销签约承诺未预留工期余量，项目总对进度风险预警不及时',
      parties: await parties(),
    });
    expect(recorded.errors).toBeUndefined();
    c = recorded.data!.recordAccountability.complaint;
    expect(c).toMatchObject({ status: 'ACCOUNTABILITY', accountabilityStatus: 'RECORDED' });
    expect(c.accountability).toMatchObject({ status: 'RECORDED', recordedBy: { name: '梁思敏' }, enforcedBy: null, comments: [] });
    expect(c.accountability.parties).toEqual([
      expect.objectContaining({ kind: 'DEPARTMENT', name: '云山府营销部', share: 60, penalty: 'FINE', fineAmount: '5000.00', note: '签约时承诺交付时间未留余量' }),
      expect.objectContaining({ kind: 'PERSON', name: '吴云山', share: 30, penalty: 'NOTICE_OF_CRITICISM', fineAmount: null }),
      expect.objectContaining({ kind: 'CONTRACTOR', refId: null, share: 10, fineAmount: '20000.00' }),
    ]);
    expect(c.accountability.parties[1].refId).toBe((await parties())[1]!.refId);

    // Each role is offered exactly its own step: the executive archives later, performance confirms now.
    const offered = async (login: string) => {
      const res = await app.gql(`query($id: ID!) { complaint(id: $id) { allowedActions } }`, { id: c.id }, await app.tokenFor(login));
      return res.data!.complaint?.allowedActions as string[] | undefined;
    };
    expect(await offered('south.perf')).toEqual(['CONFIRM_ACCOUNTABILITY']);
    expect(await offered('south.cr.exec')).not.toContain('CONFIRM_ACCOUNTABILITY');
    expect(await offered('east.cr.exec')).toBeUndefined();

    // … nor before performance management confirms enforcement.
    const pending = await act('south.cr.exec', 'archiveComplaint', { id: c.id, version: c.version });
    expect(pending.errors?.[0]?.message).toContain('尚未落实');

    const enforced = await act('south.perf', 'confirmAccountabilityEnforced', { complaintId: c.id, version: c.version, note: '罚款已从当月绩效扣除，通报已发' });
    expect(enforced.errors).toBeUndefined();
    c = enforced.data!.confirmAccountabilityEnforced.complaint;
    expect(c.accountabilityStatus).toBe('ENFORCED');
    expect(c.accountability).toMatchObject({ status: 'ENFORCED', enforcedBy: { name: '冯立诚' }, enforcementNote: '罚款已从当月绩效扣除，通报已发' });

    // Group CR supervises what the group was told of and may remark on it.
    const comment = await act('group.cr', 'commentOnAccountability', { complaintId: c.id, text: '请区域在月度例会通报，举一反三排查其他项目' });
    expect(comment.errors).toBeUndefined();
    expect(comment.data!.commentOnAccountability.comment).toEqual({ text: '请区域在月度例会通报，举一反三排查其他项目' });
    expect(comment.data!.commentOnAccountability.complaint.accountability.comments).toEqual([{ text: '请区域在月度例会通报，举一反三排查其他项目', author: { name: '林若溪' } }]);

    const archived = await act('south.cr.exec', 'archiveComplaint', { id: c.id, version: c.version });
    expect(archived.errors).toBeUndefined();
    c = archived.data!.archiveComplaint.complaint;
    expect(c.status).toBe('ARCHIVED');
    const events = c.events.edges.map((e: any) => e.node);
    expect(events.map((e: any) => e.type).slice(-4)).toEqual(['ACCOUNTABILITY_RECORDED', 'ACCOUNTABILITY_ENFORCED', 'ACCOUNTABILITY_COMMENTED', 'COMPLAINT_ARCHIVED']);
    expect(events.at(-4)).toMatchObject({ actor: { name: '梁思敏' }, reason: expect.stringContaining('交付延期主因') });
    expect(events.at(-3)).toMatchObject({ actor: { name: '冯立诚' } });
    // The remark is on file, and changed nothing else: the archive above used the version from before it.
    expect(events.at(-2)).toMatchObject({ actor: { name: '林若溪' }, reason: '请区域在月度例会通报，举一反三排查其他项目' });
  });

  it('refuses the wrong roles and regions, writing nothing', async () => {
    const c = await visitedComplaint();
    const input = { complaintId: c.id, version: c.version, conclusion: '越权记录', parties: await parties() };
    const before = await rows();
    // A project head handles complaints but does not determine accountability; the other region's executive is
    // outside the subtree; performance enforces but does not record; group CR and readers only read.
    for (const login of ['ysf.head', 'east.cr.exec', 'south.perf', 'group.cr', 'reader', 'south.president']) {
      const res = await act(login, 'recordAccountability', input);
      expect(res.errors?.[0]?.extensions?.code, login).toBe('FORBIDDEN');
    }
    expect(await rows()).toEqual(before);

    const recorded = await act('south.cr.exec', 'recordAccountability', { ...input, conclusion: '按区域权责研判' });
    expect(recorded.errors).toBeUndefined();
    const version = recorded.data!.recordAccountability.complaint.version;
    const after = await rows();
    // Enforcement only by performance management of that region.
    for (const login of ['south.cr.exec', 'ysf.head', 'group.cr', 'reader']) {
      const res = await act(login, 'confirmAccountabilityEnforced', { complaintId: c.id, version });
      expect(res.errors?.[0]?.extensions?.code, login).toBe('FORBIDDEN');
    }
    // Comments only by group CR.
    for (const login of ['south.cr.exec', 'south.president', 'south.perf']) {
      const res = await act(login, 'commentOnAccountability', { complaintId: c.id, text: '越权意见' });
      expect(res.errors?.[0]?.extensions?.code, login).toBe('FORBIDDEN');
    }
    expect(await rows()).toEqual(after);
  });

  it('refuses performance management of another region', async () => {
    const admin = await app.tokenFor('admin');
    const created = await app.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { name: '华东绩效', login: 'east.perf', password: 'kesu-demo', orgUnitId: toGlobalId('OrgUnit', (await unit('HY-EC')).id) },
    }, admin);
    expect(created.errors).toBeUndefined();
    const assigned = await app.gql(`mutation($input: AssignRoleInput!) { assignRole(input: $input) { user { id } } }`, {
      input: { userId: created.data!.createUser.user.id, role: 'PERFORMANCE', orgUnitId: toGlobalId('OrgUnit', (await unit('HY-EC')).id) },
    }, admin);
    expect(assigned.errors).toBeUndefined();

    const c = await visitedComplaint();
    const recorded = await act('south.cr.exec', 'recordAccountability', { complaintId: c.id, version: c.version, conclusion: '营销部主责', parties: (await parties()).slice(0, 1).map((p) => ({ ...p, share: 100 })) });
    const version = recorded.data!.recordAccountability.complaint.version;
    const before = await rows();
    const res = await act('east.perf', 'confirmAccountabilityEnforced', { complaintId: c.id, version });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
  });

  it('shows the record only to those who may read accountability', async () => {
    const c = await visitedComplaint();
    await act('south.cr.exec', 'recordAccountability', { complaintId: c.id, version: c.version, conclusion: '无责任方：系政策调整所致', parties: [] });
    const read = async (login: string) =>
      (await app.gql(`query($id: ID!) { complaint(id: $id) { accountabilityStatus accountability { conclusion parties { name } } } }`, { id: c.id }, await app.tokenFor(login))).data!.complaint;
    for (const login of ['south.cr.exec', 'south.perf', 'south.president', 'south.cr.lead', 'group.cr']) {
      expect(await read(login), login).toEqual({ accountabilityStatus: 'RECORDED', accountability: { conclusion: '无责任方：系政策调整所致', parties: [] } });
    }
    // The project head reads the complaint but not its accountability.
    expect(await read('ysf.head')).toEqual({ accountabilityStatus: 'RECORDED', accountability: null });
    expect(await read('east.cr.exec')).toBeNull();
  });
});

describe('group supervision', () => {
  it('group CR remarks only on what the group was told of (A-class), not on a general complaint', async () => {
    const general = await visitedComplaint({ householdCount: 1, flags: [], categoryCode: 'DEV_ENGINEERING', title: '卫生间渗水' });
    expect(general.grade.code).toBe('GENERAL');
    const recorded = await act('south.cr.exec', 'recordAccountability', { complaintId: general.id, version: general.version, conclusion: '维修单位返工不彻底', parties: [] });
    expect(recorded.errors).toBeUndefined();
    const before = await rows();
    const res = await act('group.cr', 'commentOnAccountability', { complaintId: general.id, text: '请说明' });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
  });
});

describe('bad input writes nothing', () => {
  it.each([
    ['shares that do not add up to 100 %', (p: any[]) => p.map((x) => ({ ...x, share: 30 })), 'parties'],
    ['a fine without an amount', (p: any[]) => [{ ...p[0], fineAmount: null }, ...p.slice(1)], 'parties.0.fineAmount'],
    ['an amount without a fine', (p: any[]) => [p[0], { ...p[1], fineAmount: '100' }, p[2]], 'parties.1.fineAmount'],
    ['a department id for a person', (p: any[]) => [p[0], { ...p[1], refId: p[0].refId }, p[2]], 'parties.1.refId'],
    ['a contractor with an id', (p: any[]) => [p[0], p[1], { ...p[2], refId: p[0].refId }], 'parties.2.refId'],
  ])('%s → BAD_USER_INPUT naming the field', async (_label, change, field) => {
    const c = await visitedComplaint();
    const before = await rows();
    const res = await act('south.cr.exec', 'recordAccountability', { complaintId: c.id, version: c.version, conclusion: '结论', parties: change(await parties()) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rows()).toEqual(before);
  });

  it('an accountability before the return visit, or on a stale version, is refused', async () => {
    const created = await visitedComplaint();
    const before = await rows();
    const stale = await act('south.cr.exec', 'recordAccountability', { complaintId: created.id, version: created.version - 1, conclusion: '结论', parties: [] });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await app.gql(`mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id version } } }`, {
      input: { kind: 'COMPLAINT', projectId: toGlobalId('OrgUnit', (await unit('HY-GZ-YSF')).id), channel: 'PHONE', categoryCode: 'DEV_ENGINEERING', title: '渗水', description: '渗水', receivedAt: new Date(Date.now() - 60_000).toISOString(), customers: [{ name: '李女士' }] },
    }, await app.tokenFor('ysf.agent'));
    const fresh = other.data!.createComplaint.complaint;
    const afterIntake = await rows();
    const early = await act('south.cr.exec', 'recordAccountability', { complaintId: fresh.id, version: fresh.version, conclusion: '结论', parties: [] });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'ILLEGAL_TRANSITION' });
    expect(await rows()).toEqual(afterIntake);
    expect(afterIntake[3]).toBe(before[3]! + 1);
  });
});
