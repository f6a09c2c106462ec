import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../testing/server-process.js';

/**
 * SIGTERM under load: the server process owns an embedded PostgreSQL (no DATABASE_URL), as `npm start` does,
 * and is shut down while a stream of concurrent requests is running against it.
 */

const WORKERS = 12;

/**
 * `DBState` in PostgreSQL's `global/pg_control`, after the system identifier (8 bytes) and two version words:
 * 1 is "shut down" (what pg_controldata prints after a clean stop), 5 "in production" (crashed or still running).
 */
async function clusterState(dataDir: string): Promise<number> {
  const control = await readFile(join(dataDir, 'postgres', 'global', 'pg_control'));
  return control.readInt32LE(16);
}

interface Outcome {
  startedAt: number;
  endedAt: number;
  ok: boolean;
  detail: string;
}

let dataDir: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kesu-shutdown-'));
});
afterAll(async () => {
  await server?.stop('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('graceful shutdown', () => {
  it('answers every request sent before SIGTERM, exits 0 and stops its embedded PostgreSQL cleanly', async () => {
    server = await startServerProcess('shutdown', { KESU_DATA_DIR: dataDir, KESU_SHUTDOWN_DELAY_SECONDS: '0.5' });
    const url = server.url;
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    // A GraphQL request through the whole Apollo pipeline and a database round trip, alternately.
    const requestOnce = async (n: number): Promise<Outcome> => {
      const startedAt = performance.now();
      try {
        const response =
          n % 2 === 0
            ? await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Ping { __typename }' }) })
            : await fetch(`${url}/healthz`);
        const body = (await response.json()) as { data?: { __typename?: string }; status?: string };
        const ok = response.status === 200 && (body.data?.__typename === 'Query' || body.status === 'ok');
        return { startedAt, endedAt: performance.now(), ok, detail: `${response.status} ${JSON.stringify(body)}` };
      } catch (error) {
        return { startedAt, endedAt: performance.now(), ok: false, detail: String((error as Error).cause ?? error) };
      }
    };
    let signalAt = Infinity;
    const outcomes: Outcome[] = [];
    // Each worker sends one request after another until one fails (after the signal: the port is closed by then).
    const worker = async (id: number) => {
      for (let n = id; ; n++) {
        const outcome = await requestOnce(n);
        outcomes.push(outcome);
        if (!outcome.ok) return;
      }
    };
    const workers = Array.from({ length: WORKERS }, (_, id) => worker(id));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    signalAt = performance.now();
    server.child.kill('SIGTERM');
    const code = (await server.exited).code;
    await Promise.all(workers);

    const before = outcomes.filter((outcome) => outcome.startedAt < signalAt);
    const inFlightAtSignal = before.filter((outcome) => outcome.endedAt > signalAt);
    expect(before.length).toBeGreaterThan(50);
    expect(inFlightAtSignal.length).toBeGreaterThan(0);
    expect(before.filter((outcome) => !outcome.ok)).toEqual([]);
    // Requests after the signal are served during the delay; once the port closes they fail to connect (refused,
    // or reset while still in the kernel's accept queue), which a load balancer retries elsewhere. Never a 5xx.
    const after = outcomes.filter((outcome) => outcome.startedAt >= signalAt);
    expect(after.filter((outcome) => outcome.ok).length).toBeGreaterThan(0);
    for (const failure of after.filter((outcome) => !outcome.ok)) expect(failure.detail).toMatch(/ECONNREFUSED|ECONNRESET|other side closed/);

    expect(code).toBe(0);
    expect(server.lines.find((line) => line.msg === 'shutdown: done')).toMatchObject({ clean: true });
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(await clusterState(dataDir)).toBe(1);
    // Neither PostgreSQL nor pg-boss (whose errors are logged as JSON lines) saw a connection cut off.
    expect(server.other.join('\n')).not.toMatch(/terminating connection|FATAL|PANIC/);
    expect(JSON.stringify(server.lines.filter((line) => (line.level as number) >= 40))).not.toMatch(/terminating connection|Connection terminated/);
  });
});
