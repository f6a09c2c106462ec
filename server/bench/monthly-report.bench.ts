import 'reflect-metadata';
import { reportingMonthOf } from '@kesu/domain';
import { DEMO_GROUP_CODE } from '../src/demo/demo-seed.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { TokenService } from '../src/identity/token.service.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import { complaintTrends, monthlyReport, shiftMonth } from '../src/reporting/monthly-report.service.js';
import { monthlyMeetingPack } from '../src/reporting/meeting-pack.service.js';
import { ADMIN_PASSWORD, contextFor, fmt, graphqlClient, log, runBench, showStats, stats, time, TOKEN_SECRET, type BenchDatabase } from './bench-kit.js';
import { generateComplaints } from './generate-complaints.js';

/**
 * `pnpm bench:report`: the monthly report of a whole group over 1,000,000 complaints (issue 6: goal ≤ 500 ms).
 *
 * A throw-away embedded PostgreSQL (temp dir, removed at the end), the real migrations, the demo group, then
 * BENCH_COMPLAINTS complaints (default 1,000,000) over the last two years generated in SQL. Times `monthlyReport` for
 * the group as its admin — the service directly (median and p97.5 of BENCH_RUNS runs after a warm-up) and over HTTP —
 * plus the trend, the meeting pack and the xlsx export once each, and prints the plan of the report's statement.
 * Not a test: it stops by itself and cleans up, also on Ctrl-C.
 */

const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 41);
const SPAN_DAYS = Number(process.env.BENCH_SPAN_DAYS ?? 730);

async function main({ orm, startApp }: BenchDatabase) {
  const group = await orm.em.fork().findOneOrFail(OrgUnit, { code: DEMO_GROUP_CODE, level: 'GROUP' });
  log(`migrated, demo group ${group.name} seeded`);

  const now = new Date();
  log(`generating ${fmt(COMPLAINTS)} complaints over ${SPAN_DAYS} days …`);
  const generated = await generateComplaints(orm.em.fork(), {
    groupId: group.groupId,
    count: COMPLAINTS,
    spanDays: SPAN_DAYS,
    now,
    onProgress: (done, total, elapsed) =>
      log(`  ${fmt(done)} / ${fmt(total)} rows, ${fmt(elapsed / 1000)} s, ${fmt((done / elapsed) * 1000)} rows/s`),
  });
  log(`generated ${fmt(generated.complaints)} complaints and ${fmt(generated.visits)} return visits in ${fmt(generated.ms / 1000)} s (${fmt((generated.complaints / generated.ms) * 1000)} complaints/s)`);
  const [ms] = await time(() => orm.em.getConnection().execute('vacuum analyze complaint, return_visit, org_unit, category'));
  log(`vacuum analyze in ${fmt(ms / 1000)} s`);
  const [sized] = await orm.em.getConnection().execute<{ size: string }[]>(`select pg_size_pretty(pg_total_relation_size('complaint')) as size`);
  log(`complaint table with indexes: ${sized?.size}`);

  const tokens = TokenService.withSecret(TOKEN_SECRET);
  const ctx = () => contextFor(orm, tokens, 'admin');
  const unitId = toGlobalId('OrgUnit', group.id);
  // The last complete report month: the one a monthly meeting would look at.
  const month = shiftMonth(reportingMonthOf(now), -1);

  const [, warm] = await time(async () => monthlyReport(await ctx(), unitId, month));
  log(`monthlyReport(${group.name}, ${month}): ${fmt(warm.totals.received)} records in the period, ${fmt(warm.totals.validComplaints)} valid complaints, ` +
    `${warm.byCategory.length} categories, ${warm.byOrgUnit.length} child units, ${warm.topProjects.length} ranked projects`);

  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await ctx();
    samples.push((await time(() => monthlyReport(context, unitId, month)))[0]);
  }
  const service = stats(samples);
  log(`monthlyReport, service call: ${showStats(service)}`);

  // The statement's plan, for the record (and to see which index serves it).
  const knex = orm.em.getConnection().getKnex();
  const captured: { sql: string; bindings: unknown[] }[] = [];
  const listener = (query: { sql: string; bindings: unknown[] }) => void captured.push(query);
  knex.on('query', listener);
  await monthlyReport(await ctx(), unitId, month);
  knex.off('query', listener);
  const statement = captured.find((query) => query.sql.includes('grouping sets'));
  if (statement) {
    const plan = await orm.em.getConnection().execute<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${statement.sql}`, statement.bindings);
    console.log(plan.map((line) => `    ${line['QUERY PLAN']}`).join('\n'));
  }

  const [trendMs] = await time(async () => complaintTrends(await ctx(), unitId, 12, now));
  log(`complaintTrends, 12 months, once: ${fmt(trendMs)} ms`);
  const [packMs, pack] = await time(async () => monthlyMeetingPack(await ctx(), unitId, month));
  log(`monthlyMeetingPack, once: ${fmt(packMs)} ms (${fmt(pack.keyOpenItems.totalCount)} open key items, ${fmt(pack.overdueTotal)} overdue)`);

  // Over HTTP: the GraphQL query and the workbook download, as a client would.
  const { url } = await startApp();
  const gql = graphqlClient(url);
  const { login } = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login: 'admin', password: ADMIN_PASSWORD } });
  const token = login?.token as string;
  const query = `query($id: ID!, $month: String!) { monthlyReport(orgUnitId: $id, month: $month) {
    totals { received validComplaints timeliness { respondedWithinHourRate resolvedWithinLimitRate overdueOpen } returnVisits { rate averageScore } }
    byCategory { category { label } figures { received } } byGrade { grade { code } figures { received } }
    byOrgUnit { orgUnit { name } figures { received } } topProjects { rank project { name } complaints } } }`;
  await gql(query, { id: unitId, month }, token);
  const httpSamples: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 21); i++) httpSamples.push((await time(() => gql(query, { id: unitId, month }, token)))[0]);
  log(`monthlyReport over HTTP (POST /graphql): ${showStats(stats(httpSamples))}`);

  const [xlsxMs, bytes] = await time(async () => {
    const response = await fetch(`${url}/export/monthly-report.xlsx?orgUnitId=${encodeURIComponent(unitId)}&month=${month}`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    return (await response.arrayBuffer()).byteLength;
  });
  log(`GET /export/monthly-report.xlsx (${fmt(warm.totals.received)} register lines): ${fmt(xlsxMs)} ms, ${fmt(bytes / 1024 / 1024)} MiB`);

  log(`RESULT complaints=${COMPLAINTS} generation=${fmt((generated.complaints / generated.ms) * 1000)}/s monthlyReport median=${fmt(service.median)}ms p97.5=${fmt(service.p975)}ms goal=500ms ${service.median <= 500 ? 'MET' : 'MISSED'}`);
}

await runBench(main);
