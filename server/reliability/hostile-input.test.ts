import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLResponse, type TestApp } from '../src/testing/test-app.js';
import { MUTATION_ROWS, TARGETS, type Principal } from './authorization-matrix.js';
import { setUpMatrixWorld, type MatrixWorld } from './matrix-world.js';
import { rowCounts } from './reliability-fixtures.js';

let app: TestApp;
let world: MatrixWorld;
let production: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  world = await setUpMatrixWorld(app);
});
afterAll(async () => {
  await app?.close();
  await production?.close();
});

const RUNS_PER_MUTATION = Number(process.env.KESU_FUZZ_RUNS ?? 25);
const SEED = Number(process.env.KESU_FUZZ_SEED ?? 20261123);

/** Who sends each mutation: someone the access check lets through, so the input reaches validation and the database. */
function callerOf(mutation: string): Principal {
  if (mutation === 'issueOwnerToken') return 'client';
  if (mutation === 'submitOwnerRating') return 'owner';
  if (mutation === 'confirmAccountabilityEnforced') return 'regionPerf';
  const row = MUTATION_ROWS[mutation]!;
  for (const candidate of ['groupAdmin', 'regionCrExec', 'client', 'groupCr'] as Principal[]) if (row.allow.includes(candidate)) return candidate;
  return 'groupAdmin';
}

const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  "'; DROP TABLE complaint; --",
  '1; SELECT pg_sleep(5)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '中文English日本語한국어العربية',
  'NaN',
  '-1',
  '1e309',
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  'UNKNOWN_ENUM_VALUE',
  'TS-2611-0007',
  '',
  ' ',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  // Huge: up to ~300 KB of mixed scripts and emoji, under the 1 MB body limit.
  fc.integer({ min: 2_000, max: 100_000 }).map((n) => 'é中🙂'.repeat(n)),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5, -0.0001),
  fc.integer(),
  fc.double({ noNaN: true }),
);
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ $gt: '' }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);
const hostile = fc.oneof(hostileString, hostileNumber, wrongType);

/** Each part of a valid input either kept or replaced by something hostile, all the way down. */
function around(valid: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(valid)) {
    const item = valid.length > 0 ? around(valid[0]) : hostile;
    return fc.oneof({ weight: 2, arbitrary: fc.array(item, { minLength: 0, maxLength: 3 }) }, { weight: 1, arbitrary: hostile });
  }
  if (valid !== null && typeof valid === 'object') {
    const fields = Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, around(value)]));
    return fc.oneof({ weight: 4, arbitrary: fc.record(fields) }, { weight: 1, arbitrary: hostile });
  }
  return fc.oneof({ weight: 1, arbitrary: fc.constant(valid) }, { weight: 2, arbitrary: hostile });
}

/** Words that only internals use: a stack frame, SQL, driver or runtime errors. */
const INTERNAL = /\bat .+\.(ts|js|mjs):\d+|node_modules|stack ?trace|\bselect\b.+\bfrom\b|\binsert into\b|\bupdate\b.+\bset\b|violates|duplicate key|syntax error|relation "|TypeError|ReferenceError|RangeError|Cannot read prop|undefined is not|MikroORM|knex|postgres/i;

interface Finding {
  mutation: string;
  problem: string;
  input: string;
}

function problemsOf(res: GraphQLResponse): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  for (const error of res.errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || !code) problems.push(`code ${code}: ${error.message}`);
    if (INTERNAL.test(error.message)) problems.push(`internal words in message: ${error.message.slice(0, 200)}`);
    const extensions = JSON.stringify(error.extensions ?? {});
    if (/stacktrace|exception/i.test(extensions)) problems.push(`internals in extensions: ${extensions.slice(0, 200)}`);
    if (code === 'BAD_USER_INPUT' && !error.extensions?.field) problems.push(`BAD_USER_INPUT without field: ${error.message.slice(0, 200)}`);
  }
  return problems;
}

const fuzzed = { cases: 0, rejected: 0, accepted: 0 };

describe('hostile input to every mutation (fast-check)', () => {
  it(`${RUNS_PER_MUTATION} runs per mutation: never a 500 or an internal message, BAD_USER_INPUT names its field, a refused call writes nothing`, async () => {
    const findings: Finding[] = [];
    let counts = await rowCounts(app);
    for (const [mutation, row] of Object.entries(MUTATION_ROWS)) {
      const caller = callerOf(mutation);
      const target = TARGETS[caller].own!;
      const valid = (await row.variables?.(world.fx, target, caller, 'own')) ?? {};
      const token = world.credentials.get(caller);
      // Building the valid input may have created its fixtures.
      counts = await rowCounts(app);
      await fc.assert(
        fc.asyncProperty(around(valid.input ?? valid), async (input) => {
          const res = await app.gql(row.document, { input }, token);
          fuzzed.cases++;
          const problems = problemsOf(res);
          const refused = !res.data?.[mutation];
          if (refused) {
            fuzzed.rejected++;
            const after = await rowCounts(app);
            if (JSON.stringify(after) !== JSON.stringify(counts)) problems.push(`refused but wrote: ${JSON.stringify(counts)} → ${JSON.stringify(after)}`);
            counts = after;
          } else {
            fuzzed.accepted++;
            counts = await rowCounts(app);
          }
          for (const problem of problems) findings.push({ mutation, problem, input: JSON.stringify(input).slice(0, 300) });
          // Keep going: one report listing every finding beats stopping at the first.
          return true;
        }),
        { numRuns: RUNS_PER_MUTATION, seed: SEED, endOnFailure: true },
      );
    }
    console.log(`fuzz: ${fuzzed.cases} cases over ${Object.keys(MUTATION_ROWS).length} mutations, ${fuzzed.rejected} refused, ${fuzzed.accepted} accepted, seed ${SEED}`);
    expect(findings).toEqual([]);
    expect(fuzzed.cases).toBe(RUNS_PER_MUTATION * Object.keys(MUTATION_ROWS).length);
  });
});

describe('query abuse is refused cheaply', () => {
  const timed = async (work: () => Promise<GraphQLResponse>) => {
    let res!: GraphQLResponse;
    const started = performance.now();
    const statements = await app.countStatements(async () => {
      res = await work();
    });
    return { res, ms: performance.now() - started, statements };
  };
  const refusedCheaply = (outcome: { res: GraphQLResponse; ms: number; statements: number }, code: RegExp) => {
    expect(outcome.res.data ?? null, JSON.stringify(outcome.res).slice(0, 300)).toBeNull();
    expect(outcome.res.status).toBeLessThan(500);
    expect(String(outcome.res.errors?.[0]?.extensions?.code)).toMatch(code);
    // Refused before any resolver ran: no SQL beyond reading the caller, and quickly even on two busy cores.
    expect(outcome.statements).toBeLessThanOrEqual(2);
    expect(outcome.ms).toBeLessThan(1_500);
  };

  it('refuses a query nested deeper than the limit (children within children)', async () => {
    let selection = 'id';
    for (let i = 0; i < 20; i++) selection = `children(first: 100) { edges { node { ${selection} } } }`;
    const token = await app.tokenFor('admin');
    refusedCheaply(await timed(() => app.gql(`{ orgUnits(first: 100) { edges { node { ${selection} } } } }`, {}, token)), /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|COST/);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: me { user { id } }`).join(' ');
    const token = await app.tokenFor('admin');
    refusedCheaply(await timed(() => app.gql(`{ ${aliases} }`, {}, token)), /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });

  it('refuses a request over the token limit', async () => {
    const fields = Array.from({ length: 2_000 }, () => '__typename').join(' ');
    const token = await app.tokenFor('admin');
    refusedCheaply(await timed(() => app.gql(`{ ${fields} }`, {}, token)), /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });

  it('refuses a page size over 100, naming `first`; a huge one already at validation', async () => {
    const token = await app.tokenFor('admin');
    const over = await app.gql(`{ complaints(first: 101) { totalCount } }`, {}, token);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    refusedCheaply(await timed(() => app.gql(`{ complaints(first: 100000) { edges { node { id } } } }`, {}, token)), /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });

  it('refuses batched (array) bodies', async () => {
    const body = JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' })));
    const started = performance.now();
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toMatch(INTERNAL);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('answers a body over 1 MB and malformed JSON with a plain 4xx, no stack, no HTML', async () => {
    const post = (body: string) => fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const huge = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_200_000) } }));
    expect(huge.status).toBe(413);
    const hugeText = await huge.text();
    expect(hugeText).not.toMatch(INTERNAL);
    expect(JSON.parse(hugeText).errors[0].extensions.code).toBe('BAD_REQUEST');
    for (const body of ['{"query": "{ __typename }"', '{"query": "\\u00', '\u0000{}', '[[[[[[[[[[[[']) {
      const res = await post(body);
      const text = await res.text();
      expect(res.status, body).toBe(400);
      expect(text, body).not.toMatch(INTERNAL);
      expect(text, body).not.toMatch(/<html|<pre/i);
    }
  });

  it('refuses introspection and hides field suggestions in production', async () => {
    production = await startTestApp({ seed: false, env: { NODE_ENV: 'production' } });
    const started = performance.now();
    const introspection = await production.gql('{ __schema { types { name } } }');
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(performance.now() - started).toBeLessThan(1_500);
    const typo = await production.gql('{ complaintz { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    // Development keeps both, for the explorer.
    const development = await app.gql('{ __schema { queryType { name } } }', {}, await app.tokenFor('admin'));
    expect(development.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
