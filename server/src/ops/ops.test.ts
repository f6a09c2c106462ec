import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { installGracefulShutdown } from './graceful-shutdown.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics.js';
import { ReadyState } from './ready-state.js';

const logLines: Record<string, unknown>[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ logger: createLogger({ level: 'info', destination }), env: { KESU_CORS_ORIGINS: 'https://admin.example.com' } });
});
afterAll(async () => {
  await app?.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function scrape(): Promise<string> {
  const response = await fetch(`${app.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

const sample = (text: string, series: string) => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('/healthz and /readyz', () => {
  it('is alive at once, ready only once the job runner started, and not ready again while shutting down', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    const before = await fetch(`${app.url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'not ready', reason: 'job runner not started' });

    app.app.ready.markJobsStarted();
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(ready.headers.get('connection')).toBe('keep-alive');
  });

  it('says why the database makes it unready', async () => {
    const state = new ReadyState(() => Promise.reject(new Error('connect ECONNREFUSED')));
    state.markJobsStarted();
    expect(await state.notReadyReason()).toBe('database unavailable');
    state.markShuttingDown();
    expect(await state.notReadyReason()).toBe('shutting down');
  });
});

describe('/metrics', () => {
  it('counts GraphQL requests by operation name and errors by code, and reads pool, queue and overdue gauges on scrape', async () => {
    const token = await app.tokenFor('admin');
    for (let i = 0; i < 3; i++) expect((await post({ query: 'query Viewer { me { user { name } } }' }, { authorization: `Bearer ${token}` })).status).toBe(200);
    const refused = (await (await post({ query: 'query Viewer { me { user { name } } }' })).json()) as { errors: { extensions: { code: string } }[] };
    expect(refused.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    await post({ query: '{ nope }' });
    await post({ query: '{ __typename }' });

    app.app.metrics.setQueueDepth(async () => 7);
    const text = await scrape();
    expect(sample(text, 'kesu_graphql_request_duration_seconds_count{operation="Viewer",outcome="ok"}')).toBe(3);
    expect(sample(text, 'kesu_graphql_request_duration_seconds_count{operation="Viewer",outcome="error"}')).toBe(1);
    // Refused before an operation was chosen (syntax, validation) is `invalid`; an unnamed operation `anonymous`.
    expect(sample(text, 'kesu_graphql_request_duration_seconds_count{operation="invalid",outcome="error"}')).toBe(1);
    // The harness's login (an unnamed mutation) and the `{ __typename }` above.
    expect(sample(text, 'kesu_graphql_request_duration_seconds_count{operation="anonymous",outcome="ok"}')).toBe(2);
    expect(sample(text, 'kesu_graphql_request_duration_seconds_bucket{le="10",operation="Viewer",outcome="ok"}')).toBe(3);
    expect(sample(text, 'kesu_graphql_errors_total{code="UNAUTHENTICATED"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kesu_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(sample(text, 'kesu_db_pool_connections{state="free"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'kesu_db_pool_pending_acquires')).toBe(0);
    expect(sample(text, 'kesu_jobs_queued')).toBe(7);
    expect(sample(text, 'kesu_complaints_overdue')).toBe(0);
  });

  it('keeps client-chosen operation names from growing the series without bound', () => {
    const metrics = new Metrics({ orm: app.orm, logger: createLogger({ level: 'silent' }), processMetrics: false });
    for (let i = 0; i < 300; i++) metrics.observeRequest(`Op${i}`, 0.001, undefined);
    expect(metrics.observeRequest('Op5', 0.001, undefined)).toBe('Op5');
    expect(metrics.observeRequest('OneTooMany', 0.001, undefined)).toBe('other');
    expect(metrics.observeRequest('x'.repeat(101), 0.001, ['X'])).toBe('other');
  });
});

describe('request logs', () => {
  it('echo or make a request id and log one line per request with operation and actor, without personal data or secrets', async () => {
    const token = await app.tokenFor('ysf.agent');
    const projectId = toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code: 'HY-GZ-YSF' })).id);
    logLines.length = 0;
    const created = await post(
      {
        query: 'mutation Intake($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id } } }',
        variables: {
          input: { kind: 'COMPLAINT', projectId, channel: 'APP', categoryCode: 'DEV_ENGINEERING', title: '楼道漏水', description: '3 楼楼道漏水', receivedAt: new Date(Date.now() - 60_000).toISOString(), customers: [{ name: '王小明', phone: '13812345678', room: '3-301' }] },
        },
      },
      { authorization: `Bearer ${token}`, 'x-request-id': 'trace-42' },
    );
    expect(created.status).toBe(200);
    expect(created.headers.get('x-request-id')).toBe('trace-42');
    const odd = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'has spaces and \u00e9' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = logLines.find((entry) => entry.reqId === 'trace-42');
    expect(line).toMatchObject({ level: 30, msg: 'request', method: 'POST', path: '/graphql', status: 200, operation: 'Intake', service: 'kesu' });
    expect(line?.actor).toMatch(/^user:/);
    expect(typeof line?.ms).toBe('number');
    expect(logLines.find((entry) => entry.reqId === odd.headers.get('x-request-id'))).toMatchObject({ path: '/healthz', status: 200 });
    const written = JSON.stringify(logLines);
    for (const secret of ['13812345678', '王小明', '3-301', token, 'Bearer', 'ysf.agent']) expect(written).not.toContain(secret);
  });
});

describe('CORS on /graphql', () => {
  it('answers the preflight of a configured origin and gives no CORS headers to any other', async () => {
    const preflight = (origin: string) =>
      fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    const allowed = await preflight('https://admin.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await post({ query: '{ __typename }' }, { origin: 'https://admin.example.com' });
    expect(simple.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    expect(simple.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });
});

describe('draining', () => {
  it('answers /readyz with 503 and asks every client to close its connection once shutting down', async () => {
    app.app.ready.markShuttingDown();
    const response = await fetch(`${app.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not ready', reason: 'shutting down' });
    expect(response.headers.get('connection')).toBe('close');
    const query = await post({ query: '{ __typename }' });
    expect(query.status).toBe(200);
    expect(query.headers.get('connection')).toBe('close');
  });
});

describe('installGracefulShutdown', () => {
  const quiet = createLogger({ level: 'silent' });

  it('marks the instance not ready first, runs the stages in order with each stage together, and exits 0 once', async () => {
    const ready = new ReadyState(async () => undefined);
    const order: string[] = [];
    const exits: number[] = [];
    const step = (name: string, ms: number) => ({
      name,
      run: async () => {
        order.push(`${name}:start:${ready.isShuttingDown}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(`${name}:end`);
      },
    });
    const { shutdown } = installGracefulShutdown({
      logger: quiet,
      ready,
      delaySeconds: 0.05,
      timeoutSeconds: 5,
      stages: [[step('http', 30), step('jobs', 10)], [step('database', 1)]],
      exit: (code) => exits.push(code),
    });
    await Promise.all([shutdown('SIGTERM'), shutdown('SIGTERM')]);
    expect(order).toEqual(['http:start:true', 'jobs:start:true', 'jobs:end', 'http:end', 'database:start:true', 'database:end']);
    expect(exits).toEqual([0]);
  });

  it('still closes the later stages when a step fails, and exits 1', async () => {
    const exits: number[] = [];
    const closed: string[] = [];
    const { shutdown } = installGracefulShutdown({
      logger: quiet,
      ready: new ReadyState(async () => undefined),
      delaySeconds: 0,
      timeoutSeconds: 5,
      stages: [[{ name: 'http', run: () => Promise.reject(new Error('boom')) }], [{ name: 'database', run: async () => void closed.push('database') }]],
      exit: (code) => exits.push(code),
    });
    await shutdown('SIGINT');
    expect(closed).toEqual(['database']);
    expect(exits).toEqual([1]);
  });

  it('exits 1 when the drain outlasts its timeout', async () => {
    const exits: number[] = [];
    const { shutdown } = installGracefulShutdown({
      logger: quiet,
      ready: new ReadyState(async () => undefined),
      delaySeconds: 0,
      timeoutSeconds: 0.05,
      stages: [[{ name: 'http', run: () => new Promise((resolve) => setTimeout(resolve, 200)) }]],
      exit: (code) => exits.push(code),
    });
    await shutdown('SIGTERM');
    expect(exits).toEqual([1]);
  });
});
