import { OrgUnit } from '../src/org/org-unit.entity.js';
import { DEMO_GROUP_CODE } from '../src/demo/demo-seed.js';
import { generateComplaints } from './generate-complaints.js';
import { graphqlClient, log, runBench, showStats, stats, time } from './bench-kit.js';
import { COMPLAINT_QUERY as DETAIL, LIST_QUERY as LIST } from './bench-queries.js';

/**
 * `pnpm bench:cpu`: Node CPU per GraphQL request, one request at a time, in one process (client and server), on
 * 50k generated complaints. Throughput under load (`pnpm bench`) swings by ±30 % when the machine is busy; CPU per
 * request does not, so this is the number to compare before and after a change to the read path. The client's
 * share (fetch + JSON) is in every figure alike and is shown by the `floor` line's difference to an empty request.
 */

const OPEN = { status: ['REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW'] };
const WARM_UP = 100;
// BENCH_REQUESTS (default 400) per scenario; BENCH_ONLY runs the scenarios whose name contains it.
const MEASURED = Number(process.env.BENCH_REQUESTS ?? 400);

async function main({ orm, startApp }: Parameters<Parameters<typeof runBench>[0]>[0]) {
  const group = await orm.em.fork().findOneOrFail(OrgUnit, { code: DEMO_GROUP_CODE, level: 'GROUP' });
  await generateComplaints(orm.em.fork(), { groupId: group.groupId, count: 50_000, spanDays: 365, now: new Date() });
  await orm.em.getConnection().execute('analyze');
  const { url } = await startApp({ costBudget: { perMinute: 2e9, perHour: 2e9 } });
  const gql = graphqlClient(url);
  const login = async (name: string) =>
    ((await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { login: name, password: 'kesu-demo' } })).login as { token: string }).token;
  const head = await login('ysf.head');
  const groupCr = await login('group.cr');
  const page = await gql(LIST, { filter: OPEN }, head);
  const firstId = ((page.complaints as { edges: { node: { id: string } }[] }).edges[0]?.node.id) ?? '';

  const scenarios: [string, () => Promise<unknown>][] = [
    ['floor { me }', () => gql('{ me { user { id } } }', {}, head)],
    ['project head list (50, open)', () => gql(LIST, { filter: OPEN }, head)],
    ['group list (50, open)', () => gql(LIST, { filter: OPEN }, groupCr)],
    ['complaint(id) detail', () => gql(DETAIL, { id: firstId }, head)],
  ];
  const only = process.env.BENCH_ONLY;
  for (const [name, request] of scenarios.filter(([name]) => !only || name.includes(only))) {
    for (let i = 0; i < WARM_UP; i++) await request();
    const samples: number[] = [];
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < MEASURED; i++) samples.push((await time(request))[0]);
    const cpu = process.cpuUsage(cpu0);
    log(`${name}: ${showStats(stats(samples))}; Node CPU per request ${((cpu.user + cpu.system) / 1000 / MEASURED).toFixed(2)} ms`);
  }
}

await runBench(main);
