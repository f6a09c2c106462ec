import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../config.js';
import { ormConfig } from '../db/orm-config.js';
import { seedDemoData } from '../demo/demo-seed.js';
import { createApp, type App } from '../http/app.js';
import type { Logger } from '../ops/logger.js';
import { createPgPubSub } from '../realtime/pubsub.js';
import { provisionAllGroups } from '../org/group-provisioning.service.js';
import { TokenService } from '../identity/token.service.js';
import { TEMPLATE_DATABASE } from './global-setup.js';

export const TEST_ADMIN_PASSWORD = 'kesu-admin';
export const TEST_TOKEN_SECRET = 'test-secret-test-secret-test-secret-0123';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

export interface TestApp {
  url: string;
  /** The app itself, for its readiness and metrics. */
  app: App;
  orm: MikroORM;
  tokens: TokenService;
  /** POST /graphql over real HTTP. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** A token for a demo login (cached per file). */
  tokenFor(login: string): Promise<string>;
  /** Runs `work` and returns how many SQL statements it sent. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template, with the demo data unless `seed: false`, behind a real HTTP server. */
export async function startTestApp(options: { seed?: boolean; env?: Record<string, string>; pgPubSub?: boolean; logger?: Logger } = {}): Promise<TestApp> {
  const serverUrl = inject('pgServerUrl');
  const database = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}postgres` });
  await admin.connect();
  await admin.query(`create database "${database}" template "${TEMPLATE_DATABASE}"`);
  await admin.end();

  const orm = await MikroORM.init(ormConfig(`${serverUrl}${database}`));
  if (options.seed !== false) {
    await seedDemoData(orm.em.fork(), { adminPassword: TEST_ADMIN_PASSWORD });
    await provisionAllGroups(orm.em.fork());
  }
  // Production mode refuses to start without a secret of its own; the harness signs with TEST_TOKEN_SECRET anyway.
  // Quiet logs in every mode, production included, unless a test asks for them.
  const validationSecret = `${randomUUID()}${randomUUID()}`;
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', KESU_TOKEN_SECRET: validationSecret, ...options.env }),
    tokenSecret: TEST_TOKEN_SECRET,
  };
  const tokens = TokenService.withSecret(TEST_TOKEN_SECRET);
  // The PostgreSQL-backed pub/sub when a test needs LISTEN/NOTIFY; an in-process one otherwise.
  const realtime = options.pgPubSub ? await createPgPubSub(`${serverUrl}${database}`) : undefined;
  const app = await createApp({ orm, config, tokens, pubSub: realtime?.pubSub, logger: options.logger });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<any>;
    return { ...body, status: response.status };
  };

  const tokenCache = new Map<string, Promise<string>>();
  const tokenFor = (login: string) => {
    if (!tokenCache.has(login)) {
      const password = login === 'admin' ? TEST_ADMIN_PASSWORD : 'kesu-demo';
      tokenCache.set(
        login,
        gql<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
          input: { login, password },
        }).then((res) => {
          if (!res.data?.login) throw new Error(`login ${login} failed: ${JSON.stringify(res.errors)}`);
          return res.data.login.token;
        }),
      );
    }
    return tokenCache.get(login)!;
  };

  const knex = orm.em.getConnection().getKnex();
  const countStatements = async (work: () => Promise<unknown>) => {
    let count = 0;
    const listener = () => void count++;
    knex.on('query', listener);
    try {
      await work();
    } finally {
      knex.off('query', listener);
    }
    return count;
  };

  return {
    url,
    app,
    orm,
    tokens,
    gql,
    tokenFor,
    countStatements,
    async close() {
      await app.close();
      await realtime?.close();
      await orm.close(true);
    },
  };
}

/** Every page of a connection, following `endCursor`. */
export async function allPages<N>(
  fetchPage: (after: string | null) => Promise<{ edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}
