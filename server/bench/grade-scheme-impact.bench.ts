import 'reflect-metadata';
import { gradeSchemePreset } from '@kesu/domain';
import { DEMO_GROUP_CODE } from '../src/demo/demo-seed.js';
import { gradeSchemeImpact } from '../src/grading/grade-scheme-impact.service.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { TokenService } from '../src/identity/token.service.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import { ADMIN_PASSWORD, contextFor, fmt, graphqlClient, log, runBench, showStats, stats, time, TOKEN_SECRET, type BenchDatabase } from './bench-kit.js';
import { generateComplaints } from './generate-complaints.js';

/**
 * `gradeSchemeImpact` ("what changes", the grade-scheme editor's preview) for a whole group with about 10,000 records
 * in the default 3-month window (goal: well under a second).
 *
 * A throw-away embedded PostgreSQL, the real migrations, the demo group, then BENCH_COMPLAINTS records (default
 * 40,000) over the last BENCH_SPAN_DAYS days (default 365) generated in SQL, with four events each and a
 * MARKED_OVERDUE event on the overdue ones (the preview probes those). Times the service as the group admin (median
 * and p97.5 of BENCH_RUNS runs after a warm-up) and over HTTP. Not a test: it stops by itself and cleans up.
 *
 * Run: `cd server && npx tsc -b && npx tsc -p bench/tsconfig.json && node dist/bench-build/bench/grade-scheme-impact.bench.js`
 */

const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 40_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const SPAN_DAYS = Number(process.env.BENCH_SPAN_DAYS ?? 365);
/** The CG preset with A类二级 from 30 households instead of 60: a draft that moves a visible share of records. */
function draft() {
  const grades = structuredClone(gradeSchemePreset('CG_KEY_EVENTS').grades) as unknown as { code: string; rules: { id: string; conditions: { value?: unknown }[] }[] }[];
  grades.find((g) => g.code === 'A2')!.rules.find((r) => r.id === 'A2_HOUSEHOLDS')!.conditions[0]!.value = 30;
  return { presetCode: 'CG_KEY_EVENTS' as const, grades, defaultGradeCode: 'GENERAL' };
}

async function main({ orm, startApp }: BenchDatabase) {
  const group = await orm.em.fork().findOneOrFail(OrgUnit, { code: DEMO_GROUP_CODE, level: 'GROUP' });

  const now = new Date();
  const generated = await generateComplaints(orm.em.fork(), { groupId: group.groupId, count: COMPLAINTS, spanDays: SPAN_DAYS, now });
  const connection = orm.em.getConnection();
  await connection.execute(
    `insert into complaint_event (id, complaint_id, type, occurred_at, public)
     select gen_random_uuid(), c.id, t.type, c.received_at + t.n * interval '1 hour', false
     from complaint c cross join (values (0, 'COMPLAINT_CREATED'), (1, 'RESPONDED'), (2, 'HANDLING_STARTED'), (3, 'CONCLUDED')) as t(n, type)`,
  );
  await connection.execute(
    `insert into complaint_event (id, complaint_id, type, occurred_at, public)
     select gen_random_uuid(), id, 'MARKED_OVERDUE', resolution_due_at, false from complaint where overdue`,
  );
  await connection.execute('vacuum analyze complaint, complaint_event, org_unit, category, grade_scheme_version');
  log(`generated ${fmt(generated.complaints)} records over ${SPAN_DAYS} days in ${fmt(generated.ms / 1000)} s, with their events`);

  const tokens = TokenService.withSecret(TOKEN_SECRET);
  const input = { orgUnitId: toGlobalId('OrgUnit', group.id), ...draft() };
  const [, warm] = await time(async () => gradeSchemeImpact(await contextFor(orm, tokens, 'admin'), input));
  log(`gradeSchemeImpact(${group.name}): ${fmt(warm.complaintCount)} records in ${warm.from.toISOString()} … ${warm.to.toISOString()}, ` +
    `${fmt(warm.changedCount)} change: ${warm.changes.map((c) => `${c.fromGrade.code}→${c.toGrade.code} ${c.count}`).join(', ')}`);

  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await contextFor(orm, tokens, 'admin');
    samples.push((await time(() => gradeSchemeImpact(ctx, input)))[0]);
  }
  const service = stats(samples);
  log(`gradeSchemeImpact, service call: ${showStats(service)}`);

  // The plan of the one statement that reads the window, for the record (which index serves it, what it costs).
  const knex = connection.getKnex();
  const captured: { sql: string; bindings: unknown[] }[] = [];
  const listener = (query: { sql: string; bindings: unknown[] }) => void captured.push(query);
  knex.on('query', listener);
  await gradeSchemeImpact(await contextFor(orm, tokens, 'admin'), input);
  knex.off('query', listener);
  const statement = captured.find((query) => query.sql.includes('marked_overdue'));
  if (statement) {
    const plan = await connection.execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${statement.sql}`, statement.bindings);
    console.log(plan.map((line) => `    ${line['QUERY PLAN']}`).join('\n'));
  }

  const { url } = await startApp();
  const gql = graphqlClient(url);
  const { login } = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login: 'admin', password: ADMIN_PASSWORD } });
  const token = login?.token as string;
  const query = `query($input: GradeSchemeImpactInput!) { gradeSchemeImpact(input: $input) {
    complaintCount changedCount changes { fromGrade { code } toGrade { code } count }
    examples { complaint { number title project { name } } fromGrade { code } toGrade { code } } } }`;
  await gql(query, { input }, token);
  const httpSamples: number[] = [];
  for (let i = 0; i < RUNS; i++) httpSamples.push((await time(() => gql(query, { input }, token)))[0]);
  const http = stats(httpSamples);
  log(`gradeSchemeImpact over HTTP (POST /graphql): ${showStats(http)}`);
  log(`RESULT records-in-window=${warm.complaintCount} service median=${fmt(service.median)}ms http median=${fmt(http.median)}ms goal=1000ms ${http.median <= 1000 ? 'MET' : 'MISSED'}`);
}

await runBench(main);
