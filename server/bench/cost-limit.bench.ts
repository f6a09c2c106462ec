import 'reflect-metadata';
import { parse } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema.js';
import { CostBudgetService } from '../src/limits/cost-budget.service.js';
import { requestedCost } from '../src/limits/query-cost.js';
import { ADMIN_PASSWORD, fmt, log, runBench, stats, time, type BenchDatabase } from './bench-kit.js';

/**
 * What the cost budgets add to a request: the estimate (graphql-query-complexity over the admin's heaviest list
 * query), the reservation and the refund (two single-row upserts/updates in PostgreSQL), each BENCH_RUNS times
 * (default 2000) after a warm-up; then the same principal from 20 concurrent callers (one hot row), and a cheap
 * staff query end to end over HTTP for scale. Not a test: it stops by itself and cleans up.
 *
 * Run: `cd server && npx tsc -b && npx tsc -p bench/tsconfig.json && node dist/bench-build/bench/cost-limit.bench.js`
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 2000);
const CONCURRENCY = 20;

/** median and p95 (nearest rank) in ms. */
function show(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
  return `median ${fmt(stats(samples).median * 1000)} µs, p95 ${fmt(p95 * 1000)} µs (${samples.length} runs)`;
}

async function repeat(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await time(work))[0]);
  return samples;
}

async function main({ orm, startApp }: BenchDatabase) {
  // 1. The estimate, in memory.
  const schema = await buildAppSchema();
  const heavy = parse(`query { complaints(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    id number kind status channel title receivedAt overdue responseDueAt resolutionDueAt version
    category { code label } grade { code label } project { id name } handler { id name } customers { name phone room } } } } }`);
  log(`requested cost of the complaint list (first: 100): ${requestedCost(schema, heavy, {}, undefined)}`);
  const estimate = await repeat(RUNS, async () => requestedCost(schema, heavy, {}, undefined));
  log(`estimate (graphql-query-complexity): ${show(estimate)}`);

  // 2. Reserve + refund against PostgreSQL, one principal, sequential.
  const budgets = new CostBudgetService(() => orm.em.fork(), { perMinute: 1e9, perHour: 2e9 });
  const budget = budgets.defaults;
  await repeat(200, async () => budgets.reserve('user:warm-up', budget, 10));
  const reserve: number[] = [];
  const release: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [reserveMs, reservation] = await time(() => budgets.reserve('user:bench', budget, 400));
    reserve.push(reserveMs);
    if (!reservation.granted) throw new Error('refused');
    // The refund is kept in memory and applied by the next reserve (its cost is inside `reserve`).
    release.push((await time(async () => budgets.release('user:bench', reservation.windows, 300)))[0]);
  }
  const [flushMs] = await time(() => budgets.flush());
  log(`reserve (one upsert, both windows, last refund applied): ${show(reserve)}`);
  log(`refund (in memory):                 ${show(release)}`);
  log(`reserve + refund:                   ${show(reserve.map((r, i) => r + release[i]!))}`);
  log(`flush of the pending refunds (one update): ${fmt(flushMs)} ms`);

  // 3. One hot principal, CONCURRENCY callers at once: row locks queue them.
  const perCaller = Math.ceil(RUNS / CONCURRENCY);
  const [wall, lists] = await time(() =>
    Promise.all(Array.from({ length: CONCURRENCY }, () => repeat(perCaller, async () => {
      const r = await budgets.reserve('client:hot', budget, 400);
      if (r.granted) budgets.release('client:hot', r.windows, 300);
    }))),
  );
  log(`reserve + refund, ${CONCURRENCY} concurrent callers on one principal: ${show(lists.flat())}, ${fmt((perCaller * CONCURRENCY) / (wall / 1000))} pairs/s`);

  // 4. End to end over HTTP, a cheap staff query (the whole request, budgets included).
  const { url } = await startApp();
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { token?: string }>; errors?: unknown[] };
  };
  const login = await post('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login: 'admin', password: ADMIN_PASSWORD } });
  const token = login.data!.login!.token!;
  await repeat(200, () => post('{ me { user { id name } } }', {}, token));
  const http = await repeat(RUNS, () => post('{ me { user { id name } } }', {}, token));
  log(`{ me { user { id name } } } over HTTP as staff (budgeted): ${show(http)}`);
  log(`RESULT overhead per request ≈ estimate ${fmt(stats(estimate).median * 1000)} µs + reserve/refund ${fmt(stats(reserve.map((r, i) => r + release[i]!)).median * 1000)} µs (median)`);
}

await runBench(main);
