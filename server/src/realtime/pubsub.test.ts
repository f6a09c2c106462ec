import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_NOTIFY_PAYLOAD_BYTES } from './pg-event-target.js';
import { createPgPubSub, type ChangedPayload, type PgPubSub } from './pubsub.js';

let url: string;
let database: string;
let sql: pg.Client;
const logs: string[] = [];

/** Collects what a subscription yields, until `stop()`. */
function collect(iterable: AsyncIterable<unknown>): { received: unknown[]; stop(): Promise<void> } {
  const received: unknown[] = [];
  const iterator = iterable[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      received.push(next.value);
    }
  })();
  return { received, stop: async () => void (await iterator.return?.()) };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(20);
  }
}

async function connections(): Promise<number> {
  const { rows } = await sql.query('select count(*)::int as count from pg_stat_activity where datname = $1', [database]);
  return rows[0].count;
}

function pubSubOn(): Promise<PgPubSub> {
  return createPgPubSub(url, { log: (message) => logs.push(message), reconnect: { initialDelayMs: 50, maxDelayMs: 200 } });
}

beforeAll(async () => {
  const serverUrl = inject('pgServerUrl');
  database = `realtime_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}postgres` });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  await admin.end();
  url = `${serverUrl}${database}`;
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
});

describe('PostgreSQL pub/sub across instances', () => {
  it('delivers a publish on B to a subscriber on A, and nothing to another topic; close() leaks no connection', async () => {
    const baseline = await connections();
    const [a, b] = await Promise.all([pubSubOn(), pubSubOn()]);
    try {
      const updated = collect(a.pubSub.subscribe('COMPLAINT_UPDATED'));
      const created = collect(a.pubSub.subscribe('COMPLAINT_CREATED'));
      const started = Date.now();
      b.pubSub.publish('COMPLAINT_UPDATED', { id: 'x' });
      await until(() => updated.received.length === 1, 2_000);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(updated.received).toEqual([{ id: 'x' }]);
      await sleep(200);
      expect(created.received).toEqual([]);
      await Promise.all([updated.stop(), created.stop()]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    await until(async () => (await connections()) === baseline);
  });

  it('delivers to local subscribers once (its own notification is not delivered again)', async () => {
    const a = await pubSubOn();
    try {
      const updated = collect(a.pubSub.subscribe('COMPLAINT_UPDATED'));
      a.pubSub.publish('COMPLAINT_UPDATED', { id: 'local' });
      await until(() => updated.received.length === 1);
      await sleep(300); // the NOTIFY round trip has come back by now and was skipped
      expect(updated.received).toEqual([{ id: 'local' }]);
      await updated.stop();
    } finally {
      await a.close();
    }
  });

  it('routes per-object topics (publish(topic, id, payload)) to that object only', async () => {
    const [a, b] = await Promise.all([pubSubOn(), pubSubOn()]);
    try {
      const one = collect(a.pubSub.subscribe('COMPLAINT_UPDATED', 'c1'));
      const two = collect(a.pubSub.subscribe('COMPLAINT_UPDATED', 'c2'));
      b.pubSub.publish('COMPLAINT_UPDATED', 'c1', { id: 'c1' });
      await until(() => one.received.length === 1);
      await sleep(200);
      expect(two.received).toEqual([]);
      await Promise.all([one.stop(), two.stop()]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('cuts a payload over the NOTIFY limit down to { id }, for local and remote subscribers alike', async () => {
    const [a, b] = await Promise.all([pubSubOn(), pubSubOn()]);
    try {
      const remote = collect(a.pubSub.subscribe('COMPLAINT_UPDATED'));
      const local = collect(b.pubSub.subscribe('COMPLAINT_UPDATED'));
      const big = { id: 'big', description: '投诉'.repeat(MAX_NOTIFY_PAYLOAD_BYTES) } as ChangedPayload;
      b.pubSub.publish('COMPLAINT_UPDATED', big);
      await until(() => remote.received.length === 1 && local.received.length === 1);
      expect(remote.received).toEqual([{ id: 'big' }]);
      expect(local.received).toEqual([{ id: 'big' }]);
      expect(logs.some((line) => line.includes('sending { id } only'))).toBe(true);

      const noId = { description: 'x'.repeat(MAX_NOTIFY_PAYLOAD_BYTES) } as unknown as ChangedPayload;
      expect(() => b.pubSub.publish('COMPLAINT_UPDATED', noId)).toThrow(RangeError);
      await Promise.all([remote.stop(), local.stop()]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('re-establishes LISTEN after its connection is killed', async () => {
    const [a, b] = await Promise.all([pubSubOn(), pubSubOn()]);
    try {
      const updated = collect(a.pubSub.subscribe('COMPLAINT_UPDATED'));
      const { rows } = await sql.query(
        "select pid from pg_stat_activity where datname = $1 and application_name = 'kesu-realtime' and query ilike 'LISTEN%'",
        [database],
      );
      expect(rows.length).toBe(2);
      await sql.query('select pg_terminate_backend(pid) from pg_stat_activity where pid = any($1)', [rows.map((row) => row.pid)]);
      await until(() => !a.eventTarget.listening || logs.some((line) => line.includes('lost')));
      await until(() => a.eventTarget.listening && b.eventTarget.listening);

      b.pubSub.publish('COMPLAINT_UPDATED', { id: 'after-reconnect' });
      await until(() => updated.received.length === 1, 2_000);
      expect(updated.received).toEqual([{ id: 'after-reconnect' }]);
      expect(logs.some((line) => line.includes('re-established'))).toBe(true);
      await updated.stop();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
