import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { JobRunner } from '../jobs/job-runner.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { runOverdueClock } from '../sla/overdue-clock.service.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { attemptDelivery, fanOutWebhooks, startWebhookJobs } from './webhook-dispatch.service.js';
import { verifyWebhookSignature } from './webhook-signature.js';

/** What a partner's receiver saw: headers and the raw body, exactly as sent. */
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let app: TestApp;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** Status codes to answer with per path, in order; 200 once they run out. */
const answers = new Map<string, number[]>();

beforeAll(async () => {
  app = await startTestApp();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = answers.get(req.url ?? '')?.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'receiver broke');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  receiverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  await app?.close();
});

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
const ENDPOINT = 'id url events active version createdAt client { name }';
const DELIVERY = 'id eventType status attempts lastStatusCode lastError deliveredAt payload attemptLog { statusCode error replay }';

async function createClient(scopes: string[], code = 'HY-GZ-YSF', login = 'admin') {
  const res = await app.gql(
    `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { id } } }`,
    { input: { name: `应用 ${code}`, orgUnitId: await unitId(code), scopes } },
    await app.tokenFor(login),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createApiClient as { key: string; client: { id: string } };
}

async function register(token: string, events: string[], path: string, clientId?: string) {
  const res = await app.gql(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT} } } }`,
    { input: { url: `${receiverUrl}${path}`, events, ...(clientId ? { clientId } : {}) } },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createWebhookEndpoint as { secret: string; endpoint: { id: string; version: number } };
}

async function fileComplaint(code: string, title: string) {
  const res = await app.gql(
    `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id number version } } }`,
    {
      input: {
        kind: 'COMPLAINT', projectId: await unitId(code), channel: 'PHONE', categoryCode: 'PM_ENVIRONMENT', title,
        description: `${title}，业主来电反映。`, receivedAt: new Date(Date.now() - 60_000).toISOString(),
        customers: [{ name: '王女士', phone: '13911112222', room: '3-1201' }],
      },
    },
    await app.tokenFor(code === 'HY-GZ-YSF' ? 'ysf.agent' : 'south.cr.exec'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createComplaint.complaint as { id: string; number: string; version: number };
}

/** The fan-out once, then every new delivery sent once, as the job would (no retries). */
async function fanOutAndSend(): Promise<string[]> {
  const ids = await fanOutWebhooks(app.orm);
  for (const id of ids) await attemptDelivery(app.orm.em.fork(), id, { replay: false, finalAttempt: true });
  return ids;
}

type DocsVerifier = (secret: string, headers: IncomingHttpHeaders, rawBody: string, now?: number) => boolean;

/** The verification code partners copy from docs/partners.md, loaded as they would run it. */
async function docsVerifier(): Promise<DocsVerifier> {
  const docs = await readFile(new URL('../../../docs/partners.md', import.meta.url), 'utf8');
  const block = /<!-- webhook-verify[^>]*-->\s*```js\n([\s\S]*?)```/.exec(docs)?.[1];
  if (!block) throw new Error('docs/partners.md has no webhook-verify block');
  const dir = await mkdtemp(join(tmpdir(), 'kesu-docs-'));
  try {
    const file = join(dir, 'verify.mjs');
    await writeFile(file, block);
    return ((await import(pathToFileURL(file).href)) as { verifyKesuWebhook: DocsVerifier }).verifyKesuWebhook;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const receivedAt = (path: string) => received.filter((r) => r.path === path);
const bodyOf = (r: Received) => JSON.parse(r.body) as { id: string; type: string; occurredAt: string; data: Record<string, any> };
const verify = (secret: string, r: Received) =>
  verifyWebhookSignature(secret, { timestamp: r.headers['kesu-webhook-timestamp'] as string, signature: r.headers['kesu-webhook-signature'] as string }, r.body);

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(100);
  }
}

describe('webhooks', () => {
  it('deliver complaint.created signed, retried by the job runner after a 500, and recorded', async () => {
    const { key } = await createClient(['complaints:read']);
    const { secret, endpoint } = await register(key, ['complaint.created'], '/created');
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const jobs = await JobRunner.start({
      connectionString: app.orm.config.getClientUrl(),
      pollingIntervalSeconds: 0.5,
      log: () => undefined,
    });
    let complaint: { id: string; number: string } | undefined;
    try {
      answers.set('/created', [500]);
      complaint = await fileComplaint('HY-GZ-YSF', '地库照明损坏');
      // As main.ts wires it: the periodic fan-out (every second here) and the delivery worker, retrying after 1 s.
      await startWebhookJobs(jobs, app.orm, { retry: { limit: 3, delaySeconds: 1, backoff: false }, everySeconds: 1, log: () => undefined });
      const settled = async () => {
        const row = await app.orm.em.fork().findOne(WebhookDelivery, { endpoint: { url: `${receiverUrl}/created` } });
        return row !== null && row.status !== 'PENDING';
      };
      await until(settled);
    } finally {
      await jobs.stop({ timeoutMs: 5_000 });
    }

    const calls = receivedAt('/created');
    expect(calls).toHaveLength(2);
    const verifyAsDocumented = await docsVerifier();
    for (const call of calls) {
      expect(verify(secret, call)).toBe(true);
      expect(verifyAsDocumented(secret, call.headers, call.body)).toBe(true);
    }
    expect(verify('whsec_wrong', calls[1]!)).toBe(false);
    expect(verifyAsDocumented('whsec_wrong', calls[1]!.headers, calls[1]!.body)).toBe(false);
    expect(verifyAsDocumented(secret, calls[1]!.headers, calls[1]!.body.replace('REGISTERED', 'CONCLUDED'))).toBe(false);
    expect(verifyAsDocumented(secret, calls[1]!.headers, calls[1]!.body, Date.now() + 6 * 60 * 1000)).toBe(false);
    const body = bodyOf(calls[1]!);
    expect(calls[0]!.body).toBe(calls[1]!.body);
    expect(calls[1]!.headers['kesu-webhook-id']).toBe(body.id);
    expect(body).toMatchObject({ type: 'complaint.created', data: { event: 'COMPLAINT_CREATED', complaint: { id: complaint!.id, number: complaint!.number, status: 'REGISTERED', fromStatus: null, projectId: await unitId('HY-GZ-YSF') } } });
    expect(calls[1]!.body).not.toContain('13911112222');
    expect(calls[1]!.body).not.toContain('王女士');

    const history = await app.gql(
      `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 10) { totalCount edges { node { ${DELIVERY} } } } }`,
      { id: endpoint.id },
      key,
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.webhookDeliveries.totalCount).toBe(1);
    const delivery = history.data!.webhookDeliveries.edges[0].node;
    expect(delivery).toMatchObject({ eventType: 'complaint.created', status: 'SUCCEEDED', attempts: 2, lastStatusCode: 200, lastError: null });
    expect(delivery.deliveredAt).not.toBeNull();
    expect(delivery.attemptLog).toEqual([
      { statusCode: 500, error: 'HTTP 500: receiver broke', replay: false },
      { statusCode: 200, error: null, replay: false },
    ]);
    expect(delivery.id).toBe(toGlobalId('WebhookDelivery', body.id));
    expect(delivery.payload.data.complaint.id).toBe(body.data.complaint.id);
  });

  it('record a delivery FAILED after its last attempt, and a replay sends the same delivery again', async () => {
    const { key } = await createClient(['complaints:read']);
    const { secret } = await register(key, ['complaint.created'], '/failing');
    await fileComplaint('HY-GZ-YSF', '车库门禁失灵');
    answers.set('/failing', [503]);
    await fanOutAndSend();
    const row = await app.orm.em.fork().findOneOrFail(WebhookDelivery, { endpoint: { url: `${receiverUrl}/failing` } });
    const id = row.id;
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, lastStatusCode: 503 });

    const replay = await app.gql(
      `mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { delivery { ${DELIVERY} } } }`,
      { input: { id: toGlobalId('WebhookDelivery', id) } },
      key,
    );
    expect(replay.errors).toBeUndefined();
    expect(replay.data!.replayWebhookDelivery.delivery).toMatchObject({ status: 'SUCCEEDED', attempts: 2, lastStatusCode: 200 });
    expect(replay.data!.replayWebhookDelivery.delivery.attemptLog.map((a: { replay: boolean }) => a.replay)).toEqual([false, true]);
    const calls = receivedAt('/failing');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.headers['kesu-webhook-id']).toBe(calls[1]!.headers['kesu-webhook-id']);
    expect(calls[1]!.body).toBe(calls[0]!.body);
    expect(verify(secret, calls[1]!)).toBe(true);

    // The fan-out runs again over the same events (its overlap window): nothing is delivered twice.
    await fanOutAndSend();
    expect(receivedAt('/failing')).toHaveLength(2);
  });

  it('deliver complaint.status_changed after a transition, with the statuses before and after', async () => {
    const { key } = await createClient(['complaints:transition']);
    const { secret } = await register(key, ['complaint.status_changed'], '/status');
    const complaint = await fileComplaint('HY-GZ-YSF', '楼道灯不亮');
    await fanOutAndSend();
    expect(receivedAt('/status')).toHaveLength(0); // intake is not a status change
    const responded = await app.gql(
      `mutation($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { complaint { status } } }`,
      { input: { id: complaint.id, version: complaint.version, note: '已联系业主' } },
      await app.tokenFor('ysf.agent'),
    );
    expect(responded.errors).toBeUndefined();
    await fanOutAndSend();
    const calls = receivedAt('/status');
    expect(calls).toHaveLength(1);
    expect(verify(secret, calls[0]!)).toBe(true);
    expect(bodyOf(calls[0]!)).toMatchObject({
      type: 'complaint.status_changed',
      data: { event: 'COMPLAINT_RESPONDED', complaint: { id: complaint.id, number: complaint.number, fromStatus: 'REGISTERED', status: responded.data!.respondToComplaint.complaint.status } },
    });
  });

  it('deliver complaint.overdue when the clock marks a complaint overdue', async () => {
    const { key } = await createClient(['complaints:read'], 'HY-SC-GZ');
    const { secret } = await register(key, ['complaint.overdue'], '/overdue');
    const complaint = await fileComplaint('HY-GZ-YSF', '电梯困人未及时处理');
    await fanOutAndSend();
    expect(receivedAt('/overdue')).toHaveLength(0);
    const clock = await runOverdueClock(app.orm, new Date(Date.now() + 25 * 24 * 60 * 60 * 1000));
    expect(clock.markedOverdue).toBeGreaterThan(0);
    await fanOutAndSend();
    const mine = receivedAt('/overdue').filter((r) => bodyOf(r).data.complaint.id === complaint.id);
    expect(mine).toHaveLength(1);
    expect(verify(secret, mine[0]!)).toBe(true);
    expect(bodyOf(mine[0]!)).toMatchObject({ type: 'complaint.overdue', data: { event: 'MARKED_OVERDUE', complaint: { overdue: true, number: complaint.number } } });
  });

  it('deliver case.published to clients reading cases of the group', async () => {
    const { key } = await createClient(['cases:read'], 'HY-SC-GZ');
    const { key: noCases } = await createClient(['complaints:read'], 'HY-SC-GZ');
    const { secret } = await register(key, ['case.published'], '/cases');
    await register(noCases, ['case.published'], '/no-cases');
    const mutate = async (login: string, name: string, input: Record<string, unknown>) => {
      const type = name[0]!.toUpperCase() + name.slice(1) + 'Input';
      const res = await app.gql(`mutation($input: ${type}!) { ${name}(input: $input) { case { id status } } }`, { input }, await app.tokenFor(login));
      expect(res.errors).toBeUndefined();
      return res.data![name].case as { id: string; status: string };
    };
    const draft = await mutate('south.cr.exec', 'createCase', {
      orgUnitId: await unitId('HY-SC'), categoryCode: 'DEV_CUSTOMER_SERVICE', gradeCode: 'A2', year: 2025, title: '交付前一户一验的培训案例',
      background: '华南区域交付前开展一户一验。', tags: ['培训'],
    });
    await mutate('south.cr.exec', 'submitCaseForReview', { id: draft.id });
    await fanOutAndSend();
    expect(receivedAt('/cases')).toHaveLength(0); // not yet published
    await mutate('south.cr.lead', 'publishCase', { id: draft.id });
    await fanOutAndSend();
    const calls = receivedAt('/cases');
    expect(calls).toHaveLength(1);
    expect(verify(secret, calls[0]!)).toBe(true);
    expect(bodyOf(calls[0]!)).toMatchObject({ type: 'case.published', data: { case: { id: draft.id, title: '交付前一户一验的培训案例', gradeCode: 'A2' } } });
    expect(receivedAt('/no-cases')).toHaveLength(0);
  });

  it('send nothing for projects outside the client’s subtree, to inactive endpoints or to revoked clients', async () => {
    const { key: other } = await createClient(['complaints:read'], 'HY-GZ-ZJW');
    await register(other, ['complaint.created', 'complaint.status_changed', 'complaint.overdue'], '/other-project');
    const { key: paused } = await createClient(['complaints:read']);
    const { endpoint } = await register(paused, ['complaint.created'], '/paused');
    const update = await app.gql(
      `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { active version } } }`,
      { input: { id: endpoint.id, version: endpoint.version, active: false } },
      paused,
    );
    expect(update.data!.updateWebhookEndpoint.endpoint.active).toBe(false);
    const revoked = await createClient(['complaints:read']);
    await register(revoked.key, ['complaint.created'], '/revoked');
    const revoke = await app.gql(`mutation($input: ApiClientIdInput!) { revokeApiClient(input: $input) { client { active } } }`, { input: { id: revoked.client.id } }, await app.tokenFor('admin'));
    expect(revoke.data!.revokeApiClient.client.active).toBe(false);
    await fileComplaint('HY-GZ-YSF', '消防通道被占用');
    await fanOutAndSend();
    expect(receivedAt('/other-project')).toHaveLength(0);
    expect(receivedAt('/paused')).toHaveLength(0);
    expect(receivedAt('/revoked')).toHaveLength(0);
    // The same client does hear about its own project.
    await fileComplaint('HY-GZ-ZJW', '珠江湾水压不足');
    await fanOutAndSend();
    expect(receivedAt('/other-project').map((r) => bodyOf(r).type)).toEqual(['complaint.created']);
  });

  it('are listed, seen and replayed only by their own client and the admins above it', async () => {
    const { key: mine, client } = await createClient(['complaints:read']);
    const { endpoint } = await register(mine, ['complaint.created'], '/mine');
    const { key: stranger } = await createClient(['complaints:read']);
    // An admin of the group registers one for a client in 华东; the admin of 华南 cannot reach it.
    const east = await createClient(['complaints:read'], 'HY-EC-HZ');
    const eastEndpoint = (await register(await app.tokenFor('admin'), ['complaint.created'], '/east', east.client.id)).endpoint;
    const refused = await app.gql(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
      { input: { url: `${receiverUrl}/x`, events: ['complaint.created'], clientId: east.client.id } },
      await app.tokenFor('south.admin'),
    );
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const southRegistered = await register(await app.tokenFor('south.admin'), ['complaint.created'], '/south-admin', client.id);
    expect(southRegistered.secret).toMatch(/^whsec_/);

    await fileComplaint('HY-GZ-YSF', '外墙渗水');
    await fanOutAndSend();
    expect(receivedAt('/mine')).toHaveLength(1);
    const deliveryId = toGlobalId('WebhookDelivery', bodyOf(receivedAt('/mine')[0]!).id);

    const LIST = `{ webhookEndpoints(first: 100) { edges { node { id } } } }`;
    const ids = async (token: string) => (await app.gql(LIST, {}, token)).data!.webhookEndpoints.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids(mine)).toEqual([endpoint.id, southRegistered.endpoint.id]);
    expect(await ids(stranger)).toEqual([]);
    expect(await ids(await app.tokenFor('south.admin'))).toContain(endpoint.id);
    expect(await ids(await app.tokenFor('south.admin'))).not.toContain(eastEndpoint.id);
    expect(await ids(await app.tokenFor('admin'))).toEqual(expect.arrayContaining([endpoint.id, eastEndpoint.id]));

    const HISTORY = `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 10) { totalCount edges { node { id } } } node(id: $id) { id } }`;
    for (const token of [stranger, await app.tokenFor('east.cr.exec')]) {
      const seen = await app.gql(HISTORY, { id: endpoint.id }, token);
      if (seen.errors) expect(seen.errors[0]!.extensions!.code).toBe('FORBIDDEN');
      else expect(seen.data).toEqual({ webhookDeliveries: { totalCount: 0, edges: [] }, node: null });
    }
    const asAdmin = await app.gql(HISTORY, { id: endpoint.id }, await app.tokenFor('south.admin'));
    expect(asAdmin.data!.webhookDeliveries.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([deliveryId]);
    expect(asAdmin.data!.node).toEqual({ id: endpoint.id });

    const REPLAY = `mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { delivery { attempts } } }`;
    expect((await app.gql(REPLAY, { input: { id: deliveryId } }, stranger)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { url } } }`;
    expect((await app.gql(UPDATE, { input: { id: eastEndpoint.id, version: 1, url: `${receiverUrl}/stolen` } }, await app.tokenFor('south.admin'))).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await app.gql(UPDATE, { input: { id: endpoint.id, version: 1, url: `${receiverUrl}/stolen` } }, stranger)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const ROTATE = `mutation($input: WebhookEndpointIdInput!) { rotateWebhookSecret(input: $input) { secret } }`;
    expect((await app.gql(ROTATE, { input: { id: endpoint.id } }, stranger)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const DELETE = `mutation($input: WebhookEndpointIdInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }`;
    expect((await app.gql(DELETE, { input: { id: endpoint.id } }, stranger)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    // Nothing changed: one attempt, the same URL, still there.
    const row = await app.orm.em.fork().findOneOrFail(WebhookDelivery, { endpoint: { url: `${receiverUrl}/mine` } }, { populate: ['endpoint'] });
    expect(row.attempts).toBe(1);
    expect(receivedAt('/mine')).toHaveLength(1);
    expect(receivedAt('/stolen')).toHaveLength(0);

    // Its own client replays, rotates and deletes.
    expect((await app.gql(REPLAY, { input: { id: deliveryId } }, await app.tokenFor('south.admin'))).data!.replayWebhookDelivery.delivery.attempts).toBe(2);
    const rotated = await app.gql(ROTATE, { input: { id: endpoint.id } }, mine);
    const newSecret = rotated.data!.rotateWebhookSecret.secret as string;
    expect((await app.gql(REPLAY, { input: { id: deliveryId } }, mine)).data!.replayWebhookDelivery.delivery.attempts).toBe(3);
    expect(verify(newSecret, receivedAt('/mine')[2]!)).toBe(true);
    expect((await app.gql(DELETE, { input: { id: endpoint.id } }, mine)).data!.deleteWebhookEndpoint.deletedId).toBe(endpoint.id);
    expect(await ids(mine)).toEqual([southRegistered.endpoint.id]);
  });

  it('refuse bad URLs and events, naming the field', async () => {
    const { key } = await createClient(['complaints:read']);
    const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`;
    for (const url of ['ftp://example.com/hook', 'http://hooks.example.com/kesu', 'not a url', 'https://user:pw@example.com/hook', '']) {
      const res = await app.gql(CREATE, { input: { url, events: ['complaint.created'] } }, key);
      expect(res.errors?.[0]?.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    const badEvent = await app.gql(CREATE, { input: { url: `${receiverUrl}/x`, events: ['complaint.deleted'] } }, key);
    expect(badEvent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events.0' });
    const none = await app.gql(CREATE, { input: { url: `${receiverUrl}/x`, events: [] } }, key);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
    // A person must say which app the endpoint is for.
    const noClient = await app.gql(CREATE, { input: { url: `${receiverUrl}/x`, events: ['complaint.created'] } }, await app.tokenFor('admin'));
    expect(noClient.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientId' });
    // Staff without ADMIN cannot manage webhooks at all.
    expect((await app.gql(CREATE, { input: { url: `${receiverUrl}/x`, events: ['complaint.created'] } }, await app.tokenFor('ysf.agent'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
