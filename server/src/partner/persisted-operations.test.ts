import { createHash } from 'node:crypto';
import { createClient as createWsClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Complaint } from '../complaint/complaint.entity.js';
import { toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { PersistedOperation } from './persisted-operation.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
const sockets: Client[] = [];
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await app?.close();
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);

interface Reply {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions: Record<string, any> }[];
}

/** POST /graphql with any body: the APQ shape `{ extensions: { persistedQuery }, variables }` or a free-form query. */
async function post(body: Record<string, unknown>, token?: string): Promise<Reply> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Reply, 'status'>) };
}
const byHash = (query: string, variables: Record<string, unknown> = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });

async function createClient(options: { persistedOnly: boolean; code?: string; scopes?: string[] }) {
  const res = await app.gql(
    `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { id } } }`,
    { input: { name: '持久化查询测试', orgUnitId: await unitId(options.code ?? 'HY-GZ-YSF'), scopes: options.scopes ?? ['complaints:read', 'complaints:create'], persistedOnly: options.persistedOnly } },
    await app.tokenFor('admin'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createApiClient as { key: string; client: { id: string } };
}

const REGISTER = `mutation($input: RegisterPersistedOperationsInput!) { registerPersistedOperations(input: $input) { operations { id name sha256 } } }`;
async function register(clientId: string, operations: { name: string; query: string }[], login = 'admin') {
  return app.gql(REGISTER, { input: { clientId, operations } }, await app.tokenFor(login));
}
const countFor = (clientGlobalId: string) =>
  app.orm.em.fork().count(PersistedOperation, { client: Buffer.from(clientGlobalId, 'base64url').toString('utf8').split(':')[1]! });

const SELF = 'query Self { currentApiClient { name persistedOnly } }';
const LIST = 'query List($first: Int) { complaints(first: $first) { edges { node { id title } } } }';
const CREATE = 'mutation Create($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id title } } }';

async function complaintInput(title: string) {
  return {
    kind: 'COMPLAINT', projectId: await unitId('HY-GZ-YSF'), channel: 'APP', categoryCode: 'PM_ENVIRONMENT', title,
    description: `${title}，业主在应用中反映。`, receivedAt: new Date(Date.now() - 60_000).toISOString(), customers: [{ name: '王女士', phone: '13911112222', room: '3-1201' }],
  };
}

describe('persisted operations', () => {
  it('are registered by an admin, named by the sha256 of their text, and run by hash with variables', async () => {
    const { key, client } = await createClient({ persistedOnly: true });
    const res = await register(client.id, [{ name: 'Self', query: SELF }, { name: 'List', query: LIST }, { name: 'Create', query: CREATE }]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerPersistedOperations.operations.map((o: { name: string; sha256: string }) => [o.name, o.sha256])).toEqual([
      ['Self', sha256(SELF)],
      ['List', sha256(LIST)],
      ['Create', sha256(CREATE)],
    ]);

    const self = await post(byHash(SELF), key);
    expect(self.errors).toBeUndefined();
    expect(self.data).toEqual({ currentApiClient: { name: '持久化查询测试', persistedOnly: true } });
    const listed = await post(byHash(LIST, { first: 5 }), key);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.complaints.edges.length).toBeLessThanOrEqual(5);
    const created = await post(byHash(CREATE, { input: await complaintInput('通过持久化查询提交') }), key);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createComplaint.complaint.title).toBe('通过持久化查询提交');

    // Registering the same text again renames it and keeps one row.
    await register(client.id, [{ name: 'SelfRenamed', query: SELF }]);
    const listedOps = await app.gql(`query($id: ID!) { persistedOperations(clientId: $id, first: 10) { totalCount edges { node { name sha256 query } } } }`, { id: client.id }, await app.tokenFor('admin'));
    expect(listedOps.errors).toBeUndefined();
    expect(listedOps.data!.persistedOperations.totalCount).toBe(3);
    expect(listedOps.data!.persistedOperations.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(['Create', 'List', 'SelfRenamed']);
  });

  it('refuse a persisted-only client a free-form query, a query sent with its hash, an unknown hash and another client’s hash; nothing runs', async () => {
    const { key, client } = await createClient({ persistedOnly: true });
    const other = await createClient({ persistedOnly: false });
    await register(client.id, [{ name: 'Self', query: SELF }]);
    const OTHERS = 'query Others { currentApiClient { id } }';
    await register(other.client.id, [{ name: 'Others', query: OTHERS }]);

    const title = '持久化专用应用的自由查询';
    const freeForm = await post({ query: CREATE, variables: { input: await complaintInput(title) } }, key);
    expect(freeForm.status).toBe(400);
    expect(freeForm.data ?? null).toBeNull();
    expect(freeForm.errors).toHaveLength(1);
    expect(freeForm.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
    // Text and hash together is how Apollo's automatic persisted queries register text: refused too.
    const registering = await post({ ...byHash(CREATE), query: CREATE, variables: { input: await complaintInput(title) } }, key);
    expect(registering.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
    expect(await app.orm.em.fork().count(Complaint, { title })).toBe(0);
    // …and did not register anything: the hash alone is still unknown.
    const afterwards = await post(byHash(CREATE, { input: await complaintInput(title) }), key);
    expect(afterwards.status).toBe(400);
    expect(afterwards.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await app.orm.em.fork().count(Complaint, { title })).toBe(0);

    expect((await post(byHash(OTHERS), key)).errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'not-a-hash' } } }, key)).errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ extensions: { persistedQuery: { version: 2, sha256Hash: sha256(SELF) } } }, key)).errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // A refusal spends no cost budget.
    expect((await post({ query: SELF, operationName: 'Self' }, key)).errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
    const ok = await post(byHash(SELF), key);
    expect(ok.errors).toBeUndefined();
  });

  it('leave other clients and staff their free-form queries; other clients may call their own hashes too', async () => {
    const { key, client } = await createClient({ persistedOnly: false });
    const free = await post({ query: SELF }, key);
    expect(free.errors).toBeUndefined();
    expect(free.data!.currentApiClient.persistedOnly).toBe(false);
    await register(client.id, [{ name: 'Self', query: SELF }]);
    expect((await post(byHash(SELF), key)).data!.currentApiClient.persistedOnly).toBe(false);

    const staff = await post({ query: '{ me { user { name } } }' }, await app.tokenFor('admin'));
    expect(staff.errors).toBeUndefined();
    // Apollo's own automatic persisted queries are off for everybody.
    const apq = await post(byHash('{ me { user { name } } }'), await app.tokenFor('admin'));
    expect(apq.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('are validated against the schema: an invalid one names operations.N.query and nothing is written', async () => {
    const { client } = await createClient({ persistedOnly: true });
    const bad = await register(client.id, [{ name: 'Self', query: SELF }, { name: 'Broken', query: '{ currentApiClient { nope } }' }]);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'operations.1.query' });
    const syntax = await register(client.id, [{ name: 'Syntax', query: 'query {' }]);
    expect(syntax.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'operations.0.query' });
    expect(await countFor(client.id)).toBe(0);
  });

  it('cannot be registered by the client itself, nor listed or registered by an admin outside its subtree', async () => {
    const { key, client } = await createClient({ persistedOnly: false, code: 'HY-EC-HZ' });
    const own = await post({ query: REGISTER, variables: { input: { clientId: client.id, operations: [{ name: 'Mine', query: SELF }] } } }, key);
    expect(own.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const outside = await register(client.id, [{ name: 'Self', query: SELF }], 'south.admin');
    expect(outside.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const listed = await app.gql(`query($id: ID!) { persistedOperations(clientId: $id) { edges { node { name } } } }`, { id: client.id }, await app.tokenFor('south.admin'));
    expect(listed.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(await countFor(client.id)).toBe(0);

    // The group admin may.
    const allowed = await register(client.id, [{ name: 'Self', query: SELF }]);
    expect(allowed.errors).toBeUndefined();
    expect(await countFor(client.id)).toBe(1);
  });

  it('bind the owners an app vouches for as well', async () => {
    const { key, client } = await createClient({ persistedOnly: true, scopes: ['complaints:read', 'owner-delegation'] });
    const ISSUE = 'mutation Issue($input: IssueOwnerTokenInput!) { issueOwnerToken(input: $input) { token } }';
    const MINE = 'query Mine { complaints(first: 10) { edges { node { id } } } }';
    await register(client.id, [{ name: 'Issue', query: ISSUE }, { name: 'Mine', query: MINE }]);
    const issued = await post(byHash(ISSUE, { input: { phone: '13911112222', room: '3-1201', projectId: await unitId('HY-GZ-YSF') } }), key);
    expect(issued.errors).toBeUndefined();
    const owner = issued.data!.issueOwnerToken.token as string;
    expect((await post({ query: MINE }, owner)).errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
    const mine = await post(byHash(MINE), owner);
    expect(mine.errors).toBeUndefined();
    expect(Array.isArray(mine.data!.complaints.edges)).toBe(true);
  });

  it('once deleted, are refused by hash', async () => {
    const { key, client } = await createClient({ persistedOnly: true, code: 'HY-EC-HZ' });
    const registered = await register(client.id, [{ name: 'Self', query: SELF }]);
    const id = registered.data!.registerPersistedOperations.operations[0].id as string;
    expect((await post(byHash(SELF), key)).errors).toBeUndefined();

    const DELETE = `mutation($input: DeletePersistedOperationInput!) { deletePersistedOperation(input: $input) { deletedId } }`;
    // An admin of another region neither sees nor deletes it.
    expect((await app.gql(DELETE, { input: { id } }, await app.tokenFor('south.admin'))).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(await countFor(client.id)).toBe(1);
    const deleted = await app.gql(DELETE, { input: { id } }, await app.tokenFor('admin'));
    expect(deleted.data!.deletePersistedOperation.deletedId).toBe(id);
    expect((await post(byHash(SELF), key)).errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('persisted-only apps over WebSocket', () => {
  function subscribe(token: string, query: string) {
    const socket = createWsClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false });
    sockets.push(socket);
    const received: any[] = [];
    socket.subscribe({ query }, { next: (value) => received.push(value), error: (error) => received.push({ error }), complete: () => undefined });
    return received;
  }
  const until = async (check: () => boolean, ms = 3000) => {
    const end = Date.now() + ms;
    while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 25));
  };

  it('may subscribe only with the registered text', async () => {
    const { key, client } = await createClient({ persistedOnly: true });
    const WATCH = 'subscription Watch { complaintUpdated { title } }';
    await register(client.id, [{ name: 'Watch', query: WATCH }, { name: 'Create', query: CREATE }]);

    const refused = subscribe(key, 'subscription { complaintUpdated { title status } }');
    const admitted = subscribe(key, WATCH);
    await until(() => refused.length > 0);
    expect(refused[0].error[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    await new Promise((resolve) => setTimeout(resolve, 200));
    const created = await post(byHash(CREATE, { input: await complaintInput('订阅可见的投诉') }), key);
    expect(created.errors).toBeUndefined();
    await until(() => admitted.length > 0);
    expect(admitted).toEqual([{ data: { complaintUpdated: { title: '订阅可见的投诉' } } }]);
    expect(refused).toHaveLength(1);
  });
});
