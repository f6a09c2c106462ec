import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject, it, type TestContext } from 'vitest';
import { ormConfig } from '../db/orm-config.js';
import { TEMPLATE_DATABASE } from '../testing/global-setup.js';
import { JobRunner, type JobRunnerOptions } from './job-runner.js';

let url: string;
let sql: pg.Client;
const logs: string[] = [];

/**
 * A "server instance" on the shared database, with intervals short enough for a test, stopped when the test
 * ends. Tests run concurrently, so each uses its own queue names.
 */
async function startRunner(context: TestContext, overrides: Partial<JobRunnerOptions> = {}): Promise<JobRunner> {
  const runner = await JobRunner.start({
    connectionString: url,
    pollingIntervalSeconds: 0.5,
    cronMonitorIntervalSeconds: 1,
    retry: { limit: 2, delaySeconds: 0, backoff: false },
    log: (message) => logs.push(message),
    ...overrides,
  });
  context.onTestFinished(() => runner.stop({ timeoutMs: 5_000 }));
  return runner;
}

function startRunners(context: TestContext): Promise<[JobRunner, JobRunner]> {
  return Promise.all([startRunner(context), startRunner(context)]);
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(50);
  }
}

async function jobRows(name: string): Promise<{ state: string; singleton_on: Date | null; retry_count: number }[]> {
  const result = await sql.query('select state, singleton_on, retry_count from pgboss.job where name = $1 order by created_on', [name]);
  return result.rows;
}

/** A fresh database cloned from the migrated template, as `startTestApp()` makes one. */
async function createDatabase(): Promise<string> {
  const serverUrl = inject('pgServerUrl');
  const database = `jobs_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}postgres` });
  await admin.connect();
  try {
    await admin.query(`create database "${database}" template "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  return `${serverUrl}${database}`;
}

async function schemaDiff(databaseUrl: string, overrides: Parameters<typeof ormConfig>[1] = {}): Promise<string> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, overrides));
  try {
    return (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();
  } finally {
    await orm.close(true);
  }
}

beforeAll(async () => {
  url = await createDatabase();
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
});

describe.concurrent('JobRunner on two instances', () => {
  it('defines the same queues from both instances at once without deadlocking', async (context) => {
    const { expect } = context;
    const [a, b] = await startRunners(context);
    const names = ['escalate', 'overdue', 'return-visit', 'accountability', 'case-capture'];
    await Promise.all(names.flatMap((name) => [a.defineQueue(name), b.defineQueue(name, { policy: 'stately' })]));
    const { rows } = await sql.query('select name, policy from pgboss.queue where name = any($1) order by name', [names]);
    expect(rows.map((row) => row.name)).toEqual([...names].sort());
    expect(rows.every((row) => row.policy === 'stately')).toBe(true);
  });

  it('runs a burst of enqueues with one singleton key once in total', async (context) => {
    const { expect } = context;
    const [a, b] = await startRunners(context);
    await Promise.all([a.defineQueue('recount', { policy: 'stately' }), b.defineQueue('recount', { policy: 'stately' })]);

    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).enqueue('recount', { orgId: 'o1' }, { singletonKey: 'o1' })),
    );
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    expect(await a.queueDepth('recount')).toBe(1);

    const runs: string[] = [];
    await a.work<{ orgId: string }>('recount', async (data) => void runs.push(`a:${data.orgId}`));
    await b.work<{ orgId: string }>('recount', async (data) => void runs.push(`b:${data.orgId}`));
    await until(() => runs.length === 1);
    await sleep(1_500); // three polling rounds on each instance: nothing else turns up
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(/^[ab]:o1$/);
    expect(await a.queueDepth('recount')).toBe(0);
    expect(await a.queueDepth()).toBeGreaterThanOrEqual(0); // all queues: other tests share the database
  });

  it('runs an `every` job once per slot although both instances offer every tick', async (context) => {
    const { expect } = context;
    const [a, b] = await startRunners(context);
    const runs: string[] = [];
    const started = Date.now();
    await a.every('heartbeat', 1, async () => void runs.push('a'));
    await b.every('heartbeat', 1, async () => void runs.push('b'));
    await until(() => runs.length >= 3);
    await Promise.all([a.stop(), b.stop()]);
    const elapsedSlots = Math.ceil((Date.now() - started) / 1000) + 1;

    const jobs = await jobRows('heartbeat');
    const completed = jobs.filter((job) => job.state === 'completed');
    expect(completed).toHaveLength(runs.length);
    const slots = completed.map((job) => job.singleton_on?.getTime());
    expect(new Set(slots).size).toBe(slots.length); // no slot ran twice
    expect(runs.length).toBeLessThanOrEqual(elapsedSlots);
  });

  it('runs a cron schedule once per tick across instances', async (context) => {
    const { expect } = context;
    const [a, b] = await startRunners(context);
    const runs: string[] = [];
    const started = new Date();
    await a.schedule('digest', '* * * * *', async () => void runs.push('a'));
    await b.schedule('digest', '* * * * *', async () => void runs.push('b'));
    await until(() => runs.length >= 1, 15_000);
    await sleep(2_500); // both instances look at the schedule again (cronMonitorIntervalSeconds: 1)
    const ended = new Date();
    // Each minute is one tick; a test that straddles a minute boundary legitimately sees two.
    const minutes = Math.floor(ended.getTime() / 60_000) - Math.floor(started.getTime() / 60_000) + 1;
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBeLessThanOrEqual(minutes);
  });

  it('runNow runs a periodic job once more, on one instance', async (context) => {
    const { expect } = context;
    const [a, b] = await startRunners(context);
    const runs: string[] = [];
    await a.every('report', 3600, async () => void runs.push('a'));
    await b.every('report', 3600, async () => void runs.push('b'));
    await until(() => runs.length === 1); // the first tick of the hour slot
    expect(await b.runNow('report')).not.toBeNull();
    await until(() => runs.length === 2);
    await sleep(1_000);
    expect(runs).toHaveLength(2);
  });
});

describe.concurrent('JobRunner failures and shutdown', () => {
  it('retries a failing handler with backoff, logs the failure, then succeeds', async (context) => {
    const { expect } = context;
    const runner = await startRunner(context, { retry: { limit: 2, delaySeconds: 1, backoff: true } });
    const attempts: { at: number; retryCount: number }[] = [];
    await runner.work<{ complaintId: string }>('notify', async (_data, job) => {
      attempts.push({ at: Date.now(), retryCount: job.retryCount });
      if (attempts.length === 1) throw new Error('SMS gateway timed out');
    });
    const id = await runner.enqueue('notify', { complaintId: 'c1' });

    await until(async () => (await sql.query('select state from pgboss.job where id = $1', [id])).rows[0]?.state === 'completed');
    expect(attempts.map((attempt) => attempt.retryCount)).toEqual([0, 1]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900); // backoff: at least retryDelay
    expect(logs.some((line) => line.includes('job notify') && line.includes('attempt 1 of 3, will retry') && line.includes('SMS gateway timed out'))).toBe(true);
  });

  it('gives up after the retry limit, keeps the job as failed, and keeps working', async (context) => {
    const { expect } = context;
    const runner = await startRunner(context);
    let attempts = 0;
    await runner.work('doomed', async () => {
      attempts++;
      throw new Error('always broken');
    });
    const id = await runner.enqueue('doomed', {}, { retry: { limit: 1, delaySeconds: 0, backoff: false } });
    await until(async () => (await sql.query('select state from pgboss.job where id = $1', [id])).rows[0]?.state === 'failed');
    expect(attempts).toBe(2);
    expect(logs.some((line) => line.includes('attempt 2 of 2, giving up'))).toBe(true);

    const handled: string[] = [];
    await runner.work<{ n: string }>('healthy', async (data) => void handled.push(data.n));
    await runner.enqueue('healthy', { n: 'after' });
    await until(() => handled.length === 1);
  });

  it('stop() waits for a handler in flight, so its job completes instead of being retried', async (context) => {
    const { expect } = context;
    const runner = await startRunner(context);
    let started = false;
    let finishedAt = 0;
    await runner.work('slow', async () => {
      started = true;
      await sleep(1_000);
      finishedAt = Date.now();
    });
    const id = await runner.enqueue('slow', {});
    await until(() => started);
    await runner.stop();
    const stoppedAt = Date.now();

    expect(finishedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeGreaterThanOrEqual(finishedAt);
    expect((await sql.query('select state from pgboss.job where id = $1', [id])).rows[0]?.state).toBe('completed');
    await expect(runner.enqueue('slow', {})).rejects.toThrow('stopped');
  });
});

describe.concurrent('pg-boss beside MikroORM', () => {
  /**
   * What the ORM diff says of a database with no pg-boss at all: '' when entities and migrations agree, which
   * `src/db/migrations.test.ts` checks. Comparing against it keeps these tests about pg-boss alone.
   */
  let baseline: Promise<string> | undefined;
  const diffWithoutPgBoss = (): Promise<string> => (baseline ??= createDatabase().then((clean) => schemaDiff(clean)));

  it('keeps its tables in the pgboss schema, adding nothing to the ORM schema diff', async (context) => {
    const { expect } = context;
    await startRunner(context);
    const { rows } = await sql.query(
      "select count(*)::int as count from information_schema.tables where table_schema = 'pgboss' and table_name = 'job'",
    );
    expect(rows[0].count).toBe(1);
    const diff = await schemaDiff(url);
    expect(diff).not.toContain('pgboss');
    expect(diff).toBe(await diffWithoutPgBoss());
    expect(await schemaDiff(url, { schemaGenerator: { ignoreSchema: ['pgboss'] } })).toBe(await diffWithoutPgBoss());
  });

  it('would lose its tables to the ORM diff under another schema name unless ignoreSchema lists it', async (context) => {
    // MikroORM hides schemas matching `LIKE 'pg_%'`, and `_` is a wildcard there: `pgboss` is hidden by accident.
    const { expect } = context;
    const otherUrl = await createDatabase();
    const runner = await JobRunner.start({ connectionString: otherUrl, schema: 'kesu_jobs', log: () => undefined });
    await runner.stop();
    expect(await schemaDiff(otherUrl)).toContain('drop table if exists "kesu_jobs"."job"');
    expect(await schemaDiff(otherUrl, { schemaGenerator: { ignoreSchema: ['kesu_jobs'] } })).toBe(await diffWithoutPgBoss());
  });
});
