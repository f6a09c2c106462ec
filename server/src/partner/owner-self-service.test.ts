import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Complaint } from '../complaint/complaint.entity.js';
import { Migration20261123051438_api_clients } from '../db/migrations/Migration20261123051438_api_clients.js';
import { parseGlobalId, toGlobalId } from '../graphql/global-id.js';
import { ReturnVisit } from '../complaint/return-visit.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let appKey: string;
let appClientId: string;
beforeAll(async () => {
  app = await startTestApp();
  const created = await app.gql(
    `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { id } } }`,
    { input: { name: '鸿远物业 App', orgUnitId: await unitId('HY-SC'), scopes: ['owner-delegation'] } },
    await app.tokenFor('admin'),
  );
  appKey = created.data!.createApiClient.key;
  appClientId = created.data!.createApiClient.client.id;
});
afterAll(() => app?.close());

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);

async function ownerToken(phone: string, room: string, code = 'HY-GZ-YSF', key = appKey) {
  return app.gql(`mutation($input: IssueOwnerTokenInput!) { issueOwnerToken(input: $input) { token expiresAt } }`, { input: { phone, room, projectId: await unitId(code) } }, key);
}
async function tokenOf(phone: string, room: string) {
  const res = await ownerToken(phone, room);
  expect(res.errors).toBeUndefined();
  return res.data!.issueOwnerToken.token as string;
}

/** Staff take a phone complaint naming the owner, then note something internal on it. */
async function staffComplaint(title: string, customer: { name: string; phone: string; room: string }) {
  const agent = await app.tokenFor('ysf.agent');
  const res = await app.gql(
    `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id version } } }`,
    { input: { kind: 'COMPLAINT', projectId: await unitId('HY-GZ-YSF'), channel: 'PHONE', categoryCode: 'PM_EQUIPMENT', title, description: `${title}。`, receivedAt: new Date(Date.now() - 60_000).toISOString(), customers: [customer] } },
    agent,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createComplaint.complaint as { id: string; version: number };
}

const staffAct = async (login: string, mutation: string, input: Record<string, unknown>) => {
  const type = mutation[0]!.toUpperCase() + mutation.slice(1) + 'Input';
  const res = await app.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { complaint { id version status } } }`, { input }, await app.tokenFor(login));
  expect(res.errors, mutation).toBeUndefined();
  return res.data![mutation].complaint as { id: string; version: number; status: string };
};

const OWNER_VIEW = `id title status responseDueAt resolutionDueAt gradeExplanation emergencyTeam { leaderName } allowedActions
  project { name } handler { name phone login } customers { name phone room }
  events(first: 50) { edges { node { type reason data actor { name } } } }`;

describe('owner self-service through the property app', () => {
  it('issues owner tokens only to clients with owner-delegation, for projects in their subtree', async () => {
    expect((await ownerToken('13911110000', '1-101')).data!.issueOwnerToken.token).toBeTruthy();
    expect((await ownerToken('13911110000', '1-101', 'HY-HZ-XXL')).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await ownerToken('13911110000', '1-101', 'HY-SC-GZ')).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
    expect((await ownerToken('139', '1-101')).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    const reader = await app.gql(`mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`, { input: { name: '只读', orgUnitId: await unitId('HY-SC'), scopes: ['complaints:read'] } }, await app.tokenFor('admin'));
    expect((await ownerToken('13911110000', '1-101', 'HY-GZ-YSF', reader.data!.createApiClient.key)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // A person (even an admin) does not issue owner tokens, and an owner cannot issue one for someone else.
    expect((await ownerToken('13911110000', '1-101', 'HY-GZ-YSF', await app.tokenFor('admin'))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const owner = await tokenOf('13911110000', '1-101');
    expect((await ownerToken('13922220000', '1-102', 'HY-GZ-YSF', owner)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets an owner file for their own room only, and see only their own complaints', async () => {
    const mine = await staffComplaint('电梯停运', { name: '赵先生', phone: '13933334444', room: '6-1802' });
    const neighbour = await staffComplaint('门禁失灵', { name: '钱女士', phone: '13955556666', room: '6-1801' });
    const owner = await tokenOf('139 3333 4444', '６-1802');

    const filed = await app.gql(
      `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id channel householdCount customers { name room } } } }`,
      { input: { kind: 'COMPLAINT', projectId: await unitId('HY-GZ-YSF'), channel: 'PHONE', categoryCode: 'PM_ENVIRONMENT', title: '垃圾桶满溢', description: '6 栋楼下垃圾桶两天未清运。', receivedAt: new Date().toISOString(), customers: [{ name: '赵先生', phone: '13955556666', room: '6-1801' }], householdCount: 300 } },
      owner,
    );
    expect(filed.errors).toBeUndefined();
    // Whatever the app sent, the complaint names the owner's own room, through the app, for one household.
    expect(filed.data!.createComplaint.complaint).toMatchObject({ channel: 'APP', householdCount: 1, customers: [{ name: '赵先生', room: '6-1802' }] });
    const elsewhere = await app.gql(
      `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id } } }`,
      { input: { kind: 'COMPLAINT', projectId: await unitId('HY-GZ-ZJW'), channel: 'APP', categoryCode: 'PM_ENVIRONMENT', title: 'x', description: 'x', receivedAt: new Date().toISOString(), customers: [{ name: '赵' }] } },
      owner,
    );
    expect(elsewhere.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const listed = await app.gql(`{ complaints(first: 100) { totalCount edges { node { id } } } }`, {}, owner);
    expect(listed.errors).toBeUndefined();
    const ids = listed.data!.complaints.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids.sort()).toEqual([mine.id, filed.data!.createComplaint.complaint.id].sort());
    expect(listed.data!.complaints.totalCount).toBe(2);

    const other = await app.gql(`query($id: ID!) { complaint(id: $id) { id } node(id: $id) { id } }`, { id: neighbour.id }, owner);
    expect(other.data).toEqual({ complaint: null, node: null });
  });

  it('shows the owner status, deadlines and public timeline entries, never internal notes or staff phones', async () => {
    const c = await staffComplaint('地下车库漏水', { name: '孙先生', phone: '13977778888', room: '2-301' });
    let v = await staffAct('ysf.head', 'respondToComplaint', { id: c.id, version: c.version, note: '已致电业主，明早上门查看' });
    v = await staffAct('south.cr.exec', 'overrideComplaintGrade', { id: v.id, version: v.version, gradeCode: 'A2', reason: '内部：怀疑施工单位防水偷工，先别告诉业主' });
    const owner = await tokenOf('13977778888', '2-301');

    const res = await app.gql(`query($id: ID!) { complaint(id: $id) { ${OWNER_VIEW} } }`, { id: c.id }, owner);
    expect(res.errors).toBeUndefined();
    const seen = res.data!.complaint;
    expect(seen.status).toBe(v.status);
    expect(seen.responseDueAt).toBeTruthy();
    expect(seen.project).toEqual({ name: '广州·云山府' });
    expect(seen.gradeExplanation).toEqual([]);
    expect(seen.allowedActions).toEqual([]);
    expect(seen.handler).toMatchObject({ phone: null, login: '' });
    const types = seen.events.edges.map((e: { node: { type: string } }) => e.node.type);
    expect(types).toContain('COMPLAINT_CREATED');
    expect(types).not.toContain('GRADE_OVERRIDDEN');
    const text = JSON.stringify(seen);
    expect(text).not.toContain('偷工');
    expect(text).not.toContain('13800000030'); // the project head's phone
    for (const edge of seen.events.edges) expect(edge.node).toMatchObject({ data: null, actor: null });

    // Staff see the full file.
    const staff = await app.gql(`query($id: ID!) { complaint(id: $id) { events(first: 50) { edges { node { reason } } } } }`, { id: c.id }, await app.tokenFor('ysf.head'));
    expect(JSON.stringify(staff.data)).toContain('偷工');
  });

  it('asks the owner for a rating once the complaint is concluded, and records it as the return visit', async () => {
    const c = await staffComplaint('热水器安装漏水', { name: '周女士', phone: '13600001111', room: '8-808' });
    const owner = await tokenOf('13600001111', '8-808');
    const stranger = await tokenOf('13600002222', '8-809');
    let v = await staffAct('ysf.head', 'respondToComplaint', { id: c.id, version: c.version, note: '已联系' });
    const early = await app.gql(`mutation($input: SubmitOwnerRatingInput!) { submitOwnerRating(input: $input) { complaint { id } } }`, { input: { id: v.id, version: v.version, score: 5 } }, owner);
    expect(early.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    v = await staffAct('ysf.head', 'startHandling', { id: v.id, version: v.version, plan: '更换密封圈' });
    v = await staffAct('ysf.head', 'concludeComplaint', { id: v.id, version: v.version, planApproved: true, acceptingHouseholds: 1, summary: '已更换' });

    const asked = await app.gql(`query($id: ID!) { complaint(id: $id) { allowedActions version } }`, { id: c.id }, owner);
    expect(asked.data!.complaint.allowedActions).toEqual(['RECORD_RETURN_VISIT']);

    const notTheirs = await app.gql(`mutation($input: SubmitOwnerRatingInput!) { submitOwnerRating(input: $input) { complaint { id } } }`, { input: { id: v.id, version: v.version, score: 1 } }, stranger);
    expect(notTheirs.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const staffTry = await app.gql(`mutation($input: SubmitOwnerRatingInput!) { submitOwnerRating(input: $input) { complaint { id } } }`, { input: { id: v.id, version: v.version, score: 5 } }, await app.tokenFor('ysf.head'));
    expect(staffTry.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const rated = await app.gql(
      `mutation($input: SubmitOwnerRatingInput!) { submitOwnerRating(input: $input) { complaint { status allowedActions events(first: 50) { edges { node { type } } } } } }`,
      { input: { id: v.id, version: v.version, score: 5, comment: '维修师傅很专业' } },
      owner,
    );
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.submitOwnerRating.complaint.status).toBe('RETURN_VISITED');
    expect(rated.data!.submitOwnerRating.complaint.events.edges.map((e: { node: { type: string } }) => e.node.type)).toContain('RETURN_VISIT_RECORDED');
    const visit = await app.orm.em.fork().findOneOrFail(ReturnVisit, { complaint: parseGlobalId(c.id)!.id });
    expect(visit).toMatchObject({ method: 'APP', score: 5, suggestions: '维修师傅很专业', visitor: null });
  });

  it('finds a complaint the project’s service centre took for the owner', async () => {
    const res = await app.gql(
      `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id } } }`,
      { input: { kind: 'COMPLAINT', projectId: await unitId('HY-GZ-YSF-SC'), channel: 'VISIT', categoryCode: 'PM_ORDER', title: '夜间噪音', description: '楼上装修夜间施工。', receivedAt: new Date(Date.now() - 60_000).toISOString(), customers: [{ name: '郑先生', phone: '13688889999', room: '3-303' }] } },
      await app.tokenFor('ysf.sc'),
    );
    expect(res.errors).toBeUndefined();
    const owner = await tokenOf('13688889999', '3-303');
    const listed = await app.gql(`{ complaints(first: 5) { edges { node { id project { name } } } } }`, {}, owner);
    expect(listed.data!.complaints.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([res.data!.createComplaint.complaint.id]);
  });

  it('ends an owner’s access the moment their app is revoked, and never takes an owner token for a person’s', async () => {
    await staffComplaint('窗户漏风', { name: '吴先生', phone: '13611112222', room: '1-1' });
    const owner = await tokenOf('13611112222', '1-1');
    expect((await app.gql(`{ me { user { id } } }`, {}, owner)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await app.gql(`{ users(first: 1) { edges { node { id } } } }`, {}, owner)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await app.gql(`{ complaints(first: 5) { edges { node { id } } } }`, {}, owner)).data!.complaints.edges).toHaveLength(1);

    const revoked = await app.gql(`mutation($input: ApiClientIdInput!) { revokeApiClient(input: $input) { client { active } } }`, { input: { id: appClientId } }, await app.tokenFor('admin'));
    expect(revoked.data!.revokeApiClient.client.active).toBe(false);
    const after = await app.gql(`{ complaints(first: 5) { edges { node { id } } } }`, {}, owner);
    expect(after.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(after.data ?? null).toBeNull();
  });
});

describe('owner keys', () => {
  it('are stored on complaints by intake, and the migration’s backfill computes the same keys for older rows', async () => {
    const em = app.orm.em.fork();
    const written = new Map((await em.find(Complaint, {}, { fields: ['ownerKeys'] })).map((row) => [row.id, [...row.ownerKeys].sort()]));
    expect([...written.values()].filter((keys) => keys.length > 0).length).toBeGreaterThan(3);

    // Run the migration's own backfill statement over rows whose keys were wiped, as on an upgraded database.
    const migration = new Migration20261123051438_api_clients(em.getDriver(), app.orm.config);
    await migration.up();
    const backfill = migration.getQueries().map(String).find((sql) => sql.startsWith('update "complaint"'));
    expect(backfill).toBeDefined();
    await em.getConnection().execute(`update complaint set owner_keys = '{}'`);
    await em.getConnection().execute(backfill!);

    const recomputed = await em.fork().find(Complaint, {}, { fields: ['ownerKeys'] });
    expect(recomputed).toHaveLength(written.size);
    for (const row of recomputed) expect([...row.ownerKeys].sort(), row.id).toEqual(written.get(row.id));
  });
});
