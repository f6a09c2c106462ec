import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DEPARTMENT_TYPE_LABELS, NUMBER_PREFIXES, type ComplaintKind, type DepartmentType, type OrgLevel } from '@kesu/domain';
import { ownerKeyOf } from '@kesu/permissions';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Category } from '../src/category/category.entity.js';
import { migrate } from '../src/db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { caseRowsFor, caseTargetFor, generateDemoCases, insertCaseRows, seedDemoCases } from '../src/demo/demo-cases.js';
import { seedDemoComplaints } from '../src/demo/demo-complaints.js';
import { DEMO_GROUP_CODE, DEMO_PASSWORD, seedDemoData } from '../src/demo/demo-seed.js';
import { GradeSchemeVersion } from '../src/grading/grade-scheme-version.entity.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { hashPassword } from '../src/identity/password.js';
import { RoleAssignment } from '../src/identity/role-assignment.entity.js';
import { TokenService } from '../src/identity/token.service.js';
import { User } from '../src/identity/user.entity.js';
import { Department } from '../src/org/department.entity.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import { provisionAllGroups } from '../src/org/group-provisioning.service.js';
import { CASE_QUERIES, GIVEN, REGIONS, SURNAMES, complaintText, estateNames, prng } from './seed-text.js';

/**
 * `pnpm bench:seed --complaints 1000000 --cases 100000 [--data-dir .bench-data] [--fresh]`
 *
 * A persistent data directory for benchmarks and load tests, laid out exactly as `npm start` keeps its own
 * (`<dir>/postgres`, database `kesu`, `<dir>/token-secret`): migrated by the real migrations, with the demo group
 * and its demo complaints and cases (what main.ts seeds on a first start), plus
 *
 * - seven more regions in the demo group with cities/areas and 200 projects, each with a service centre, a
 *   PROJECT_HEAD and a CS_AGENT (`p001.head`, `p001.agent`), and a REGION_CR_EXECUTIVE per region (`b1.cr.exec`),
 *   all with the demo password;
 * - N complaints over the last 13 months, skewed across the projects (a few big ones, a long tail), in the state
 *   mix of generate-complaints.ts, numbered per kind and month after the demo's numbers, each with its timeline
 *   (≈ 6 `complaint_event` rows consistent with its state) and return visits — streamed from here with COPY, the
 *   secondary indexes dropped for the load and rebuilt from their own definitions afterwards;
 * - M published cases through the demo-case pipeline (segmentation of the next chunk overlapping the insert).
 *
 * Then `KESU_DATA_DIR=<dir> NODE_ENV=production KESU_TOKEN_SECRET=<manifest tokenSecret> node server/dist/main.js`
 * starts on it without seeding anything. `<dir>/bench-manifest.json` tells benchmarks what is where.
 */

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ADMIN_PASSWORD = 'kesu-admin';
const SPAN_DAYS = 395;
const PROJECTS = 200;
const SPECIAL_COUNT = 5;
const FAR_FUTURE = '9999-12-31T00:00:00.000Z';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

// ------------------------------------------------------------------------------------------------ arguments

interface Options {
  complaints: number;
  cases: number;
  dataDir: string;
  fresh: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { complaints: 1_000_000, cases: 100_000, dataDir: resolve(REPO_ROOT, '.bench-data'), fresh: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    const count = () => {
      const n = Number(value().replace(/_/g, ''));
      if (!Number.isSafeInteger(n) || n < 0) fail(`${flag} must be a whole number`);
      return n;
    };
    if (flag === '--') continue;
    else if (flag === '--complaints') options.complaints = count();
    else if (flag === '--cases') options.cases = count();
    else if (flag === '--data-dir') options.dataDir = resolve(REPO_ROOT, value());
    else if (flag === '--fresh') options.fresh = true;
    else if (flag === '--help' || flag === '-h') {
      console.log('pnpm bench:seed [--complaints 1000000] [--cases 100000] [--data-dir .bench-data] [--fresh]');
      process.exit(0);
    } else fail(`unknown option ${arg}`);
  }
  return options;
}

function fail(message: string): never {
  console.error(`bench:seed: ${message}`);
  process.exit(2);
}

// ------------------------------------------------------------------------------------------------ progress

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number | string) => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MB`;

/** One phase's progress: a single redrawn line on a terminal, a plain line every 5 s otherwise. */
class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private done = 0;
  private readonly tty = Boolean(process.stdout.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit = 'rows',
  ) {}

  update(done: number, extra = ''): void {
    this.done = done;
    const now = Date.now();
    if (now - this.lastDraw < (this.tty ? 200 : 5000)) return;
    this.lastDraw = now;
    this.draw(extra, false);
  }

  finish(extra = ''): number {
    this.done = this.total;
    this.draw(extra, true);
    return Date.now() - this.started;
  }

  private draw(extra: string, final: boolean): void {
    const elapsed = Date.now() - this.started;
    const rate = this.done / Math.max(elapsed / 1000, 0.001);
    const share = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const eta = rate > 0 && !final ? `ETA ${secs((this.total - this.done) / rate * 1000)}` : secs(elapsed);
    const text = `${this.label.padEnd(12)} ${fmt(this.done)}/${fmt(this.total)} ${this.unit}  ${fmt(rate)}/s  ${eta}${extra ? `  ${extra}` : ''}`;
    if (this.tty) {
      const width = 24;
      const filled = Math.round(share * width);
      process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}\x1b[K${final ? '\n' : ''}`);
    } else {
      console.log(`${final ? 'done ' : ''}${text}`);
    }
  }
}

async function phase<T>(label: string, work: () => Promise<T>): Promise<[number, T]> {
  const started = Date.now();
  console.log(`▶ ${label}`);
  const result = await work();
  const ms = Date.now() - started;
  console.log(`  ${label}: ${secs(ms)}`);
  return [ms, result];
}

// ------------------------------------------------------------------------------------------------ org

interface SeedProject {
  id: string;
  code: string;
  name: string;
  path: string;
  serviceCenterId: string;
  parentId: string;
  regionId: string;
  headId: string;
  headLogin: string;
  headName: string;
  agentId: string;
  agentLogin: string;
  regionExecId: string;
  regionExecLogin: string;
}

const REGION_DEPARTMENTS: DepartmentType[] = ['CUSTOMER_RELATIONS', 'ENGINEERING', 'DESIGN', 'MARKETING', 'PROPERTY', 'LEGAL', 'MEDIA', 'PERFORMANCE', 'DEVELOPMENT'];
const CITY_DEPARTMENTS: DepartmentType[] = ['CUSTOMER_RELATIONS', 'ENGINEERING'];
const PROJECT_DEPARTMENTS: DepartmentType[] = ['CUSTOMER_RELATIONS', 'ENGINEERING', 'MARKETING', 'PROPERTY'];

/** Regions → cities (the last of each region an area, 片区) → 200 projects with service centres, and their people. */
async function seedOrg(em: EntityManager, passwordHash: string): Promise<{ group: OrgUnit; projects: SeedProject[] }> {
  return em.transactional(async (tx) => {
    const group = await tx.findOneOrFail(OrgUnit, { code: DEMO_GROUP_CODE, level: 'GROUP' });
    const random = prng(77);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    let phone = 13700000000;
    const person = () => `${pick(SURNAMES)}${pick(GIVEN)}`;
    const unit = (parent: OrgUnit, code: string, name: string, level: OrgLevel, departments: DepartmentType[] = []) => {
      const created = tx.create(OrgUnit, { name, code, level, parent, groupId: group.id, path: '', depth: parent.depth + 1 });
      created.path = `${parent.path}${created.id}/`;
      for (const type of departments) tx.create(Department, { orgUnit: created, type, name: DEPARTMENT_TYPE_LABELS[type] });
      return created;
    };
    const user = (login: string, name: string, home: OrgUnit, role: RoleAssignment['role']) => {
      const created = tx.create(User, { name, login, phone: String(++phone), passwordHash, orgUnit: home });
      tx.create(RoleAssignment, { user: created, role, orgUnit: home });
      return created;
    };

    const cities: { unit: OrgUnit; city: string; region: OrgUnit; exec: User }[] = [];
    REGIONS.forEach((spec, r) => {
      const region = unit(group, `HY-B${r + 1}`, spec.name, 'REGION', REGION_DEPARTMENTS);
      const exec = user(`b${r + 1}.cr.exec`, person(), region, 'REGION_CR_EXECUTIVE');
      spec.cities.forEach((city, c) => {
        const area = c === spec.cities.length - 1 && spec.cities.length > 3;
        cities.push({
          unit: unit(region, `HY-B${r + 1}-C${c + 1}`, area ? `${city}片区` : `${city}城市公司`, area ? 'AREA' : 'CITY', CITY_DEPARTMENTS),
          city,
          region,
          exec,
        });
      });
    });
    const estates = estateNames(PROJECTS);
    const projects: SeedProject[] = [];
    for (let i = 0; i < PROJECTS; i++) {
      const home = cities[i % cities.length]!;
      const code = `HY-P${String(i + 1).padStart(3, '0')}`;
      const name = `${home.city}·${estates[i]!}`;
      const project = unit(home.unit, code, name, 'PROJECT', PROJECT_DEPARTMENTS);
      const sc = unit(project, `${code}-SC`, `${estates[i]!}物业服务中心`, 'SERVICE_CENTER');
      const slug = `p${String(i + 1).padStart(3, '0')}`;
      const head = user(`${slug}.head`, person(), project, 'PROJECT_HEAD');
      const agent = user(`${slug}.agent`, person(), project, 'CS_AGENT');
      projects.push({
        id: project.id, code, name, path: project.path, serviceCenterId: sc.id, parentId: home.unit.id, regionId: home.region.id,
        headId: head.id, headLogin: head.login, headName: head.name, agentId: agent.id, agentLogin: agent.login,
        regionExecId: home.exec.id, regionExecLogin: home.exec.login,
      });
    }
    await tx.flush();
    return { group, projects };
  });
}

// ------------------------------------------------------------------------------------------------ complaints

/** COPY text format: backslash, tab, newline and carriage return escaped; `\N` is null. */
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const esc = (text: string) => (NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : text);
const iso = (ms: number | null) => (ms === null ? '\\N' : new Date(ms).toISOString());
const jsonCell = (value: unknown) => (value === null || value === undefined ? '\\N' : esc(JSON.stringify(value)));

/** UUIDv7 for an instant (48-bit milliseconds, version 7, variant 10, random rest), as `uuid`'s v7 writes them. */
let entropy = '';
let entropyAt = 0;
function uuidv7At(ms: number): string {
  if (entropyAt + 19 > entropy.length) {
    entropy = randomBytes(64 * 1024).toString('hex');
    entropyAt = 0;
  }
  const r = entropy.slice(entropyAt, (entropyAt += 19));
  const t = ms.toString(16).padStart(12, '0');
  const variant = '89ab'[parseInt(r[3]!, 16) & 3]!;
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-${r.slice(7, 19)}`;
}

const COMPLAINT_COLUMNS = [
  'id', 'group_id', 'number', 'kind', 'status', 'channel', 'title', 'description', 'received_at', 'category_id', 'project_id',
  'owning_unit_id', 'customers', 'owner_keys', 'household_count', 'compensation_fen', 'flags', 'grade_scheme_id', 'grade_code',
  'grade_label', 'grade_rank', 'grade_explanation', 'requires_accountability', 'first_responsible_id', 'handler_id', 'created_by_id',
  'response_due_at', 'resolution_due_at', 'resolution_basis', 'return_visit_due_at', 'next_due_at', 'responded_at',
  'handling_started_at', 'escalated_at', 'reopened_at', 'concluded_at', 'return_visited_at', 'archived_at', 'overdue', 'group_visible',
  'escalation_count', 'extension_count', 'extensions', 'exemption', 'internal_review_rounds', 'reopen_count', 'confirmation_score',
  'last_return_visit', 'accountability', 'accepting_share', 'return_visit_required', 'version', 'created_at', 'updated_at',
];
const EVENT_COLUMNS = ['id', 'complaint_id', 'type', 'actor_id', 'occurred_at', 'from_status', 'to_status', 'reason', 'data', 'public'];
const VISIT_COLUMNS = ['id', 'complaint_id', 'method', 'score', 'service_quality', 'service_effect', 'visitor_id', 'visited_at'];

const CHANNELS = ['PHONE', 'PHONE', 'VISIT', 'APP', 'WEB', 'PROPERTY_REFERRAL'];
const GRADE_LABELS: Record<string, [string, number]> = { A1: ['A类一级', 20], A2: ['A类二级', 10], GENERAL: ['一般事件', 0] };
const OPEN = new Set(['REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW']);
/** Which steps the services mark `public` (shown to the owner): complaint.service.ts `publicEvent: true`. */
const PUBLIC_EVENTS = new Set([
  'COMPLAINT_CREATED', 'COMPLAINT_RESPONDED', 'HANDLING_STARTED', 'COMPLAINT_ESCALATED', 'EXTERNAL_REVIEW_STARTED', 'COMPLAINT_CONCLUDED',
  'DEADLINE_EXTENDED', 'COMPLAINT_INVALIDATED', 'COMPLAINT_REOPENED',
]);
const REASONS: Record<string, string> = {
  COMPLAINT_RESPONDED: '已电话联系业主，说明处理安排',
  HANDLING_STARTED: '安排专业人员上门核查并制定整改方案',
  COMPLAINT_ESCALATED: '业主对方案分歧较大',
  INTERNAL_REVIEW_STARTED: '区域组织内部评审',
  EXTERNAL_REVIEW_STARTED: '业主申请仲裁',
  COMPLAINT_CONCLUDED: '整改完成，业主确认',
  COMPLAINT_INVALIDATED: '经核实非我司责任，属无效投诉',
  COMPLAINT_REOPENED: '回访评分 2 分，客户不满意，重新处理',
  DEADLINE_EXTENDED: '需协调总包单位返场维修',
  EXEMPTION_GRANTED: '工程维修作业时间较长',
  ACCOUNTABILITY_RECORDED: '项目工程部承担主要责任',
};

interface Refs {
  groupId: string;
  schemeId: string;
  complaintCategories: { id: string; code: string }[];
  demandCategories: { id: string; code: string }[];
  projects: SeedProject[];
  /** Cumulative weights over `projects` (skewed: a few big projects, a long tail). */
  cumulative: Float64Array;
  serials: Map<string, number>;
}

interface Step {
  type: string;
  at: number;
  actor: string | null;
  from: string | null;
  to: string | null;
  data?: Record<string, unknown>;
}

/** Buffered COPY writers: rows gather in a string, written out (with back-pressure) every ~1 MB. */
class CopyBuffer {
  private buffer = '';
  rows = 0;
  constructor(private readonly stream: Writable) {}
  push(line: string): void {
    this.buffer += line;
    this.rows++;
  }
  async drain(force = false): Promise<void> {
    if (!force && this.buffer.length < 1 << 20) return;
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
  async end(): Promise<void> {
    await this.drain(true);
    this.stream.end();
    await finished(this.stream);
  }
}

/**
 * Generates `count` complaints in received order (oldest first, as a live system writes them) and streams them,
 * their events and return visits through three COPY connections at once.
 */
async function loadComplaints(url: string, refs: Refs, count: number, now: number, specials: Set<number>, onSpecial: (id: string, events: number) => void) {
  const clients = await Promise.all([0, 1, 2].map(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // Foreign-key triggers off for the load, as generate-complaints.ts does: every key written was read a moment ago.
    await client.query(`set session_replication_role = replica; set synchronous_commit = off`);
    return client;
  }));
  const [complaintClient, eventClient, visitClient] = clients as [pg.Client, pg.Client, pg.Client];
  const complaints = new CopyBuffer(complaintClient.query(copyFrom(`copy complaint (${COMPLAINT_COLUMNS.join(', ')}) from stdin`)));
  const events = new CopyBuffer(eventClient.query(copyFrom(`copy complaint_event (${EVENT_COLUMNS.join(', ')}) from stdin`)));
  const visits = new CopyBuffer(visitClient.query(copyFrom(`copy return_visit (${VISIT_COLUMNS.join(', ')}) from stdin`)));

  const random = prng(20261123);
  const pickIndex = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[pickIndex(items.length)]!;
  const spanMs = SPAN_DAYS * DAY;
  const progress = new Progress('complaints', count);

  try {
    for (let g = 1; g <= count; g++) {
      const special = specials.has(g);
      // Oldest first, with a little jitter; the recent months a little busier than the first ones (growth).
      const position = (g - random()) / count;
      const receivedAt = Math.round(now - spanMs * (1 - Math.pow(position, 0.9)) - MINUTE);
      const ageDays = (now - receivedAt) / DAY;
      const rKind = random();
      const kind: ComplaintKind = special ? 'COMPLAINT' : rKind < 0.72 ? 'COMPLAINT' : rKind < 0.95 ? 'DEMAND' : 'WARNING';
      const rState = random();
      const rMisc = random();
      // The long files are A类二级 group complaints (80 households): the group CR sees them, as does the project.
      const households = special ? 80 : random() < 0.05 ? 5 + Math.floor(random() * 130) : 1;
      const gradeCode = households >= 100 ? 'A1' : households >= 60 ? 'A2' : 'GENERAL';
      let status: string;
      if (special) status = 'ARCHIVED';
      else if (kind === 'WARNING') status = ageDays > 30 && rState < 0.6 ? 'ARCHIVED' : 'WARNING';
      else if (rState < 0.03) status = 'INVALID';
      else if (ageDays < 1) status = ['REGISTERED', 'RESPONDED', 'HANDLING'][Math.floor(rMisc * 3)]!;
      else if (ageDays < 10) status = ['HANDLING', 'ESCALATED', 'CONCLUDED', 'RETURN_VISITED', 'ARCHIVED'][Math.floor(rMisc * 5)]!;
      else if (rState < 0.05) status = ['HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW'][Math.floor(rMisc * 4)]!;
      else if (rState < 0.12) status = 'RETURN_VISITED';
      else status = 'ARCHIVED';
      // Only complaints below the group go up the chain (A1 is owned by the group from intake).
      if ((status === 'ESCALATED' || status === 'INTERNAL_REVIEW' || status === 'EXTERNAL_REVIEW') && (kind !== 'COMPLAINT' || gradeCode === 'A1')) status = 'HANDLING';
      const rVisit = random();
      const visitRequired = kind === 'COMPLAINT' || (kind === 'DEMAND' && rVisit < 0.3);
      if (status === 'RETURN_VISITED' && !visitRequired) status = 'ARCHIVED';
      const requiresAccountability = gradeCode !== 'GENERAL' || special;
      // A-class records wait for their accountability record before archiving; some sit in that state.
      if (requiresAccountability && !special && status === 'RETURN_VISITED' && rMisc < 0.5) status = 'ACCOUNTABILITY';

      // Project: skewed choice; one in twelve filed against the project's service centre.
      const u = random() * refs.cumulative[refs.cumulative.length - 1]!;
      let lo = 0;
      let hi = refs.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (refs.cumulative[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      const project = special ? refs.projects[0]! : refs.projects[lo]!;
      const unitId = !special && random() < 1 / 12 ? project.serviceCenterId : project.id;
      const categories = kind === 'DEMAND' ? refs.demandCategories : refs.complaintCategories;
      const category = pick(categories);

      const building = 1 + pickIndex(18);
      const room = `${building}-${1 + pickIndex(32)}0${1 + pickIndex(4)}`;
      const group = households > 1;
      const { title, description } = complaintText(random, category.code, room, building, group, households);
      const named = group ? 2 + pickIndex(2) : 1;
      const customers: { name: string; phone: string; room: string }[] = [];
      for (let c = 0; c < named; c++) {
        const customerRoom = c === 0 ? room : `${building}-${1 + pickIndex(32)}0${1 + pickIndex(4)}`;
        customers.push({
          name: random() < 0.4 ? `${pick(SURNAMES)}${random() < 0.5 ? '先生' : '女士'}` : `${pick(SURNAMES)}${pick(GIVEN)}`,
          phone: `1${3 + pickIndex(7)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
          room: customerRoom,
        });
      }
      const ownerKeys = [...new Set(customers.map((c) => ownerKeyOf(project.id, c.phone, c.room)))];

      // ---- the story, step by step
      const hasLimit = kind !== 'WARNING' && rMisc >= 0.01;
      const escalates = status === 'ESCALATED' || status === 'INTERNAL_REVIEW' || status === 'EXTERNAL_REVIEW' || (!special && status === 'ARCHIVED' && kind === 'COMPLAINT' && gradeCode !== 'A1' && rMisc < 0.08);
      const responds = kind !== 'WARNING' && status !== 'REGISTERED' && !(status === 'INVALID' && random() < 0.5);
      const concludes = ['CONCLUDED', 'RETURN_VISITED', 'ACCOUNTABILITY', 'ARCHIVED'].includes(status) && kind !== 'WARNING';
      const getsVisit = concludes && visitRequired && status !== 'CONCLUDED';
      const accountable = requiresAccountability && (status === 'ACCOUNTABILITY' || (status === 'ARCHIVED' && concludes));

      const head = project.headId;
      const agent = project.agentId;
      const exec = project.regionExecId;
      const ownedByGroup = gradeCode === 'A1';
      let owningUnit = ownedByGroup ? refs.groupId : unitId;
      const handler = ownedByGroup || escalates ? exec : head;

      // Offsets of each step after receipt (ms), squeezed if the last one would be in the future.
      const rResp = random();
      const respondAfter = (rResp * rResp * 150 + 1) * MINUTE;
      const rClose = random();
      const concludeAfter = (0.5 + rClose * 9.5) * DAY + (escalates ? 4 * DAY : 0);
      const steps: Step[] = [];
      const at = (offset: number) => Math.round(receivedAt + offset);
      let state = kind === 'WARNING' ? 'WARNING' : 'REGISTERED';
      const step = (type: string, offset: number, actor: string | null, to: string | null = state, data?: Record<string, unknown>) => {
        steps.push({ type, at: at(offset), actor, from: state, to, data });
        if (to) state = to;
      };
      const number = nextNumber(refs, kind, receivedAt);
      steps.push({
        type: 'COMPLAINT_CREATED', at: receivedAt + 30_000, actor: agent, from: null, to: state,
        data: { number, grade: { code: gradeCode, label: GRADE_LABELS[gradeCode]![0] }, groupNotified: gradeCode !== 'GENERAL' },
      });
      let resolutionDue: number | null = hasLimit ? receivedAt + 7 * DAY : null;
      let extensionCount = 0;
      let extensions: { grantedAt: string; newDueAt: string; reason: string }[] | null = null;
      let escalationCount = 0;
      let internalRounds = 0;
      let reopenCount = 0;
      let reopenedAt: number | null = null;
      let escalatedAt: number | null = null;
      let respondedAt: number | null = null;
      let handlingAt: number | null = null;
      let concludedAt: number | null = null;
      let visitedAt: number | null = null;
      let archivedAt: number | null = null;
      let lastVisit: { method: string; score: number; satisfied: boolean } | null = null;
      const visitRows: string[] = [];
      const visit = (offset: number, score: number) => {
        const method = random() < 0.8 ? 'ON_SITE' : 'PHONE';
        visitedAt = at(offset);
        lastVisit = { method, score, satisfied: score >= 3 };
        visitRows.push(`${randomUUID()}\t{C}\t${method}\t${score}\t${score >= 4 ? '服务及时' : '服务一般'}\t${score >= 3 ? '问题已解决' : '问题未彻底解决'}\t${agent}\t${iso(visitedAt)}\n`);
        step('RETURN_VISIT_RECORDED', offset, agent, 'RETURN_VISITED', { method, score });
      };
      if (!hasLimit && kind !== 'WARNING') step('EXEMPTION_GRANTED', 45 * MINUTE, exec, null, { reason: 'LONG_ENGINEERING_WORK' });

      if (special) {
        // The long file: overdue, escalated, reviewed, concluded, an unhappy visit, reopened, up again, to
        // arbitration, concluded, visited, accountability recorded, enforced, remarked on, archived: 20 entries.
        respondedAt = at(respondAfter);
        step('COMPLAINT_RESPONDED', respondAfter, head, 'RESPONDED');
        handlingAt = at(respondAfter + 2 * HOUR);
        step('HANDLING_STARTED', respondAfter + 2 * HOUR, head, 'HANDLING');
        extensionCount = 1;
        extensions = [{ grantedAt: iso(at(5 * DAY)), newDueAt: iso(at(12 * DAY)), reason: REASONS.DEADLINE_EXTENDED! }];
        step('DEADLINE_EXTENDED', 5 * DAY, exec, null, { newDueAt: extensions[0]!.newDueAt });
        step('MARKED_OVERDUE', 12 * DAY, null, null);
        escalatedAt = at(12 * DAY + HOUR);
        step('COMPLAINT_ESCALATED', 12 * DAY + HOUR, head, 'ESCALATED', { reason: 'OVERDUE' });
        step('INTERNAL_REVIEW_STARTED', 14 * DAY, exec, 'INTERNAL_REVIEW');
        step('INTERNAL_REVIEW_STARTED', 18 * DAY, exec, 'INTERNAL_REVIEW');
        step('COMPLAINT_CONCLUDED', 22 * DAY, exec, 'CONCLUDED', { confirmationScore: 3 });
        visit(23 * DAY, 2);
        reopenedAt = at(23 * DAY + HOUR);
        step('COMPLAINT_REOPENED', 23 * DAY + HOUR, agent, 'HANDLING');
        step('COMPLAINT_ESCALATED', 25 * DAY, exec, 'ESCALATED', { reason: 'CUSTOMER_DISAGREES' });
        step('INTERNAL_REVIEW_STARTED', 27 * DAY, exec, 'INTERNAL_REVIEW');
        step('EXTERNAL_REVIEW_STARTED', 30 * DAY, exec, 'EXTERNAL_REVIEW', { method: 'ARBITRATION' });
        concludedAt = at(60 * DAY);
        step('COMPLAINT_CONCLUDED', 60 * DAY, exec, 'CONCLUDED', { confirmationScore: 4 });
        visit(61 * DAY, 4);
        step('ACCOUNTABILITY_RECORDED', 63 * DAY, exec, 'ACCOUNTABILITY');
        step('ACCOUNTABILITY_ENFORCED', 70 * DAY, exec, null);
        step('ACCOUNTABILITY_COMMENTED', 71 * DAY, exec, null, { remark: '同意区域问责意见，举一反三' });
        archivedAt = at(72 * DAY);
        step('COMPLAINT_ARCHIVED', 72 * DAY, agent, 'ARCHIVED');
        escalationCount = 2;
        internalRounds = 3;
        reopenCount = 1;
        resolutionDue = at(12 * DAY + 21 * DAY);
        owningUnit = project.parentId;
      } else {
        if (status === 'INVALID') {
          if (responds) {
            respondedAt = at(respondAfter);
            step('COMPLAINT_RESPONDED', respondAfter, handler, 'RESPONDED');
          }
          step('COMPLAINT_INVALIDATED', respondAfter + (1 + rClose * 20) * HOUR, handler, 'INVALID');
        } else if (kind === 'WARNING') {
          if (status === 'ARCHIVED') {
            archivedAt = at((3 + rClose * 20) * DAY);
            step('COMPLAINT_ARCHIVED', (3 + rClose * 20) * DAY, exec, 'ARCHIVED');
          }
        } else if (status !== 'REGISTERED') {
          respondedAt = at(respondAfter);
          step('COMPLAINT_RESPONDED', respondAfter, handler, 'RESPONDED');
          if (status !== 'RESPONDED') {
            handlingAt = at(respondAfter + 2 * HOUR);
            step('HANDLING_STARTED', respondAfter + 2 * HOUR, handler, 'HANDLING');
            if (hasLimit && OPEN.has(status) && rMisc > 0.97) {
              extensionCount = 1;
              const newDue = resolutionDue! + 7 * DAY;
              const extendAfter = Math.min(respondAfter + 3 * HOUR + rClose * 2 * DAY, (now - MINUTE - receivedAt) * 0.9);
              extensions = [{ grantedAt: iso(at(extendAfter)), newDueAt: iso(newDue), reason: REASONS.DEADLINE_EXTENDED! }];
              step('DEADLINE_EXTENDED', extendAfter, exec, null, { newDueAt: extensions[0]!.newDueAt });
              resolutionDue = newDue;
            }
            if (escalates) {
              escalatedAt = at(3 * DAY);
              escalationCount = 1;
              owningUnit = project.parentId;
              if (hasLimit) resolutionDue = receivedAt + 21 * DAY;
              step('COMPLAINT_ESCALATED', 3 * DAY, head, 'ESCALATED', { reason: 'CUSTOMER_DISAGREES' });
              if (status === 'INTERNAL_REVIEW' || status === 'EXTERNAL_REVIEW' || rMisc < 0.04) {
                internalRounds = 1;
                step('INTERNAL_REVIEW_STARTED', 4 * DAY, exec, 'INTERNAL_REVIEW');
              }
              if (status === 'EXTERNAL_REVIEW') step('EXTERNAL_REVIEW_STARTED', 6 * DAY, exec, 'EXTERNAL_REVIEW', { method: rMisc < 0.5 ? 'ARBITRATION' : 'LITIGATION' });
            }
            if (concludes) {
              if (resolutionDue !== null && receivedAt + concludeAfter > resolutionDue) step('MARKED_OVERDUE', resolutionDue - receivedAt, null, null);
              concludedAt = at(concludeAfter);
              step('COMPLAINT_CONCLUDED', concludeAfter, handler, 'CONCLUDED', { confirmationScore: 4 + (rMisc < 0.5 ? 1 : 0) });
              let last = concludeAfter;
              if (getsVisit) {
                last += (1 + rVisit * 29) * HOUR;
                visit(last, [3, 4, 4, 4, 5, 5, 5, 5, 5][pickIndex(9)]!);
              }
              if (accountable) {
                last += 2 * DAY;
                step('ACCOUNTABILITY_RECORDED', last, exec, 'ACCOUNTABILITY');
                if (status === 'ARCHIVED') {
                  last += 5 * DAY;
                  step('ACCOUNTABILITY_ENFORCED', last, exec, null);
                }
              }
              if (status === 'ARCHIVED') {
                last += DAY;
                archivedAt = at(last);
                step('COMPLAINT_ARCHIVED', last, agent, 'ARCHIVED');
              }
            } else if (resolutionDue !== null && resolutionDue < now) {
              step('MARKED_OVERDUE', resolutionDue - receivedAt, null, null);
            }
          }
        }
        // Squeeze a story that would end in the future into the time there was.
        const end = Math.max(...steps.map((s) => s.at));
        if (end > now - MINUTE && steps.length > 1) {
          const factor = (now - MINUTE - receivedAt) / (end - receivedAt);
          const squeeze = (t: number | null) => (t === null ? null : Math.round(receivedAt + (t - receivedAt) * factor));
          for (const s of steps) s.at = squeeze(s.at)!;
          respondedAt = squeeze(respondedAt);
          handlingAt = squeeze(handlingAt);
          escalatedAt = squeeze(escalatedAt);
          concludedAt = squeeze(concludedAt);
          visitedAt = squeeze(visitedAt);
          archivedAt = squeeze(archivedAt);
          if (visitRows.length) visitRows[0] = visitRows[0]!.replace(/\t[^\t]+\n$/, `\t${iso(visitedAt)}\n`);
        }
      }
      if (state !== status) throw new Error(`seed: complaint ${g} ended in ${state}, meant ${status}`);

      // ---- deadlines and the row
      const open = OPEN.has(status);
      const responseDue = kind !== 'WARNING' ? receivedAt + HOUR : null;
      const returnVisitDue = concludedAt !== null && visitRequired ? concludedAt + (kind === 'DEMAND' ? 72 : 24) * HOUR : null;
      let nextDue: number | null = null;
      if (status === 'REGISTERED') nextDue = responseDue;
      else if (open) nextDue = resolutionDue;
      else if (status === 'CONCLUDED' && visitRequired) nextDue = returnVisitDue;
      const overdue = (open && resolutionDue !== null && resolutionDue < now) || (concludedAt !== null && resolutionDue !== null && concludedAt > resolutionDue);
      const [gradeLabel, gradeRank] = GRADE_LABELS[gradeCode]!;
      const id = randomUUID();
      const basis = kind === 'WARNING' ? 'NONE' : !hasLimit ? 'EXEMPT' : escalationCount > 0 ? 'ESCALATED' : extensionCount > 0 ? 'EXTENDED' : 'NORMAL';
      const updatedAt = Math.max(...steps.map((s) => s.at));
      complaints.push(
        [
          id, refs.groupId, number, kind, status, pick(CHANNELS), esc(title), esc(description), iso(receivedAt), category.id, unitId,
          owningUnit, jsonCell(customers), `{${ownerKeys.join(',')}}`, households, 0, '{}', refs.schemeId, gradeCode,
          gradeLabel, gradeRank, '[]', requiresAccountability ? 't' : 'f', head, handler, agent,
          iso(responseDue), iso(resolutionDue), basis, iso(returnVisitDue), nextDue === null ? FAR_FUTURE : iso(nextDue), iso(respondedAt),
          iso(handlingAt), iso(escalatedAt), iso(reopenedAt), iso(concludedAt), iso(visitedAt), iso(archivedAt), overdue ? 't' : 'f',
          gradeCode !== 'GENERAL' ? 't' : 'f', escalationCount, extensionCount, jsonCell(extensions),
          hasLimit || kind === 'WARNING' ? '\\N' : '{"reason":"LONG_ENGINEERING_WORK","note":"工程维修作业时间较长"}',
          internalRounds, reopenCount, concludedAt !== null ? (rMisc < 0.5 ? 5 : 4) : '\\N', jsonCell(lastVisit),
          status === 'ARCHIVED' && requiresAccountability && concludes ? 'ENFORCED' : status === 'ACCOUNTABILITY' ? 'RECORDED' : 'NONE',
          concludedAt !== null && group ? 1 : '\\N', visitRequired ? 't' : 'f', steps.length, iso(receivedAt + 30_000), iso(updatedAt),
        ].join('\t') + '\n',
      );
      let previous = 0;
      for (const s of steps) {
        // Strictly later than the previous entry: ids (UUIDv7) and times keep the timeline's order.
        const time = Math.max(Math.round(s.at), previous + 1);
        previous = time;
        const data = s.type === 'COMPLAINT_CREATED' ? s.data : { before: { state: s.from }, after: { state: s.to }, ...s.data };
        events.push(
          `${uuidv7At(time)}\t${id}\t${s.type}\t${s.actor ?? '\\N'}\t${iso(time)}\t${s.from ?? '\\N'}\t${s.to ?? '\\N'}\t${REASONS[s.type] ?? '\\N'}\t${jsonCell(data)}\t${PUBLIC_EVENTS.has(s.type) ? 't' : 'f'}\n`,
        );
      }
      for (const row of visitRows) visits.push(row.replace('{C}', id));
      if (special) onSpecial(id, steps.length);

      if ((g & 1023) === 0) {
        await complaints.drain();
        await events.drain();
        await visits.drain();
        progress.update(g, `events ${fmt(events.rows)}`);
      }
    }
    await Promise.all([complaints.end(), events.end(), visits.end()]);
    const ms = progress.finish(`events ${fmt(events.rows)}, return visits ${fmt(visits.rows)}`);
    return { ms, complaints: complaints.rows, events: events.rows, visits: visits.rows };
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

/** The next number of a kind in the Shanghai month of `at` (TS-2611-0007), continuing the group's sequences. */
function nextNumber(refs: Refs, kind: ComplaintKind, at: number): string {
  const shanghai = new Date(at + 8 * HOUR);
  const yymm = `${String(shanghai.getUTCFullYear() % 100).padStart(2, '0')}${String(shanghai.getUTCMonth() + 1).padStart(2, '0')}`;
  const key = `${refs.groupId}:${NUMBER_PREFIXES[kind]}:${yymm}`;
  const serial = (refs.serials.get(key) ?? 0) + 1;
  refs.serials.set(key, serial);
  return `${NUMBER_PREFIXES[kind]}-${yymm}-${String(serial).padStart(4, '0')}`;
}

// ------------------------------------------------------------------------------------------------ indexes

interface IndexDefinition {
  indexname: string;
  indexdef: string;
}

/** The tables' secondary indexes that no constraint owns, exactly as the migrations made them (`pg_indexes`). */
async function secondaryIndexes(em: EntityManager, tables: string[]): Promise<IndexDefinition[]> {
  return em.getConnection().execute<IndexDefinition[]>(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = 'public' and i.tablename in (${tables.map(() => '?').join(', ')})
        and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
      order by i.tablename, i.indexname`,
    tables,
  );
}

async function dropIndexes(em: EntityManager, indexes: IndexDefinition[]): Promise<void> {
  for (const { indexname } of indexes) await em.getConnection().execute(`drop index "${indexname}"`);
}

async function buildIndexes(url: string, indexes: IndexDefinition[], label: string): Promise<number> {
  const progress = new Progress(label, indexes.length, 'indexes');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`set maintenance_work_mem = '512MB'; set max_parallel_maintenance_workers = 2`);
    let done = 0;
    for (const { indexdef } of indexes) {
      await client.query(indexdef);
      progress.update(++done);
    }
  } finally {
    await client.end();
  }
  return progress.finish();
}

// ------------------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { dataDir } = options;
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    fail(`${dataDir} is not empty: pass --fresh to wipe it and seed again`);
  }
  await mkdir(dataDir, { recursive: true });
  const tokenSecret = randomBytes(32).toString('base64url');
  // Where the server keeps its development secret (token.service.ts): the same one, so a start without NODE_ENV works too.
  await writeFile(resolve(dataDir, 'token-secret'), tokenSecret, { mode: 0o600 });
  console.log(`bench:seed → ${dataDir}: ${fmt(options.complaints)} complaints, ${fmt(options.cases)} cases`);

  const timings: Record<string, number> = {};
  const started = Date.now();
  let db: EmbeddedDatabase | undefined;
  let orm: MikroORM | undefined;
  let walTuned = false;
  try {
    db = await startEmbeddedPostgres({ dataDir, persistent: true });
    const url = db.url;
    orm = await MikroORM.init(ormConfig(url, { pool: { min: 1, max: 4 } }));
    const conn = orm.em.getConnection();

    // ---- what a first `npm start` does: migrate, demo group, provisioning, demo complaints and cases
    [timings.firstStart] = await phase('migrate + demo data (as a first npm start)', async () => {
      await migrate(orm!);
      await seedDemoData(orm!.em.fork(), { adminPassword: ADMIN_PASSWORD });
      await provisionAllGroups(orm!.em.fork());
      const complaints = await seedDemoComplaints(orm!, TokenService.withSecret(tokenSecret));
      const cases = await seedDemoCases(orm!);
      console.log(`  demo: ${complaints} complaints, ${cases} cases`);
    });

    // ---- org and people
    const [orgMs, { group, projects }] = await phase('org: 7 regions, 200 projects, their people', async () => {
      const hash = await hashPassword(DEMO_PASSWORD);
      return seedOrg(orm!.em.fork(), hash);
    });
    timings.org = orgMs;

    // ---- complaints, events, return visits
    const em = orm.em.fork();
    const categories = await em.find(Category, { groupId: group.id, active: true }, { orderBy: { code: 'asc' } });
    const scheme = await em.findOneOrFail(GradeSchemeVersion, { groupId: group.id }, { orderBy: { effectiveFrom: 'desc', version: 'desc' } });
    const sequences = await conn.execute<{ key: string; last_serial: number }[]>(`select key, last_serial from complaint_sequence where key like ?`, [`${group.id}:%`]);
    // Skewed like real life: weight 1/(rank + 2), so the biggest project gets ~7 % and the smallest ~0.1 %.
    const cumulative = new Float64Array(projects.length);
    let sum = 0;
    projects.forEach((_, rank) => (cumulative[rank] = sum += 1 / (rank + 2)));
    const refs: Refs = {
      groupId: group.id,
      schemeId: scheme.id,
      complaintCategories: categories.filter((c) => c.kind === 'COMPLAINT').map((c) => ({ id: c.id, code: c.code })),
      demandCategories: categories.filter((c) => c.kind === 'DEMAND').map((c) => ({ id: c.id, code: c.code })),
      projects,
      cumulative,
      serials: new Map(sequences.map((s) => [s.key, Number(s.last_serial)])),
    };
    const specials = new Set<number>();
    for (let i = 0; i < SPECIAL_COUNT && options.complaints > 0; i++) specials.add(1 + Math.floor(((i + 1) * options.complaints) / (2 * (SPECIAL_COUNT + 1))));
    const specialIds: { id: string; events: number }[] = [];

    const complaintIndexes = await secondaryIndexes(em, ['complaint', 'complaint_event', 'return_visit']);
    await conn.execute(`alter system set max_wal_size = '16GB'`);
    await conn.execute(`alter system set checkpoint_timeout = '30min'`);
    await conn.execute(`select pg_reload_conf()`);
    walTuned = true;
    await dropIndexes(em, complaintIndexes);
    console.log(`▶ complaints: COPY (dropped ${complaintIndexes.length} indexes: ${complaintIndexes.map((i) => i.indexname).join(', ')})`);
    const loaded = await loadComplaints(url, refs, options.complaints, Date.now(), specials, (id, events) => specialIds.push({ id, events }));
    timings.complaintsCopy = loaded.ms;
    // Future intakes continue the numbers where the seed left them.
    for (const [key, last] of refs.serials) {
      await conn.execute(`insert into complaint_sequence (key, last_serial) values (?, ?) on conflict (key) do update set last_serial = greatest(complaint_sequence.last_serial, excluded.last_serial)`, [key, last]);
    }
    timings.complaintIndexes = await buildIndexes(url, complaintIndexes, 'indexes');

    // ---- cases
    const [casesMs, caseStats] = await phase(`cases: ${fmt(options.cases)} through the demo-case pipeline`, async () => {
      const target = await caseTargetFor(orm!.em.fork());
      if (!target) throw new Error('demo group missing');
      const caseIndexes = await secondaryIndexes(em, ['case']);
      await dropIndexes(em, caseIndexes);
      const progress = new Progress('cases', options.cases);
      const chunkSize = 5_000;
      let loadedCases = 0;
      let segmentMs = 0;
      let pending: Promise<number> = Promise.resolve(0);
      for (let chunk = 0; loadedCases < options.cases; chunk++) {
        const t = Date.now();
        // Seeds apart from the demo library's (20261123), so these are other cases.
        const rows = caseRowsFor(target, generateDemoCases(Math.min(chunkSize, options.cases - loadedCases), 5_000 + chunk));
        segmentMs += Date.now() - t;
        await pending;
        loadedCases += rows.length;
        pending = insertCaseRows(orm!.em.fork(), rows, 1_000);
        progress.update(loadedCases);
        if (rows.length === 0) break;
      }
      await pending;
      const loadMs = progress.finish(`segmentation ${secs(segmentMs)}`);
      const indexMs = await buildIndexes(url, caseIndexes, 'case indexes');
      return { loadMs, segmentMs, indexMs };
    });
    timings.cases = casesMs;

    // ---- statistics
    [timings.analyze] = await phase('vacuum analyze', async () => {
      for (const table of ['complaint', 'complaint_event', 'return_visit', '"case"', 'org_unit', 'app_user', 'role_assignment']) {
        await conn.execute(`vacuum (analyze) ${table}`);
      }
    });
    await conn.execute(`alter system reset max_wal_size`);
    await conn.execute(`alter system reset checkpoint_timeout`);
    await conn.execute(`select pg_reload_conf()`);
    walTuned = false;
    await conn.execute('checkpoint');

    // ---- summary and manifest
    const [counts] = await conn.execute<Record<string, string>[]>(`select
      (select count(*) from complaint) as complaints, (select count(*) from complaint_event) as events,
      (select count(*) from return_visit) as visits, (select count(*) from "case") as cases,
      (select count(*) from org_unit where level = 'PROJECT') as projects, (select count(*) from app_user) as users,
      pg_database_size(current_database()) as database`);
    const sizes = await conn.execute<{ name: string; kind: string; table_name: string; bytes: string }[]>(
      `select c.relname as name, c.relkind as kind, coalesce(t.relname, c.relname) as table_name,
              case when c.relkind = 'r' then pg_table_size(c.oid) else pg_relation_size(c.oid) end as bytes
         from pg_class c left join pg_index x on x.indexrelid = c.oid left join pg_class t on t.oid = x.indrelid
        where c.relnamespace = 'public'::regnamespace and coalesce(t.relname, c.relname) in ('complaint', 'complaint_event', 'return_visit', 'case')
          and c.relkind in ('r', 'i')
        order by table_name, c.relkind desc, bytes desc`,
    );
    const biggest = projects[0]!;
    const manifest = {
      complaints: options.complaints,
      cases: options.cases,
      password: DEMO_PASSWORD,
      adminPassword: ADMIN_PASSWORD,
      tokenSecret,
      database: 'kesu',
      logins: {
        projectHead: biggest.headLogin,
        regionCrExec: biggest.regionExecLogin,
        groupCr: 'group.cr',
        csAgent: biggest.agentLogin,
        caseReader: 'reader',
        admin: 'admin',
      },
      projectId: toGlobalId('OrgUnit', biggest.id),
      projectName: biggest.name,
      projectComplaints: Number((await conn.execute<{ n: string }[]>(`select count(*) as n from complaint c join org_unit u on u.id = c.project_id where u.path like ?`, [`${biggest.path}%`]))[0]!.n),
      groupOrgUnitId: toGlobalId('OrgUnit', group.id),
      complaintWith20Events: specialIds[0] ? toGlobalId('Complaint', specialIds[0].id) : null,
      complaintsWith20Events: specialIds.map((s) => toGlobalId('Complaint', s.id)),
      caseQueries: CASE_QUERIES,
      totals: {
        complaints: Number(counts!.complaints),
        events: Number(counts!.events),
        returnVisits: Number(counts!.visits),
        cases: Number(counts!.cases),
        projects: Number(counts!.projects),
        users: Number(counts!.users),
      },
      timingsMs: { ...timings, total: Date.now() - started },
      generatedAt: new Date().toISOString(),
    };
    await writeFile(resolve(dataDir, 'bench-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    console.log('');
    console.log('Summary');
    console.log(`  rows: ${fmt(manifest.totals.complaints)} complaints (${fmt(options.complaints)} generated + demo), ${fmt(manifest.totals.events)} events (${(manifest.totals.events / Math.max(1, manifest.totals.complaints)).toFixed(2)} per complaint), ${fmt(manifest.totals.returnVisits)} return visits, ${fmt(manifest.totals.cases)} cases, ${manifest.totals.projects} projects, ${manifest.totals.users} users`);
    console.log(`  first start (migrate, demo) ${secs(timings.firstStart!)}; org ${secs(timings.org!)}`);
    console.log(`  complaints COPY ${secs(timings.complaintsCopy!)} (${fmt(loaded.complaints / (timings.complaintsCopy! / 1000))} complaints/s, ${fmt((loaded.complaints + loaded.events + loaded.visits) / (timings.complaintsCopy! / 1000))} rows/s) + indexes ${secs(timings.complaintIndexes!)}`);
    console.log(`  cases ${secs(timings.cases!)} (insert ${secs(caseStats.loadMs)} incl. segmentation ${secs(caseStats.segmentMs)}, indexes ${secs(caseStats.indexMs)}); vacuum analyze ${secs(timings.analyze!)}`);
    console.log(`  total ${secs(Date.now() - started)}; database ${mb(counts!.database!)}`);
    for (const table of ['complaint', 'complaint_event', 'return_visit', 'case']) {
      const rows = sizes.filter((s) => s.table_name === table);
      const heap = rows.find((s) => s.kind === 'r');
      const indexes = rows.filter((s) => s.kind === 'i');
      console.log(`  ${table}: table ${mb(heap?.bytes ?? 0)}, indexes ${indexes.map((i) => `${i.name} ${mb(i.bytes)}`).join(', ')}`);
    }
    console.log(`  manifest: ${resolve(dataDir, 'bench-manifest.json')}`);
    console.log(`  start: KESU_DATA_DIR=${dataDir} NODE_ENV=production KESU_TOKEN_SECRET=${tokenSecret} node server/dist/main.js`);
  } finally {
    if (walTuned && orm) {
      await orm.em.getConnection().execute(`alter system reset max_wal_size; alter system reset checkpoint_timeout; select pg_reload_conf()`).catch(() => undefined);
    }
    await orm?.close(true);
    await db?.stop();
  }
}

main().catch((error: unknown) => {
  console.error('bench:seed failed:', error);
  process.exitCode = 1;
});
