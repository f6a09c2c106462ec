import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineAbilityFor } from '@kesu/permissions';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../src/config.js';
import { migrate } from '../src/db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { seedDemoData } from '../src/demo/demo-seed.js';
import type { Context } from '../src/graphql/context.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { createApp, type App } from '../src/http/app.js';
import { loadViewer } from '../src/identity/identity.service.js';
import { TokenService } from '../src/identity/token.service.js';
import { User } from '../src/identity/user.entity.js';
import { provisionAllGroups } from '../src/org/group-provisioning.service.js';
import { createLocalPubSub } from '../src/realtime/pubsub.js';

/**
 * What every server benchmark shares: its demo admin, a token secret, timing and percentiles, a caller context, a
 * GraphQL client, and the lifecycle of its throw-away database (`runBench`).
 */
export const ADMIN_PASSWORD = 'kesu-bench-admin';
export const TOKEN_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

export const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
export const log = (message: string) => console.log(`[bench] ${message}`);

export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentiles.
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { runs: sorted.length, min: sorted[0]!, median: at(0.5), p975: at(0.975), max: sorted[sorted.length - 1]! };
}
export const showStats = (s: ReturnType<typeof stats>) =>
  `median ${fmt(s.median)} ms, p97.5 ${fmt(s.p975)} ms (min ${fmt(s.min)}, max ${fmt(s.max)}, ${s.runs} runs)`;

export async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

/** The request context the GraphQL layer would build for `login`, to call services directly. */
export async function contextFor(orm: MikroORM, tokens: TokenService, login: string): Promise<Context> {
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, { login });
  const viewer = (await loadViewer(em, user.id))!;
  const ability = defineAbilityFor({ userId: user.id, grants: viewer.grants });
  return { em, viewer, ability, authError: null, loaders: createLoaders(em, ability), tokens, pubSub: createLocalPubSub() };
}

/** A GraphQL client for `url` (an app started by `startApp`): posts, throws on errors, returns `data`. */
export function graphqlClient(url: string) {
  return async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, Record<string, unknown>>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
}

export interface BenchDatabase {
  orm: MikroORM;
  /** The embedded PostgreSQL's connection URL. */
  url: string;
  /**
   * Starts the HTTP app on a free local port: test config with TOKEN_SECRET, overridden by `config`, tokens signed
   * with its secret. `runBench` closes it at the end.
   */
  startApp(config?: Partial<Config>): Promise<{ app: App; url: string }>;
}

/**
 * Runs one benchmark in a throw-away embedded PostgreSQL (temp dir), migrated, with the demo data (admin password
 * ADMIN_PASSWORD) and all groups provisioned; then `main`. A failure is logged and sets exit code 1; the apps, the
 * ORM, the database and the temp dir are always removed, also on Ctrl-C.
 */
export async function runBench(main: (db: BenchDatabase) => Promise<void>): Promise<void> {
  let dataDir: string | undefined;
  let pg: EmbeddedDatabase | undefined;
  let orm: MikroORM | undefined;
  const apps: App[] = [];

  async function cleanup() {
    for (const app of apps.splice(0)) await app.close().catch(() => undefined);
    await orm?.close(true).catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    orm = pg = dataDir = undefined;
  }

  process.once('SIGINT', () => {
    log('interrupted: cleaning up');
    void cleanup().finally(() => process.exit(130));
  });

  try {
    dataDir = await mkdtemp(join(tmpdir(), 'kesu-bench-pg-'));
    const [ms, started] = await time(() => startEmbeddedPostgres({ dataDir: dataDir!, persistent: false, database: 'kesu_bench' }));
    pg = started;
    log(`embedded PostgreSQL up in ${fmt(ms)} ms (${dataDir})`);
    const db = await MikroORM.init(ormConfig(started.url));
    orm = db;
    await migrate(db);
    await seedDemoData(db.em.fork(), { adminPassword: ADMIN_PASSWORD });
    await provisionAllGroups(db.em.fork());

    await main({
      orm: db,
      url: started.url,
      async startApp(overrides = {}) {
        const config: Config = { ...loadConfig({ NODE_ENV: 'test' }), tokenSecret: TOKEN_SECRET, ...overrides };
        const app = await createApp({ orm: db, config, tokens: TokenService.withSecret(config.tokenSecret ?? TOKEN_SECRET) });
        apps.push(app);
        return { app, url: `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}` };
      },
    });
  } catch (error) {
    console.error('[bench] failed', error);
    process.exitCode = 1;
  } finally {
    await cleanup();
    log('cleaned up');
  }
}
