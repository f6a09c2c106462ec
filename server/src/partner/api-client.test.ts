import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { ApiClient } from './api-client.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
const CLIENT = 'id name scopes keyPrefix active revokedAt lastUsedAt costPerMinute persistedOnly version orgUnit { name }';

async function createClient(scopes: string[], code = 'HY-GZ-YSF', login = 'admin', name = '测试应用') {
  const res = await app.gql(
    `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { ${CLIENT} } } }`,
    { input: { name, orgUnitId: await unitId(code), scopes } },
    await app.tokenFor(login),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createApiClient as { key: string; client: { id: string; keyPrefix: string; version: number } };
}

async function fileComplaint(code: string, title: string, customers = [{ name: '王女士', phone: '13911112222', room: '3-1201' }]) {
  const login = code === 'HY-GZ-YSF' ? 'ysf.agent' : 'south.cr.exec';
  const res = await app.gql(
    `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id version } } }`,
    {
      input: {
        kind: 'COMPLAINT', projectId: await unitId(code), channel: 'PHONE', categoryCode: 'PM_ENVIRONMENT', title,
        description: `${title}，业主来电反映。`, receivedAt: new Date(Date.now() - 60_000).toISOString(), customers,
      },
    },
    await app.tokenFor(login),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createComplaint.complaint as { id: string; version: number };
}

const LIST = `{ complaints(first: 100) { edges { node { id title project { name } customers { phone } } } } }`;
const ONE = `query($id: ID!) { complaint(id: $id) { id title } node(id: $id) { id } }`;

describe('API clients', () => {
  it('are created by an admin with the key shown once and stored only as a hash', async () => {
    const { key, client } = await createClient(['complaints:read']);
    expect(key).toMatch(/^ksk_[A-Za-z0-9_-]{32}$/);
    expect(key.startsWith(client.keyPrefix)).toBe(true);
    const row = await app.orm.em.fork().findOneOrFail(ApiClient, { keyPrefix: client.keyPrefix });
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(key);
    const listed = await app.gql(`{ apiClients(first: 50) { edges { node { ${CLIENT} } } } }`, {}, await app.tokenFor('admin'));
    expect(listed.data!.apiClients.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(client.id);
    expect(JSON.stringify(listed)).not.toContain(key);
  });

  it('limited to one project cannot read another project’s complaints, in the list or by id', async () => {
    const mine = await fileComplaint('HY-GZ-YSF', '电梯间地面未清洁');
    const other = await fileComplaint('HY-GZ-ZJW', '珠江湾垃圾清运不及时');
    const { key } = await createClient(['complaints:read']);

    const listed = await app.gql(LIST, {}, key);
    expect(listed.errors).toBeUndefined();
    const nodes = listed.data!.complaints.edges.map((e: { node: { id: string; project: { name: string }; customers: { phone: string }[] } }) => e.node);
    expect(nodes.map((n: { id: string }) => n.id)).toContain(mine.id);
    expect(nodes.map((n: { id: string }) => n.id)).not.toContain(other.id);
    expect(new Set(nodes.map((n: { project: { name: string } }) => n.project.name))).toEqual(new Set(['广州·云山府']));
    // complaints:read alone does not reveal customer phones.
    expect(nodes.find((n: { id: string }) => n.id === mine.id).customers[0].phone).toBe('139****2222');

    const byId = await app.gql(ONE, { id: other.id }, key);
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({ complaint: null, node: null });
    expect((await app.gql(ONE, { id: mine.id }, key)).data!.complaint.id).toBe(mine.id);
  });

  it('cannot do what its scopes do not name, and is told so', async () => {
    const { key } = await createClient(['complaints:read']);
    const mine = await fileComplaint('HY-GZ-YSF', '地库积水');
    const respond = await app.gql(`mutation($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { complaint { id } } }`, { input: { ...mine, note: 'x' } }, key);
    expect(respond.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const users = await app.gql(`{ users(first: 5) { edges { node { id } } } }`, {}, key);
    expect(users.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const me = await app.gql(`{ me { user { id } } currentApiClient { name scopes } }`, {}, key);
    expect(me.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const current = await app.gql(`{ currentApiClient { name scopes } }`, {}, key);
    expect(current.data!.currentApiClient).toEqual({ name: '测试应用', scopes: ['complaints:read'] });
  });

  it('with complaints:create and :transition files and handles complaints, recorded as done through the app', async () => {
    const { key } = await createClient(['complaints:create', 'complaints:transition'], 'HY-SC-GZ', 'admin', '呼叫中心');
    const created = await app.gql(
      `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id version customers { phone } events(first: 5) { edges { node { type via actor { id } } } } } } }`,
      { input: { kind: 'COMPLAINT', projectId: await unitId('HY-GZ-ZJW'), channel: 'PHONE', categoryCode: 'PM_ENVIRONMENT', title: '楼道堆放杂物', description: '业主来电：楼道长期堆放杂物。', receivedAt: new Date().toISOString(), customers: [{ name: '李先生', phone: '13677778888', room: '2-502' }], idempotencyKey: 'call-1' } },
      key,
    );
    expect(created.errors).toBeUndefined();
    const c = created.data!.createComplaint.complaint;
    expect(c.customers[0].phone).toBe('13677778888');
    expect(c.events.edges[0].node).toEqual({ type: 'COMPLAINT_CREATED', via: '呼叫中心', actor: null });
    const responded = await app.gql(`mutation($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { complaint { status } } }`, { input: { id: c.id, version: c.version, note: '已回电' } }, key);
    expect(responded.errors).toBeUndefined();
    expect(responded.data!.respondToComplaint.complaint.status).not.toBe('REGISTERED');
  });

  it('is refused at once when revoked, and a rotated key replaces the old one at once', async () => {
    const { key, client } = await createClient(['complaints:read']);
    expect((await app.gql(LIST, {}, key)).errors).toBeUndefined();

    const rotated = await app.gql(`mutation($input: ApiClientIdInput!) { rotateApiClientKey(input: $input) { key client { keyPrefix } } }`, { input: { id: client.id } }, await app.tokenFor('admin'));
    const newKey = rotated.data!.rotateApiClientKey.key as string;
    expect(newKey).not.toBe(key);
    expect((await app.gql(LIST, {}, key)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(LIST, {}, newKey)).errors).toBeUndefined();

    const revoked = await app.gql(`mutation($input: ApiClientIdInput!) { revokeApiClient(input: $input) { client { active revokedAt } } }`, { input: { id: client.id } }, await app.tokenFor('admin'));
    expect(revoked.data!.revokeApiClient.client.active).toBe(false);
    const refused = await app.gql(LIST, {}, newKey);
    expect(refused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(refused.errors![0]!.message).toContain('吊销');
    expect(refused.data ?? null).toBeNull();
  });

  it('records when it was last used, to the minute', async () => {
    const { key, client } = await createClient(['complaints:read']);
    await app.gql(LIST, {}, key);
    const row = await app.orm.em.fork().findOneOrFail(ApiClient, { keyPrefix: client.keyPrefix });
    expect(Date.now() - row.lastUsedAt!.getTime()).toBeLessThan(60_000);
  });

  it('is managed only by admins of its unit: others get nothing and change nothing', async () => {
    const { client } = await createClient(['complaints:read'], 'HY-EC');
    const before = await app.orm.em.fork().count(ApiClient, {});
    const southAdmin = await app.tokenFor('south.admin');
    const listed = await app.gql(`{ apiClients(first: 100) { edges { node { id } } } }`, {}, southAdmin);
    expect(listed.data!.apiClients.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(client.id);
    expect((await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: client.id }, southAdmin)).data!.node).toBeNull();
    for (const mutation of ['revokeApiClient', 'rotateApiClientKey']) {
      const res = await app.gql(`mutation($input: ApiClientIdInput!) { ${mutation}(input: $input) { client { id } } }`, { input: { id: client.id } }, southAdmin);
      expect(res.errors![0]!.extensions!.code, mutation).toBe('NOT_FOUND');
    }
    const foreign = await app.gql(`mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`, { input: { name: 'x', orgUnitId: await unitId('HY-EC'), scopes: ['complaints:read'] } }, southAdmin);
    expect(foreign.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const head = await app.gql(`mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`, { input: { name: 'x', orgUnitId: await unitId('HY-GZ-YSF'), scopes: ['complaints:read'] } }, await app.tokenFor('ysf.head'));
    expect(head.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await app.orm.em.fork().count(ApiClient, {})).toBe(before);
    const row = await app.orm.em.fork().findOneOrFail(ApiClient, { keyPrefix: client.keyPrefix });
    expect(row.revokedAt).toBeNull();
  });

  it('with cases:read and reports:read reads published cases and its own unit’s report, nothing else', async () => {
    const { key } = await createClient(['cases:read', 'reports:read'], 'HY-SC', 'admin', '培训 App');
    const caseMutation = async (login: string, mutation: string, input: Record<string, unknown>) => {
      const res = await app.gql(`mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { case { id } } }`, { input }, await app.tokenFor(login));
      expect(res.errors, mutation).toBeUndefined();
      return res.data![mutation].case.id as string;
    };
    const caseId = await caseMutation('south.cr.exec', 'createCase', {
      orgUnitId: await unitId('HY-SC'), categoryCode: 'DEV_CUSTOMER_SERVICE', year: 2025, title: '一户一验培训案例', background: '交付前开展一户一验。',
    });
    const titles = async () => ((await app.gql(`{ cases(first: 50) { edges { node { id status } } } }`, {}, key)).data!.cases.edges as { node: { id: string; status: string } }[]).map((e) => e.node);
    expect((await titles()).map((c) => c.id)).not.toContain(caseId);
    await caseMutation('south.cr.exec', 'submitCaseForReview', { id: caseId });
    await caseMutation('south.cr.lead', 'publishCase', { id: caseId });
    const seen = await titles();
    expect(seen.map((c) => c.id)).toContain(caseId);
    expect(new Set(seen.map((c) => c.status))).toEqual(new Set(['PUBLISHED']));
    const month = new Date().toISOString().slice(0, 7);
    const report = await app.gql(`query($id: ID!, $month: String!) { monthlyReport(orgUnitId: $id, month: $month) { totals { demands households } } }`, { id: await unitId('HY-SC'), month }, key);
    expect(report.errors).toBeUndefined();
    const other = await app.gql(`query($id: ID!, $month: String!) { monthlyReport(orgUnitId: $id, month: $month) { totals { demands households } } }`, { id: await unitId('HY-EC'), month }, key);
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const complaints = await app.gql(LIST, {}, key);
    expect(complaints.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses unknown scopes and bad budgets, naming the field', async () => {
    const admin = await app.tokenFor('admin');
    const bad = async (input: Record<string, unknown>) =>
      (await app.gql(`mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`, { input: { name: '应用', orgUnitId: await unitId('HY'), scopes: ['complaints:read'], ...input } }, admin)).errors![0]!.extensions;
    expect(await bad({ scopes: ['complaints:delete'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes.0' });
    expect(await bad({ scopes: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    expect(await bad({ costPerMinute: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'costPerMinute' });
    expect(await bad({ costPerMinute: 500, costPerHour: 100 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'costPerHour' });
  });
});
