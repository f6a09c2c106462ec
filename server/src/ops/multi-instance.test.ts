import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ormConfig } from '../db/orm-config.js';
import { seedDemoData } from '../demo/demo-seed.js';
import { toGlobalId } from '../graphql/global-id.js';
import { provisionAllGroups } from '../org/group-provisioning.service.js';
import { TEMPLATE_DATABASE } from '../testing/global-setup.js';
import { gqlAt, loginAt, startServerProcess, type ServerProcess } from '../testing/server-process.js';

/**
 * Two real server processes (`node dist/main.js`) on one PostgreSQL database, as in production behind nginx:
 * background jobs, subscriptions and idempotent creates must hold across them.
 */

const CLOCK_SECONDS = 2;
const ADMIN_PASSWORD = 'kesu-admin-two-instances';

let databaseUrl: string;
let db: pg.Client;
let a: ServerProcess;
let b: ServerProcess;
const sockets: Client[] = [];

beforeAll(async () => {
  const serverUrl = inject('pgServerUrl');
  const database = `multi_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}postgres` });
  await admin.connect();
  await admin.query(`create database "${database}" template "${TEMPLATE_DATABASE}"`);
  await admin.end();
  databaseUrl = `${serverUrl}${database}`;
  // The demo group and logins, as `KESU_DEMO_DATA=true` seeds them; the 240 demo complaints would add half a
  // minute of start-up on two shared cores and nothing to what is shown here.
  const orm = await MikroORM.init(ormConfig(databaseUrl));
  await seedDemoData(orm.em.fork(), { adminPassword: ADMIN_PASSWORD });
  await provisionAllGroups(orm.em.fork());
  await orm.close(true);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();

  // Migrated by the template, as by a deploy's one-shot `migrate`; the instances only check and start together.
  const env = { DATABASE_URL: databaseUrl, KESU_MIGRATE_ON_START: 'false', KESU_CLOCK_INTERVAL_SECONDS: String(CLOCK_SECONDS), LOG_LEVEL: 'debug', KESU_SHUTDOWN_DELAY_SECONDS: '0' };
  [a, b] = await Promise.all([startServerProcess('A', env), startServerProcess('B', env)]);
});

afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.end();
});

async function projectId(code: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('select id from org_unit where code = $1', [code]);
  return toGlobalId('OrgUnit', rows[0]!.id);
}

const CREATE = 'mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id number version } } }';
const complaintInput = async (title: string, extra: Record<string, unknown> = {}) => ({
  kind: 'COMPLAINT',
  projectId: await projectId('HY-GZ-YSF'),
  channel: 'APP',
  categoryCode: 'DEV_ENGINEERING',
  title,
  description: `${title}（两实例测试）`,
  receivedAt: new Date(Date.now() - 60_000).toISOString(),
  customers: [{ name: '周先生' }],
  ...extra,
});

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('two server instances on one database', () => {
  it('both become ready', async () => {
    for (const instance of [a, b]) expect((await fetch(`${instance.url}/readyz`)).status).toBe(200);
    expect(a.url).not.toBe(b.url);
    // The production process exposes the shared gauges and the Node process metrics too.
    const metrics = await (await fetch(`${a.url}/metrics`)).text();
    expect(metrics).toMatch(/^kesu_jobs_queued \d+$/m);
    expect(metrics).toMatch(/^kesu_complaints_overdue \d+$/m);
    expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('delivers a change made through instance B to a subscription opened on instance A', async () => {
    const headToken = await loginAt(a.url, 'ysf.head', 'kesu-demo');
    const received: any[] = [];
    let acknowledged!: () => void;
    const connected = new Promise<void>((resolve) => (acknowledged = resolve));
    const socket = createClient({ url: `${a.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${headToken}` }, lazy: false, retryAttempts: 0 });
    sockets.push(socket);
    socket.on('connected', () => acknowledged());
    socket.subscribe({ query: 'subscription { complaintUpdated { number status } }' }, { next: (value) => received.push(value), error: (error) => received.push({ error }), complete: () => undefined });
    await connected;
    // The subscribe message follows the ack, and instance A checks the token before it listens: give it time on a
    // busy machine.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const agentToken = await loginAt(b.url, 'ysf.agent', 'kesu-demo');
    const created = await gqlAt(b.url, CREATE, { input: await complaintInput('地库积水') }, agentToken);
    const complaint = created.data!.createComplaint.complaint;
    // Events carry only the id and each subscriber reads the complaint as it is now: wait for the first before
    // the next change, or both could read the later state.
    await until(() => received.length >= 1, 10_000);
    expect(received.map((message) => message.data?.complaintUpdated)).toEqual([{ number: complaint.number, status: 'REGISTERED' }]);

    const responded = await gqlAt(b.url, 'mutation($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { complaint { status } } }', { input: { id: complaint.id, version: complaint.version } }, await loginAt(b.url, 'ysf.head', 'kesu-demo'));
    expect(responded.data?.respondToComplaint.complaint.status).toBe('RESPONDED');
    await until(() => received.length >= 2, 10_000);
    expect(received.map((message) => message.data?.complaintUpdated)).toEqual([
      { number: complaint.number, status: 'REGISTERED' },
      { number: complaint.number, status: 'RESPONDED' },
    ]);
  });

  it('creates one complaint when the same idempotent create reaches both instances at once', async () => {
    const [tokenA, tokenB] = await Promise.all([loginAt(a.url, 'ysf.agent', 'kesu-demo'), loginAt(b.url, 'ysf.agent', 'kesu-demo')]);
    for (let round = 0; round < 3; round++) {
      const idempotencyKey = `two-instances-${randomUUID()}`;
      const input = await complaintInput(`重复提交 ${round}`, { idempotencyKey });
      const [viaA, viaB] = await Promise.all([gqlAt(a.url, CREATE, { input }, tokenA), gqlAt(b.url, CREATE, { input }, tokenB)]);
      expect(viaA.errors).toBeUndefined();
      expect(viaB.errors).toBeUndefined();
      expect(viaA.data!.createComplaint.complaint.id).toBe(viaB.data!.createComplaint.complaint.id);
      const { rows } = await db.query<{ count: number }>('select count(*)::int as count from complaint where idempotency_key = $1', [idempotencyKey]);
      expect(rows[0]!.count).toBe(1);
    }
  });

  it('runs each tick of a periodic job on exactly one instance, and both shut down cleanly', async () => {
    // Let several slots of the clock pass with both instances offering ticks.
    await new Promise((resolve) => setTimeout(resolve, 4 * CLOCK_SECONDS * 1000));
    for (const socket of sockets.splice(0)) await socket.dispose();
    // A graceful stop finishes a run in progress, so every run below is complete and logged.
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);

    const runsOf = (instance: ServerProcess) => instance.lines.filter((line) => line.msg === 'clock: ran' && line.job === 'sla-overdue-check').length;
    const runs = runsOf(a) + runsOf(b);
    const { rows } = await db.query<{ jobs: number; slots: number }>(
      `select count(*) filter (where state = 'completed')::int as jobs,
              count(distinct singleton_on) filter (where state = 'completed')::int as slots
         from (select state, singleton_on from pgboss.job where name = 'sla-overdue-check'
               union all select state, singleton_on from pgboss.archive where name = 'sla-overdue-check') all_jobs`,
    );
    const { jobs, slots } = rows[0]!;
    const seen = `runs A ${runsOf(a)}, B ${runsOf(b)}; ${JSON.stringify(rows[0])}`;
    // Each instance offers a tick twice per slot, so four offers per slot reach the database; it keeps one job per
    // slot, and each job ran once on one instance: the runs logged by both together equal the jobs, one per slot.
    expect(runs, seen).toBeGreaterThanOrEqual(3);
    expect(jobs, seen).toBe(runs);
    expect(slots, seen).toBe(jobs);
    expect(a.other.concat(b.other).join('\n')).not.toMatch(/terminating connection/);
  });
});
