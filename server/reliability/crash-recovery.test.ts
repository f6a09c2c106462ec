import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { CRASH_ADMIN_PASSWORD, CRASH_TOKEN_SECRET, ServerProcess, clusterDir, pgCtl, seedCrashDatabase } from './server-process.js';

const ROUNDS = Number(process.env.KESU_CRASH_ROUNDS ?? 20);
const WORKERS = 3;
const SEED = 42;

let dataDir: string;
let databaseUrl: string;
let port: number;
let server: ServerProcess;
let db: pg.Client;
/** Every bearer secret the run handed out, for the log scan at the end. */
const secrets = new Set<string>([CRASH_TOKEN_SECRET, CRASH_ADMIN_PASSWORD, 'kesu-demo']);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kesu-crash-pg-'));
  // Persistent: the test stops and starts the cluster itself with pg_ctl and removes it at the end.
  const cluster = await startEmbeddedPostgres({ dataDir, persistent: true, database: 'kesu_crash' });
  databaseUrl = cluster.url;
  port = Number(new URL(databaseUrl).port);
  await seedCrashDatabase(databaseUrl);
  server = await ServerProcess.create(databaseUrl);
  await server.start();
  await connectDb();
}, 180_000);

/** The test's own connection for checks; opened again after PostgreSQL restarts. */
async function connectDb() {
  await db?.end().catch(() => undefined);
  db = new pg.Client({ connectionString: databaseUrl });
  // Dropped when the cluster is stopped under it; the next check reconnects.
  db.on('error', () => undefined);
  await db.connect();
}

afterAll(async () => {
  await server?.stop();
  await db?.end().catch(() => undefined);
  if (dataDir) {
    await pgCtl(clusterDir(dataDir), ['stop', '-m', 'fast', '-w']).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
});

/** mulberry32: the kill points are random but the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function login(loginName: string, password: string): Promise<string> {
  const res = await server.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { login: loginName, password } });
  if (!res.data) throw new Error(`login ${loginName}: ${JSON.stringify(res.errors)}`);
  const token = (res.data as { login: { token: string } }).login.token;
  secrets.add(token);
  return token;
}

const CREATE = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id version status } } }`;
const RESPOND = `mutation($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { complaint { id version status } } }`;

interface Ack {
  key: string;
  id: string;
  version: number;
  status: string;
}

describe('crash recovery (kill -9 of the server under writes)', () => {
  it(`${ROUNDS} rounds: every acknowledged write survives, nothing is half-written, retries stay idempotent, jobs resume`, async () => {
    const agent = await login('ysf.agent', 'kesu-demo');
    const head = await login('ysf.head', 'kesu-demo');
    const [{ id: projectRow }] = (await db.query(`select id from org_unit where code = 'HY-GZ-YSF'`)).rows;
    const projectId = Buffer.from(`OrgUnit:${projectRow}`).toString('base64url');
    const next = random(SEED);
    const acked = new Map<string, Ack>();
    const inputs = new Map<string, Record<string, unknown>>();
    let sent = 0;
    let killedInFlight = 0;
    const restarts: number[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      let stop = false;
      const worker = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const key = `crash-${round}-${w}-${i}`;
          const input = {
            kind: 'COMPLAINT',
            projectId,
            channel: 'PHONE',
            categoryCode: 'DEV_ENGINEERING',
            title: `崩溃测试 ${key}`,
            description: '进程被强制结束时仍在写入的投诉。',
            receivedAt: new Date(Date.now() - 60_000).toISOString(),
            customers: [{ name: '王先生', phone: '13912345678', room: '3-1201' }],
            idempotencyKey: key,
          };
          inputs.set(key, input);
          sent++;
          try {
            const created = await server.gql(CREATE, { input }, agent);
            const complaint = (created.data as { createComplaint?: { complaint: Omit<Ack, 'key'> } } | undefined)?.createComplaint?.complaint;
            if (!complaint) continue;
            acked.set(key, { key, ...complaint });
            sent++;
            const responded = await server.gql(RESPOND, { input: { id: complaint.id, version: complaint.version } }, head);
            const after = (responded.data as { respondToComplaint?: { complaint: Omit<Ack, 'key'> } } | undefined)?.respondToComplaint?.complaint;
            if (after) acked.set(key, { key, ...after });
          } catch {
            // The connection died with the process: this write was never acknowledged.
            killedInFlight++;
            return;
          }
        }
      };
      const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.floor(next() * 500)));
      await server.kill9();
      stop = true;
      await Promise.all(workers);
      const restarting = Date.now();
      await server.start();
      restarts.push(Date.now() - restarting);

      // Every acknowledged write is there, at least as far as it was acknowledged, each step with its event.
      const rows = (await db.query(
        `select c.id, c.idempotency_key, c.version, c.status,
                array(select e.type from complaint_event e where e.complaint_id = c.id order by e.id) as events
         from complaint c where c.title like '崩溃测试 %'`,
      )).rows as { id: string; idempotency_key: string; version: number; status: string; events: string[] }[];
      const byKey = new Map(rows.map((row) => [row.idempotency_key, row]));
      for (const ack of acked.values()) {
        const row = byKey.get(ack.key);
        expect(row, `acknowledged ${ack.key} is missing after round ${round}`).toBeDefined();
        expect(row!.version).toBeGreaterThanOrEqual(ack.version);
        if (ack.status === 'RESPONDED') expect(row!.events).toContain('COMPLAINT_RESPONDED');
      }
    }

    // Retrying every create with its key after the crashes gives one complaint per key, never a second one.
    const keys = [...inputs.keys()];
    for (const key of keys) {
      const res = await server.gql(CREATE, { input: inputs.get(key) }, agent);
      expect(res.errors, key).toBeUndefined();
      const id = (res.data as { createComplaint: { complaint: { id: string } } }).createComplaint.complaint.id;
      if (acked.has(key)) expect(id).toBe(acked.get(key)!.id);
    }
    const perKey = (await db.query(`select idempotency_key, count(*)::int as n from complaint where title like '崩溃测试 %' group by 1 having count(*) > 1`)).rows;
    expect(perKey).toEqual([]);

    // Nothing half-written: a complaint has its creating event, every event its change (one event per version,
    // the status the last status event names).
    const halfWritten = (await db.query(
      `select c.idempotency_key, c.version, c.status, count(e.id)::int as events,
              count(*) filter (where e.type = 'COMPLAINT_CREATED')::int as created,
              (array_agg(e.to_status order by e.id desc))[1] as last_status
       from complaint c left join complaint_event e on e.complaint_id = c.id
       where c.title like '崩溃测试 %' group by c.id
       having count(*) filter (where e.type = 'COMPLAINT_CREATED') <> 1 or count(e.id) <> c.version
           or (array_agg(e.to_status order by e.id desc))[1] <> c.status`,
    )).rows;
    expect(halfWritten).toEqual([]);
    const total = (await db.query(`select count(*)::int as n from complaint where title like '崩溃测试 %'`)).rows[0].n;
    expect(total).toBe(keys.length);

    // The job runner took up its periodic work again after the last restart (pg-boss in the same database).
    const restartedAt = new Date(Date.now() - 1_000);
    await server.kill9();
    await server.start();
    let resumed = 0;
    for (let wait = 0; wait < 150 && resumed === 0; wait++) {
      resumed = (await db.query(
        `select count(*)::int as n from pgboss.job where name in ('sla-overdue-check', 'webhook-fanout') and state = 'completed' and completed_on > $1`,
        [restartedAt],
      )).rows[0].n;
      if (resumed === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(resumed).toBeGreaterThan(0);
    console.log(`crash: ${ROUNDS} kill -9 rounds, ${sent} writes sent, ${acked.size} complaints acknowledged and checked after every round, ${keys.length} keys retried, ${killedInFlight} calls cut off, lost 0; restarts took ${Math.min(...restarts)}–${Math.max(...restarts)} ms`);
  }, 300_000);

  it('PostgreSQL stopped with pg_ctl -m immediate under load: the server stays up and errors stop within 5 s of PostgreSQL being back', async () => {
    const agent = await login('ysf.agent', 'kesu-demo');
    const outcomes: { at: number; ok: boolean; status: number; code?: string; message?: string }[] = [];
    let stop = false;
    const load = async () => {
      while (!stop) {
        const at = Date.now();
        try {
          const res = await server.gql(`{ complaints(first: 1) { totalCount } }`, {}, agent);
          outcomes.push({ at, ok: !res.errors && res.status === 200, status: res.status, code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message });
        } catch {
          outcomes.push({ at, ok: false, status: 0 });
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const loaders = [load(), load()];
    await new Promise((resolve) => setTimeout(resolve, 500));
    const downAt = Date.now();
    await pgCtl(clusterDir(dataDir), ['stop', '-m', 'immediate', '-w']);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(server.alive).toBe(true);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    await pgCtl(clusterDir(dataDir), ['start', '-w', '-l', join(clusterDir(dataDir), 'restart.log'), '-o', `-p ${port} -c listen_addresses=127.0.0.1`]);
    const backAt = Date.now();
    await connectDb();
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    stop = true;
    await Promise.all(loaders);

    expect(server.alive).toBe(true);
    const during = outcomes.filter((o) => o.at > downAt + 100 && o.at < backAt);
    const after = outcomes.filter((o) => o.at >= backAt);
    const lastError = Math.max(...after.filter((o) => !o.ok).map((o) => o.at), backAt);
    console.log(`pg restart: ${during.length} calls while down (${during.filter((o) => !o.ok).length} failed), ${after.length} after, last error ${lastError - backAt} ms after PostgreSQL was back`);
    expect(during.some((o) => !o.ok)).toBe(true);
    // Failures while the database is gone are clean: no 5xx HTML, a GraphQL error without internals.
    for (const failure of during.filter((o) => !o.ok)) expect(failure.message ?? '').not.toMatch(/ECONNREFUSED|terminating connection|at .+\.js:\d+/);
    expect(lastError - backAt).toBeLessThan(5_000);
    expect(after.slice(-10).every((o) => o.ok)).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('writes no password, token, key or secret into its logs', async () => {
    // A session through the process: an admin creates a partner app (its key), the app issues an owner token,
    // a wrong password is tried, and the tokens are used.
    const admin = await login('admin', CRASH_ADMIN_PASSWORD);
    const [{ id: unitRow }] = (await db.query(`select id from org_unit where code = 'HY-SC'`)).rows;
    const created = await server.gql(`mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { id } } }`,
      { input: { name: '日志检查', orgUnitId: Buffer.from(`OrgUnit:${unitRow}`).toString('base64url'), scopes: ['owner-delegation', 'complaints:read'] } }, admin);
    const key = (created.data as { createApiClient: { key: string } }).createApiClient.key;
    secrets.add(key);
    const [{ id: projectRow }] = (await db.query(`select id from org_unit where code = 'HY-GZ-YSF'`)).rows;
    const owner = await server.gql(`mutation($input: IssueOwnerTokenInput!) { issueOwnerToken(input: $input) { token } }`,
      { input: { phone: '13912345678', room: '3-1201', projectId: Buffer.from(`OrgUnit:${projectRow}`).toString('base64url') } }, key);
    const ownerToken = (owner.data as { issueOwnerToken: { token: string } }).issueOwnerToken.token;
    secrets.add(ownerToken);
    expect((await server.gql(`{ complaints(first: 1) { totalCount } }`, {}, ownerToken)).errors).toBeUndefined();
    const wrong = await server.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { login: 'admin', password: 'wrong-password-secret-1' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    secrets.add('wrong-password-secret-1');
    await server.stop();

    const log = server.log.join('\n');
    expect(log.length).toBeGreaterThan(0);
    const leaked = [...secrets].filter((secret) => log.includes(secret) || log.includes(secret.slice(0, Math.max(12, Math.floor(secret.length / 2)))));
    expect(leaked.map((secret) => `${secret.slice(0, 6)}… (${secret.length} chars)`)).toEqual([]);
    console.log(`log scan: ${log.length} characters of server output checked for ${secrets.size} secrets`);
  });
});
