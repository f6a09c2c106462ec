import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../src/db/embedded-postgres.js';
import { COMPLAINT_QUERY, LIST_QUERY } from './bench-queries.js';

/**
 * `pnpm bench` / `pnpm --filter @kesu/server bench:http`: the HTTP benchmark suite (issue 10, item 2).
 *
 * Starts the production server (`node server/dist/main.js`, NODE_ENV=production) as a child on an existing data
 * directory (`--data-dir`, default `.bench-data`, made by `pnpm bench:seed`), times it to its first 200 on
 * `/healthz`, starts the raw-SQL baseline (`raw-endpoint.ts`) as another child on the same database, logs the
 * manifest's users in over HTTP, and loads each scenario with autocannon after one validated request and a
 * warm-up. Each scenario reports req/s, median, p97.5, p99, errors (non-2xx, socket errors, timeouts and bodies
 * carrying GraphQL `errors`) and the server's RSS (node process only: the embedded PostgreSQL runs as separate
 * processes and is not counted). The table goes to stdout and to `server/bench/results/http-suite-<date>.md`.
 *
 * Options: --data-dir DIR, --duration S (per scenario, default 12), --warmup S (default 3), --connections N
 * (default 10), --only a,b (scenario keys), --cpu-prof (run the server with --cpu-prof; profile written to
 * server/bench/results/cpu-prof/ on exit), --label TEXT (a note for the results file), --no-write.
 */

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER_MAIN = join(REPO, 'server/dist/main.js');
const RAW_MAIN = fileURLToPath(new URL('./raw-endpoint.js', import.meta.url));
const RESULTS = join(REPO, 'server/bench/results');
const BENCH_SECRET = 'kesu-http-bench-secret-0123456789abcdef';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: '.bench-data' },
    duration: { type: 'string', default: '12' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    label: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const DATA_DIR = isAbsolute(args['data-dir']!) ? args['data-dir']! : resolve(REPO, args['data-dir']!);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const CONNECTIONS = Number(args.connections);
const ONLY = args.only ? new Set(args.only.split(',')) : null;

const log = (message: string) => console.log(`[http-bench] ${message}`);
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

// ---------------------------------------------------------------- manifest

interface Manifest {
  complaints?: number;
  cases?: number;
  password: string;
  tokenSecret?: string;
  logins: { projectHead: string; regionCrExec: string; groupCr: string; csAgent: string; caseReader: string };
  projectId?: string;
  groupOrgUnitId?: string;
  complaintWith20Events?: string;
  caseQueries?: string[];
}

/** Without `bench-manifest.json` (a plain `pnpm start` data dir): the demo accounts, ids looked up over the API. */
const DEMO_MANIFEST: Manifest = {
  password: 'kesu-demo',
  logins: { projectHead: 'ysf.head', regionCrExec: 'south.cr.exec', groupCr: 'group.cr', csAgent: 'ysf.agent', caseReader: 'reader' },
  caseQueries: ['渗水', '交付延期', '产权证', '物业费', '维修基金', '住建局', '违约金', '空鼓', '销售承诺', '外墙 渗水'],
};

function loadManifest(): { manifest: Manifest; fromFile: boolean } {
  const path = join(DATA_DIR, 'bench-manifest.json');
  if (!existsSync(path)) return { manifest: DEMO_MANIFEST, fromFile: false };
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (!manifest.caseQueries?.length) manifest.caseQueries = DEMO_MANIFEST.caseQueries;
  return { manifest, fromFile: true };
}

// ---------------------------------------------------------------- processes and RSS

function rssOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every 200 ms between start() and stop(): peak and mean in MB. */
function rssSampler(pid: number) {
  let samples: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  return {
    start() {
      samples = [];
      timer = setInterval(() => {
        const rss = rssOf(pid);
        if (rss !== null) samples.push(rss);
      }, 200);
    },
    stop() {
      clearInterval(timer);
      const rss = rssOf(pid);
      if (rss !== null) samples.push(rss);
      return { peak: Math.max(...samples), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
    },
  };
}

/** Children being stopped: their shutdown noise (pg-boss losing its connections) is not shown. */
const stopping = new WeakSet<ChildProcess>();

function captureOutput(child: ChildProcess, name: string, lines: string[]) {
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      if (/error|FATAL/i.test(line) && !stopping.has(child)) console.error(`[${name}] ${line}`);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
}

async function stopChild(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  stopping.add(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

async function startServer(port: number, tokenSecret: string, seedDemo: boolean) {
  // Started as `npm start` starts it: with the production heap limits (server/runtime-flags.json).
  const nodeFlags: string[] = JSON.parse(await readFile(join(REPO, 'server/runtime-flags.json'), 'utf8')) as string[];
  if (args['cpu-prof']) {
    await mkdir(join(RESULTS, 'cpu-prof'), { recursive: true });
    nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${join(RESULTS, 'cpu-prof')}`);
  }
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, SERVER_MAIN], {
    cwd: REPO,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      KESU_DATA_DIR: DATA_DIR,
      KESU_TOKEN_SECRET: tokenSecret,
      KESU_DEMO_DATA: seedDemo ? 'true' : 'false',
      // The cost budget stays on (every request still reserves and settles its cost in PostgreSQL) but high enough
      // that no scenario is throttled: one user sends thousands of requests a second here.
      KESU_COST_PER_MINUTE: '1000000000',
      KESU_COST_PER_HOUR: '1000000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  captureOutput(child, 'server', output);
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output.join('\n')}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 600_000) throw new Error('server not ready after 10 minutes');
    await new Promise((r) => setTimeout(r, 50));
  }
  const readyMs = performance.now() - started;
  return { child, base, readyMs, output };
}

/**
 * The embedded PostgreSQL's URL, from its postmaster.pid (port on line 4, socket directory on line 5): through the
 * Unix socket as the server connects, so the baseline pays what the server pays per statement.
 */
function embeddedDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const pidFile = readFileSync(join(DATA_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
  const socketDir = pidFile[4]?.trim();
  return `postgres://kesu:kesu@${socketDir ? encodeURIComponent(socketDir) : '127.0.0.1'}:${pidFile[3]!.trim()}/kesu`;
}

async function startRaw(databaseUrl: string, tokenSecret: string) {
  const child = spawn(process.execPath, [RAW_MAIN], {
    env: { ...process.env, DATABASE_URL: databaseUrl, KESU_TOKEN_SECRET: tokenSecret, PORT: '0', RAW_POOL_SIZE: '10' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /RAW_LISTENING (\d+)/.exec(chunk.toString('utf8'));
      if (match) done(Number(match[1]));
    });
    child.stderr.on('data', (chunk: Buffer) => console.error(`[raw] ${chunk.toString('utf8').trim()}`));
    child.once('exit', (code) => fail(new Error(`raw endpoint exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

// ---------------------------------------------------------------- GraphQL

async function graphql<T>(base: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data!;
}

/** The open complaints of the workbench's default tab. */
const OPEN_STATUSES = ['REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED'];

const CREATE_MUTATION = `mutation BenchCreate($input: CreateComplaintInput!) {
  createComplaint(input: $input) { complaint { id number status grade { code } responseDueAt resolutionDueAt } }
}`;

const CASES_QUERY = `query BenchCases($query: String!) {
  cases(first: 20, filter: { query: $query }) {
    totalCount
    edges { rank highlights { field snippet } node { id title } }
  }
}`;

const REPORT_QUERY = `query BenchReport($id: ID!, $month: String!) {
  monthlyReport(orgUnitId: $id, month: $month) {
    totals { received validComplaints timeliness { respondedWithinHourRate resolvedWithinLimitRate overdueOpen } returnVisits { rate averageScore } }
    byCategory { category { label } figures { received } } byGrade { grade { code } figures { received } }
    byOrgUnit { orgUnit { name } figures { received } } topProjects { rank project { name } complaints }
  }
}`;

/** The last complete reporting month (periods run 25th → 24th, Asia/Shanghai): a full period of data. */
function lastCompleteReportMonth(now = new Date()): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  let year = shanghai.getUTCFullYear();
  // The month whose period contains now, minus one.
  let month = shanghai.getUTCMonth() + 1 + (shanghai.getUTCDate() >= 25 ? 1 : 0) - 1;
  if (month > 12) {
    month -= 12;
    year += 1;
  }
  if (month < 1) {
    month += 12;
    year -= 1;
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- scenarios

interface Scenario {
  key: string;
  title: string;
  target: string;
  /** Whether the measured figures meet the target. */
  met?: (r: Measured) => boolean;
  url: string;
  connections: number;
  /** Builds the n-th request (a fresh one per call: idempotency keys, rotating queries). */
  request: (n: number) => { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
  /** Checks one response body before the load: returns a one-line summary or throws. */
  validate: (body: unknown) => string;
  note?: string;
  /** Whose RSS to sample: the server (default) or the raw endpoint (the baseline's own process). */
  rssOf?: 'server' | 'raw';
}

interface Measured {
  reqPerSec: number;
  median: number;
  p975: number;
  p99: number;
  requests: number;
  errors: number;
  rssPeak: number;
  rssMean: number;
}

interface Row {
  scenario: Scenario;
  measured?: Measured;
  validation: string;
  failed?: string;
}

const json = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
const gqlPost = (token: string, query: string, variables: Record<string, unknown>) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: json(token),
  body: JSON.stringify({ query, variables }),
});

type Data<T> = { data?: T; errors?: unknown[] };
function dataOf<T>(body: unknown): T {
  const b = body as Data<T>;
  if (b.errors) throw new Error(`GraphQL errors: ${JSON.stringify(b.errors).slice(0, 500)}`);
  if (!b.data) throw new Error(`no data: ${JSON.stringify(body).slice(0, 300)}`);
  return b.data;
}
type ListData = { complaints: { edges: { node: { id: string; status: string; overdue: boolean } }[]; pageInfo: { hasNextPage: boolean } } };
const validateList = (body: unknown) => {
  const { complaints } = dataOf<ListData>(body);
  // An empty page is still a valid answer (the demo data has no group-visible overdue complaint): say so.
  if (complaints.edges.length === 0) return 'EMPTY page (0 rows): the figures measure the query, not the rows';
  return `${complaints.edges.length} rows, hasNextPage ${complaints.pageInfo.hasNextPage}`;
};

async function runLoad(scenario: Scenario, seconds: number, server: ChildProcess | null): Promise<Measured> {
  let counter = 0;
  let graphqlErrors = 0;
  const sampler = server?.pid ? rssSampler(server.pid) : null;
  const template = scenario.request(0);
  sampler?.start();
  const result = await autocannon({
    url: scenario.url,
    connections: scenario.connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: template.method,
        path: template.path,
        headers: template.headers,
        setupRequest: (request) => {
          const built = scenario.request(++counter);
          return { ...request, method: built.method, path: built.path, headers: built.headers, body: built.body };
        },
        // A GraphQL error answers 200; its body starts with (or contains) an `errors` member. Escaped quotes inside
        // string values cannot produce this sequence.
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors":[')) graphqlErrors++;
        },
      },
    ],
  });
  const rss = sampler?.stop() ?? { peak: NaN, mean: NaN };
  return {
    reqPerSec: result.requests.average,
    median: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    rssPeak: rss.peak,
    rssMean: rss.mean,
  };
}

async function measure(scenario: Scenario, server: ChildProcess, raw: ChildProcess): Promise<Row> {
  log(`${scenario.title}: validating one request`);
  let validation: string;
  try {
    const one = scenario.request(0);
    const response = await fetch(`${scenario.url}${one.path}`, { method: one.method, headers: one.headers, body: one.body });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`);
    validation = scenario.validate(await response.json());
  } catch (error) {
    log(`${scenario.title}: validation FAILED: ${String(error)}`);
    return { scenario, validation: 'failed', failed: String(error) };
  }
  log(`${scenario.title}: ${validation}; warm-up ${WARMUP} s, then ${DURATION} s with ${scenario.connections} connection(s)`);
  if (WARMUP > 0) await runLoad(scenario, WARMUP, null);
  const measured = await runLoad(scenario, DURATION, scenario.rssOf === 'raw' ? raw : server);
  log(
    `${scenario.title}: ${fmt(measured.reqPerSec)} req/s, median ${measured.median} ms, p97.5 ${measured.p975} ms, ` +
      `p99 ${measured.p99} ms, ${measured.errors} errors / ${measured.requests}, RSS peak ${fmt(measured.rssPeak)} MB`,
  );
  return { scenario, measured, validation };
}

// ---------------------------------------------------------------- main

async function main() {
  const { manifest, fromFile } = loadManifest();
  const tokenSecret = manifest.tokenSecret ?? BENCH_SECRET;
  const port = await freePort();
  log(`data dir ${DATA_DIR} (${fromFile ? 'bench-manifest.json' : 'no manifest: demo accounts'})`);
  if (!existsSync(join(DATA_DIR, 'postgres', 'PG_VERSION'))) {
    log(`${DATA_DIR} holds no database yet: the server creates one with the demo data (seed a large one with pnpm bench:seed)`);
  }
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: build the server first (pnpm --filter @kesu/server run build)`);

  const server = await startServer(port, tokenSecret, !fromFile);
  const startupRss = rssOf(server.child.pid!) ?? NaN;
  log(`server ready in ${fmt(server.readyMs, 0)} ms (first 200 on /healthz), RSS ${fmt(startupRss)} MB`);
  const raw = await startRaw(embeddedDatabaseUrl(), tokenSecret);
  const base = server.base;
  const rows: Row[] = [];
  let ready: { readyMs: number; rss: number } = { readyMs: server.readyMs, rss: startupRss };
  try {
    const tokens: Record<keyof Manifest['logins'], string> = {} as never;
    // The five users the scenarios need (the manifest may list more, e.g. an admin with its own password).
    for (const who of ['projectHead', 'regionCrExec', 'groupCr', 'csAgent', 'caseReader'] as const) {
      const login = manifest.logins[who];
      const data = await graphql<{ login: { token: string } }>(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { login, password: manifest.password },
      }).catch((error: unknown) => {
        throw new Error(`login of ${who} (${login}) failed: ${String(error)}`);
      });
      tokens[who] = data.login.token;
    }
    type Me = { me: { roles: { role: string; orgUnit: { id: string; level: string } }[] } };
    const meQuery = '{ me { roles { role orgUnit { id level } } } }';
    const projectId =
      manifest.projectId ?? (await graphql<Me>(base, meQuery, {}, tokens.projectHead)).me.roles.find((r) => r.role === 'PROJECT_HEAD')!.orgUnit.id;
    const groupId =
      manifest.groupOrgUnitId ?? (await graphql<Me>(base, meQuery, {}, tokens.groupCr)).me.roles.find((r) => r.orgUnit.level === 'GROUP')!.orgUnit.id;
    const categories = await graphql<{ categories: { code: string }[] }>(base, '{ categories(kind: COMPLAINT) { code } }', {}, tokens.csAgent);
    const categoryCode = categories.categories.find((c) => c.code === 'DEV_CUSTOMER_SERVICE')?.code ?? categories.categories[0]!.code;

    // complaint(id): the manifest's complaint with 20 events, read by the first of the manifest's users who sees it.
    let complaintId = manifest.complaintWith20Events;
    if (!complaintId) {
      // The list runs by next deadline: concluded and archived complaints (the ones with long files) come last.
      type Events = { complaints: { edges: { node: { id: string; events: { totalCount: number } } }[] } };
      const page = await graphql<Events>(base, '{ complaints(last: 100) { edges { node { id events(first: 1) { totalCount } } } } }', {}, tokens.projectHead);
      complaintId = page.complaints.edges.map((e) => e.node).sort((a, b) => b.events.totalCount - a.events.totalCount)[0]!.id;
    }
    let complaintReader = tokens.projectHead;
    for (const who of ['projectHead', 'regionCrExec', 'groupCr'] as const) {
      const found = await graphql<{ complaint: { id: string } | null }>(base, 'query($id: ID!) { complaint(id: $id) { id } }', { id: complaintId }, tokens[who]);
      if (found.complaint) {
        complaintReader = tokens[who];
        break;
      }
    }
    const caseQueries = manifest.caseQueries!;
    const month = lastCompleteReportMonth();
    const runId = randomUUID().slice(0, 8);

    const listTarget = 'p97.5 ≤ 50 ms at ≥ 400 req/s';
    const scenarios: Scenario[] = [
      {
        key: 'head-list',
        title: 'project head: complaints(first: 50), open statuses — GraphQL',
        target: listTarget,
        met: (r) => r.p975 <= 50 && r.reqPerSec >= 400,
        url: base,
        connections: CONNECTIONS,
        request: () => gqlPost(tokens.projectHead, LIST_QUERY, { filter: { status: OPEN_STATUSES } }),
        validate: validateList,
      },
      {
        key: 'head-list-raw',
        title: 'project head: same rows — raw SQL baseline (pg + JSON)',
        target: 'baseline',
        url: raw.base,
        connections: CONNECTIONS,
        request: () => ({ method: 'GET', path: `/complaints?status=${OPEN_STATUSES.join(',')}`, headers: { authorization: `Bearer ${tokens.projectHead}` } }),
        validate: validateList,
        rssOf: 'raw',
        note: "RSS is the raw endpoint's own process; it answers with one SQL statement for the grants and one for the page",
      },
      {
        key: 'floor',
        title: 'floor: authenticated `{ me { user { id } } }` (auth + cost budget + Apollo, no list)',
        target: 'reference',
        url: base,
        connections: CONNECTIONS,
        request: () => gqlPost(tokens.projectHead, '{ me { user { id } } }', {}),
        validate: (body) => `me = ${dataOf<{ me: { user: { id: string } } }>(body).me.user.id}`,
        note: "what every GraphQL request pays before its own work: token check (remembered once verified), the viewer's grants, the cost budget's reservation (its refund rides along with the next one)",
      },
      {
        key: 'floor-5-users',
        title: 'floor, the five users in rotation',
        target: 'reference',
        url: base,
        connections: CONNECTIONS,
        request: (n) => gqlPost(Object.values(tokens)[n % 5]!, '{ me { user { id } } }', {}),
        validate: (body) => `me = ${dataOf<{ me: { user: { id: string } } }>(body).me.user.id}`,
        note: "against `floor`: whether one user's concurrent requests queue on that user's cost-budget rows (row locks held to each commit); five users spread them over five sets of rows",
      },
      {
        key: 'region-list',
        title: 'region CR executive: complaints(first: 50), open statuses',
        target: listTarget,
        met: (r) => r.p975 <= 50 && r.reqPerSec >= 400,
        url: base,
        connections: CONNECTIONS,
        request: () => gqlPost(tokens.regionCrExec, LIST_QUERY, { filter: { status: OPEN_STATUSES } }),
        validate: validateList,
      },
      {
        key: 'group-overdue',
        title: 'group CR: group-wide overdue list (first: 50)',
        target: listTarget,
        met: (r) => r.p975 <= 50 && r.reqPerSec >= 400,
        url: base,
        connections: CONNECTIONS,
        request: () => gqlPost(tokens.groupCr, LIST_QUERY, { filter: { overdue: true } }),
        validate: validateList,
      },
      {
        key: 'complaint',
        title: 'complaint(id) with its events (first: 20)',
        target: 'p97.5 ≤ 20 ms',
        met: (r) => r.p975 <= 20,
        url: base,
        connections: CONNECTIONS,
        request: () => gqlPost(complaintReader, COMPLAINT_QUERY, { id: complaintId }),
        validate: (body) => {
          const { complaint } = dataOf<{ complaint: { number: string; events: { totalCount: number; edges: unknown[] } } | null }>(body);
          if (!complaint) throw new Error(`complaint ${complaintId} is not readable`);
          return `${complaint.number}: ${complaint.events.edges.length} of ${complaint.events.totalCount} events`;
        },
      },
      {
        key: 'create',
        title: 'createComplaint (grading, deadlines, event, idempotency key)',
        target: '≥ 300/s, p97.5 ≤ 50 ms',
        met: (r) => r.reqPerSec >= 300 && r.p975 <= 50,
        url: base,
        connections: CONNECTIONS,
        request: (n) =>
          gqlPost(tokens.csAgent, CREATE_MUTATION, {
            input: {
              kind: 'COMPLAINT',
              projectId,
              channel: 'PHONE',
              categoryCode,
              title: `压测投诉 ${runId}-${n}`,
              description: '业主来电反映楼道照明损坏，多次报修未处理。（HTTP 压测数据）',
              receivedAt: new Date().toISOString(),
              customers: [{ name: '压测业主', phone: '13800000000', room: `${(n % 30) + 1} 栋 ${(n % 20) + 1}01` }],
              householdCount: 1,
              idempotencyKey: `bench-${runId}-${n}-${randomUUID()}`,
            },
          }),
        validate: (body) => {
          const { createComplaint } = dataOf<{ createComplaint: { complaint: { number: string; grade: { code: string } } } }>(body);
          return `created ${createComplaint.complaint.number} (grade ${createComplaint.complaint.grade.code})`;
        },
        note: 'writes rows: each run adds ~300 × (duration + warm-up) complaints to the data dir',
      },
      {
        key: 'cases',
        title: `cases(filter: { query }), ${caseQueries.length} queries in rotation`,
        target: 'p97.5 ≤ 30 ms',
        met: (r) => r.p975 <= 30,
        url: base,
        connections: CONNECTIONS,
        request: (n) => gqlPost(tokens.caseReader, CASES_QUERY, { query: caseQueries[n % caseQueries.length] }),
        validate: (body) => `${dataOf<{ cases: { totalCount: number } }>(body).cases.totalCount} hits for ${caseQueries[0]}`,
      },
      {
        key: 'report',
        title: `monthlyReport, whole group, ${month} (1 connection)`,
        target: '≤ 500 ms',
        met: (r) => r.p975 <= 500,
        url: base,
        // One report at a time: the target is a single request's latency, not throughput under queueing.
        connections: 1,
        request: () => gqlPost(tokens.groupCr, REPORT_QUERY, { id: groupId, month }),
        validate: (body) => `${dataOf<{ monthlyReport: { totals: { received: number } } }>(body).monthlyReport.totals.received} received in the period`,
      },
    ];

    for (const scenario of scenarios) {
      if (ONLY && !ONLY.has(scenario.key)) continue;
      rows.push(await measure(scenario, server.child, raw.child));
    }
  } finally {
    await stopChild(raw.child);
    await stopChild(server.child);
  }

  // A second start on the now-existing data dir (no first-start work left): the "ready ≤ 10 s" figure.
  if (!ONLY && !args['cpu-prof']) {
    const again = await startServer(await freePort(), tokenSecret, !fromFile);
    ready = { readyMs: again.readyMs, rss: rssOf(again.child.pid!) ?? NaN };
    await stopChild(again.child);
    log(`restart: ready in ${fmt(ready.readyMs, 0)} ms`);
  }

  const report = render(rows, manifest, fromFile, server.readyMs, ready, startupRss);
  console.log(`\n${report}`);
  if (!args['no-write']) {
    await mkdir(RESULTS, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    const file = join(RESULTS, `http-suite-${stamp}.md`);
    await writeFile(file, report);
    log(`written to ${file}`);
  }
}

function render(rows: Row[], manifest: Manifest, fromFile: boolean, firstReadyMs: number, ready: { readyMs: number; rss: number }, startupRss: number): string {
  const cell = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : fmt(n, digits));
  const lines: string[] = [];
  const data = fromFile ? `${fmt(manifest.complaints ?? NaN, 0)} complaints, ${fmt(manifest.cases ?? NaN, 0)} cases (bench-manifest.json)` : 'demo data (no manifest)';
  lines.push(`# HTTP suite — ${new Date().toISOString()}`, '');
  if (args.label) lines.push(args.label, '');
  lines.push(
    `- data: \`${DATA_DIR.replace(REPO, '')}\`, ${data}`,
    `- machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${fmt(totalmem() / 2 ** 30)} GiB; Node ${process.version}; server, embedded PostgreSQL 18, raw endpoint and autocannon on the same machine`,
    `- autocannon: ${WARMUP} s warm-up (discarded) then ${DURATION} s per scenario; ${CONNECTIONS} connections unless noted`,
    `- RSS: the server's node process only (VmRSS, sampled every 200 ms); the embedded PostgreSQL's processes are not counted`,
    `- server ready (spawn → first 200 on /healthz): ${fmt(firstReadyMs, 0)} ms on the suite's start; ${fmt(ready.readyMs, 0)} ms on a restart of the same data dir (target ≤ 10 s: ${ready.readyMs <= 10_000 ? 'met' : 'MISSED'}); RSS at ready ${cell(startupRss)} MB`,
    '',
    '| scenario | req/s | median ms | p97.5 ms | p99 ms | errors / requests | RSS peak (mean) MB | target | met? |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
  );
  for (const row of rows) {
    const m = row.measured;
    if (!m) {
      lines.push(`| ${row.scenario.title} | — | — | — | — | validation failed | — | ${row.scenario.target} | no: ${row.failed?.slice(0, 120).replace(/\|/g, '/')} |`);
      continue;
    }
    const met = row.scenario.met ? (row.scenario.met(m) && m.errors === 0 ? 'yes' : 'NO') : '—';
    const rssMet = m.rssPeak <= 300 || row.scenario.rssOf === 'raw' ? '' : ' (RSS > 300 MB)';
    lines.push(
      `| ${row.scenario.title} | ${cell(m.reqPerSec)} | ${m.median} | ${m.p975} | ${m.p99} | ${m.errors} / ${m.requests} | ${cell(m.rssPeak)} (${cell(m.rssMean)}) | ${row.scenario.target} | ${met}${rssMet} |`,
    );
  }
  const gql = rows.find((r) => r.scenario.key === 'head-list')?.measured;
  const raw = rows.find((r) => r.scenario.key === 'head-list-raw')?.measured;
  lines.push('');
  if (gql && raw) {
    const ratio = gql.reqPerSec / raw.reqPerSec;
    lines.push(`GraphQL / raw throughput, project head's list: ${fmt(ratio, 2)} (target ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'MISSED'})`);
  }
  const peaks = rows.filter((r) => r.scenario.rssOf !== 'raw').map((r) => r.measured?.rssPeak ?? 0);
  if (peaks.length) lines.push(`Server RSS peak over all scenarios: ${fmt(Math.max(...peaks))} MB (target ≤ 300 MB: ${Math.max(...peaks) <= 300 ? 'met' : 'MISSED'})`);
  lines.push('', 'Checked before each load (one request, same shape):', '');
  for (const row of rows) lines.push(`- ${row.scenario.key}: ${row.failed ? `FAILED ${row.failed.slice(0, 300)}` : row.validation}`);
  for (const row of rows) if (row.scenario.note) lines.push(`- note (${row.scenario.key}): ${row.scenario.note}`);
  return `${lines.join('\n')}\n`;
}

await main();
