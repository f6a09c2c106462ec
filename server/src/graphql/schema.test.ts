import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { accessOf } from './access.js';
import { printSchemaWithDirectives } from './print-schema.js';
import { buildAppSchema } from './schema.js';

describe('the schema', () => {
  it('declares who may call every root field', async () => {
    const schema = await buildAppSchema();
    const unguarded: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const name of Object.keys(root?.getFields() ?? {})) {
        if (!accessOf(root!, name)) unguarded.push(`${root!.name}.${name}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('keeps only login public', async () => {
    const schema = await buildAppSchema();
    const publicFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.keys(root.getFields()).filter((name) => {
        const access = accessOf(root, name);
        return access && 'public' in access;
      }),
    );
    expect(publicFields).toEqual(['login']);
  });

  it('matches the committed schema/schema.graphql (run `pnpm schema:emit` after changing the API)', async () => {
    const committed = await readFile(fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url)), 'utf8');
    expect(printSchemaWithDirectives(await buildAppSchema())).toBe(committed);
  });
});

describe('request limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  });
  afterAll(() => app?.close());

  it('rejects a depth-20 query before running it', async () => {
    let selection = 'id';
    for (let i = 0; i < 14; i++) selection = `parent { ${selection} }`;
    const deep = `{ orgUnits(first: 1) { edges { node { children(first: 1) { edges { node { ${selection} } } } } } } }`;
    expect(deep.split('{').length - 1).toBeGreaterThanOrEqual(20);
    const res = await app.gql(deep, {}, await app.tokenFor('admin'));
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('rejects a 100-alias query', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: me { user { id } }`).join(' ');
    const res = await app.gql(`{ ${aliases} }`, {}, await app.tokenFor('admin'));
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('never leaks internals: an unknown field is a validation error without a stack', async () => {
    const res = await app.gql(`{ nope }`, {}, await app.tokenFor('admin'));
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js/);
  });
});

describe('production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => app?.close());

  it('refuses introspection', async () => {
    const res = await app.gql(`{ __schema { queryType { name } } }`, {}, await app.tokenFor('admin'));
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('still answers ordinary queries', async () => {
    const res = await app.gql(`{ me { user { name } } }`, {}, await app.tokenFor('admin'));
    expect(res.data!.me.user.name).toBe('系统管理员');
  });
});
