import { createClient, type Client } from 'graphql-ws';
import { isInputObjectType, type GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlobalId, toGlobalId } from '../src/graphql/global-id.js';
import { buildAppSchema } from '../src/graphql/schema.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../src/testing/test-app.js';
import {
  MUTATION_ROWS,
  NODE_ROWS,
  PRINCIPALS,
  QUERY_ROWS,
  SUBSCRIPTION_ROWS,
  TARGETS,
  type FieldRow,
  type Fixtures,
  type Outcome,
  type Principal,
  type Relation,
  type Target,
} from './authorization-matrix.js';
import { complaintInput, rowCounts } from './reliability-fixtures.js';

let app: TestApp;
let schema: GraphQLSchema;
const sockets: Client[] = [];
const credentials = new Map<Principal, string | undefined>();
let fx: Fixtures;

const ALL_PRINCIPALS = Object.keys(PRINCIPALS) as Principal[];
const RELATIONS: Relation[] = ['own', 'sibling', 'ancestor'];
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
const LEVEL_OF_CHILD: Record<string, string> = { GROUP: 'REGION', REGION: 'CITY', CITY: 'PROJECT', AREA: 'PROJECT', PROJECT: 'SERVICE_CENTER' };

/** Runs `work` once per key, sharing the promise with concurrent callers. */
function once<T>(cache: Map<string, Promise<T>>, key: string, work: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, work());
  return cache.get(key)!;
}

async function must(login: string | string, query: string, variables: Record<string, unknown>, pick: (data: any) => any) {
  const token = credentials.get(login as Principal) ?? (await app.tokenFor(login));
  const res = await app.gql(query, variables, token);
  if (!res.data || res.errors) throw new Error(`fixture failed: ${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return pick(res.data);
}

const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
const versionOf = async (table: string, globalId: string) =>
  (await sql<{ version: number }>(`select version from "${table}" where id = ?`, [parseGlobalId(globalId)!.id]))[0]!.version;
const unique = () => Math.random().toString(36).slice(2, 10);

function buildFixtures(): Fixtures {
  const caches = new Map<string, Map<string, Promise<any>>>();
  const cache = (name: string) => caches.get(name) ?? (caches.set(name, new Map()), caches.get(name)!);
  const unitCodes = new Map<string, { id: string; level: string }>();
  const unitId = async (code: string) => {
    if (!unitCodes.has(code)) {
      const unit = await app.orm.em.fork().findOneOrFail(OrgUnit, { code });
      unitCodes.set(code, { id: toGlobalId('OrgUnit', unit.id), level: unit.level });
    }
    return unitCodes.get(code)!.id;
  };
  /** The CR executive whose subtree holds the unit writes its complaints and cases. */
  const writerFor = (code: string) => (code.startsWith('HY-EC') || code.startsWith('HY-HZ') || code.startsWith('HY-SZ') ? 'east.cr.exec' : code === 'HY' ? 'group.cr' : 'south.cr.exec');
  const apiClient = (unit: string, fresh = false) =>
    once(cache('client'), fresh ? unique() : unit, async () => {
      const client = await must('admin', `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id version } } }`,
        { input: { name: `矩阵夹具 ${unit}`, orgUnitId: await unitId(unit), scopes: ['complaints:read'] } }, (d) => d.createApiClient.client);
      return client as { id: string; version: number };
    });
  const freshUnit = async (parent: string) => {
    await unitId(parent);
    return must('admin', `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id version } } }`,
      { input: { parentId: await unitId(parent), level: LEVEL_OF_CHILD[unitCodes.get(parent)!.level], name: `夹具 ${unique()}`, code: `FX-${unique()}` } }, (d) => d.createOrgUnit.orgUnit);
  };
  return {
    unitId,
    childLevel: (code) => LEVEL_OF_CHILD[unitCodes.get(code)?.level ?? 'PROJECT']!,
    async complaint(target: Target) {
      const created = await once(cache('complaint'), `${target.project}#${target.complaint}`, async () =>
        must(writerFor(target.project), `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id } } }`,
          { input: complaintInput(await unitId(target.project), target.complaint === 'neighbour' ? { customers: [{ name: '钱女士', phone: '13955556666', room: '6-1801' }] } : {}) },
          (d) => d.createComplaint.complaint));
      return { id: created.id as string, version: await versionOf('complaint', created.id) };
    },
    async publishedCase() {
      const row = await once(cache('case'), 'published', async () => {
        const { southCase } = await import('./reliability-fixtures.js');
        return southCase(app, 'PUBLISHED');
      });
      return { id: row.id, version: await versionOf('case', row.id) };
    },
    async draftCase(unit) {
      const row = await once(cache('draft'), unit, async () =>
        must(writerFor(unit), `mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id } } }`,
          { input: { orgUnitId: await unitId(unit), categoryCode: 'DEV_ENGINEERING', title: `草稿 ${unit}`, year: 2026 } }, (d) => d.createCase.case));
      return { id: row.id as string, version: await versionOf('case', row.id) };
    },
    user: (unit, fresh = false) =>
      once(cache('user'), fresh ? unique() : unit, async () => {
        const user = await must('admin', `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
          { input: { name: '矩阵夹具', login: `fx.${unique()}`, password: 'fixture-password-1', orgUnitId: await unitId(unit) } }, (d) => d.createUser.user);
        const assignment = await must('admin', `mutation($input: AssignRoleInput!) { assignRole(input: $input) { assignment { id } } }`,
          { input: { userId: user.id, role: 'CASE_READER', orgUnitId: await unitId(unit) } }, (d) => d.assignRole.assignment);
        return { id: user.id as string, assignmentId: assignment.id as string };
      }),
    freshUnit,
    department: (unit, fresh = false) =>
      once(cache('department'), fresh ? unique() : unit, async () => {
        if (!fresh) {
          const [row] = await sql<{ id: string }>(`select d.id from department d join org_unit o on o.id = d.org_unit_id where o.code = ? order by d.id limit 1`, [unit]);
          return { id: toGlobalId('Department', row!.id) };
        }
        const holder = (await freshUnit(unit)).id;
        return must('admin', `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }`,
          { input: { orgUnitId: holder, type: 'MEDIA', name: `夹具部门 ${unique()}` } }, (d) => d.createDepartment.department);
      }),
    async category() {
      const row = await once(cache('category'), 'one', () =>
        must('admin', `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { category { id } } }`,
          { input: { code: `FX_${unique().toUpperCase()}`, label: '夹具分类', kind: 'COMPLAINT', department: 'ENGINEERING' } }, (d) => d.createCategory.category));
      return { id: row.id as string, version: await versionOf('category', row.id) };
    },
    async apiClient(unit, fresh) {
      const client = await apiClient(unit, fresh);
      return { id: client.id, version: await versionOf('api_client', client.id) };
    },
    async endpoint(principal, relation, unit, fresh = false) {
      const appCaller = principal === 'client' || principal === 'readClient';
      const key = `${appCaller && relation === 'own' ? principal : unit}${fresh ? unique() : ''}`;
      const endpoint = await once(cache('endpoint'), key, async () => {
        const mutation = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`;
        const input = { url: `https://hooks.example.com/${unique()}`, events: ['complaint.created'] };
        if (appCaller && relation === 'own') return must(principal, mutation, { input }, (d) => d.createWebhookEndpoint.endpoint);
        return must('admin', mutation, { input: { ...input, clientId: (await apiClient(unit)).id } }, (d) => d.createWebhookEndpoint.endpoint);
      });
      return { id: endpoint.id as string, version: await versionOf('webhook_endpoint', endpoint.id) };
    },
    persistedOperation: (unit, fresh = false) =>
      once(cache('operation'), fresh ? unique() : unit, async () =>
        must('admin', `mutation($input: RegisterPersistedOperationsInput!) { registerPersistedOperations(input: $input) { operations { id } } }`,
          { input: { clientId: (await apiClient(unit)).id, operations: [{ name: `Op${unique()}`, query: `query Op${unique()} { me { user { id } } }` }] } },
          (d) => d.registerPersistedOperations.operations[0])),
  };
}

beforeAll(async () => {
  app = await startTestApp({ pgPubSub: true });
  schema = await buildAppSchema();
  fx = buildFixtures();
  for (const [principal, { login }] of Object.entries(PRINCIPALS) as [Principal, { login: string | null }][]) {
    if (login) credentials.set(principal, await app.tokenFor(login));
  }
  const clientKey = async (scopes: string[]) =>
    must('admin', `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`,
      { input: { name: `矩阵应用 ${scopes.length}`, orgUnitId: await fx.unitId('HY-SC-GZ'), scopes } }, (d) => d.createApiClient.key as string);
  credentials.set('client', await clientKey(['complaints:create', 'complaints:read', 'complaints:transition', 'cases:read', 'reports:read', 'owner-delegation']));
  credentials.set('readClient', await clientKey(['complaints:read']));
  credentials.set('owner', await must('client', `mutation($input: IssueOwnerTokenInput!) { issueOwnerToken(input: $input) { token } }`,
    { input: { phone: '13912345678', room: '3-1201', projectId: await fx.unitId('HY-GZ-YSF') } }, (d) => d.issueOwnerToken.token as string));
  credentials.set('anonymous', undefined);
});
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await app?.close();
});

interface Cell {
  field: string;
  principal: Principal;
  relation: Relation;
  target: Target;
  expected: Outcome;
}

function cellsOf(field: string, row: FieldRow): Cell[] {
  const cells: Cell[] = [];
  for (const principal of ALL_PRINCIPALS) {
    const relations = row.outOfScope ? RELATIONS.filter((r) => r !== 'ancestor' || row.ancestor) : (['own'] as Relation[]);
    for (const relation of relations) {
      const target = TARGETS[principal][relation];
      if (!target) continue;
      const expected =
        row.cells?.[`${principal}:${relation}`] ??
        (principal === 'anonymous'
          ? (row.anonymous ?? 'UNAUTHENTICATED')
          : !row.allow.includes(principal)
            ? row.noRole
            : relation === 'own'
              ? (row.result ?? 'ALLOWED')
              : relation === 'ancestor' && row.ancestorResult
                ? row.ancestorResult
                : row.outOfScope!);
      cells.push({ field, principal, relation, target, expected });
    }
  }
  return cells;
}

/** What a response amounts to, in the matrix's terms. */
function outcomeOf(res: GraphQLResponse, field: string, mutation: boolean): string {
  const codes = (res.errors ?? []).map((error) => String(error.extensions?.code));
  const access = codes.find((code) => ACCESS_CODES.has(code));
  if (access) return access;
  if (codes.length > 0) {
    // A business rule refused the call after the access check let it through.
    if (mutation && codes.every((code) => code === 'BAD_USER_INPUT' || code === 'CONFLICT')) return `ALLOWED (${codes.join()}: ${res.errors![0]!.message})`;
    return `${codes.join()}: ${res.errors![0]!.message}`;
  }
  const value = res.data?.[field];
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return value.length ? 'SOME' : 'EMPTY';
  if (typeof value === 'object' && 'totalCount' in value) return value.totalCount > 0 ? 'SOME' : 'EMPTY';
  return 'ALLOWED';
}

const matches = (expected: Outcome, actual: string) =>
  expected === actual || (expected === 'ALLOWED' && (actual === 'SOME' || actual === 'EMPTY' || actual.startsWith('ALLOWED (')));

/** Runs cells a few at a time: fast enough, and the shared fixtures see little contention. */
async function runCells(cells: Cell[], run: (cell: Cell) => Promise<string>): Promise<string[]> {
  const mismatches: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cells.length) {
      const cell = cells[next++]!;
      const actual = await run(cell);
      if (!matches(cell.expected, actual)) mismatches.push(`${cell.field} ${cell.principal}:${cell.relation} expected ${cell.expected}, got ${actual}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return mismatches.sort();
}

const counted = { cells: 0 };

describe('authorization matrix', () => {
  it('has a row for every root field of the schema and every Node type, and no row for a field that is gone', () => {
    const fieldsOf = (type: { getFields(): Record<string, unknown> } | null | undefined) => Object.keys(type?.getFields() ?? {}).sort();
    expect(Object.keys(QUERY_ROWS).sort()).toEqual(fieldsOf(schema.getQueryType()));
    expect(Object.keys(MUTATION_ROWS).sort()).toEqual(fieldsOf(schema.getMutationType()));
    expect(Object.keys(SUBSCRIPTION_ROWS).sort()).toEqual(fieldsOf(schema.getSubscriptionType()));
    const nodeType = schema.getType('Node');
    const implementations = nodeType && 'getFields' in nodeType ? schema.getPossibleTypes(nodeType as never).map((type) => type.name).sort() : [];
    expect(Object.keys(NODE_ROWS).sort()).toEqual(implementations);
  });

  it('node(id) of every Node type: visible in the own subtree, null outside it and for callers without the right', async () => {
    const cells: Cell[] = [];
    for (const [type, row] of Object.entries(NODE_ROWS)) {
      for (const principal of ALL_PRINCIPALS) {
        for (const relation of row.groupWide ? (['own'] as Relation[]) : RELATIONS.filter((r) => r !== 'ancestor' || row.ancestor)) {
          const target = TARGETS[principal][relation];
          if (!target) continue;
          const expected: Outcome =
            row.cells?.[`${principal}:${relation}`] ??
            (principal === 'anonymous' ? 'UNAUTHENTICATED' : row.allow.includes(principal) && relation === 'own' ? 'ALLOWED' : 'NULL');
          cells.push({ field: `node:${type}`, principal, relation, target, expected });
        }
      }
    }
    const mismatches = await runCells(cells, async (cell) => {
      const { id } = await NODE_ROWS[cell.field.slice(5)]!.object(fx, cell.target, cell.principal, cell.relation);
      const res = await app.gql(`query($id: ID!) { node(id: $id) { __typename } }`, { id }, credentials.get(cell.principal));
      return outcomeOf(res, 'node', false);
    });
    counted.cells += cells.length;
    console.log(`node(id): ${cells.length} cells`);
    expect(mismatches).toEqual([]);
  });

  it('every query × caller × own / sibling / ancestor', async () => {
    const cells = Object.entries(QUERY_ROWS).flatMap(([field, row]) => cellsOf(field, row));
    const mismatches = await runCells(cells, async (cell) => {
      const row = QUERY_ROWS[cell.field]!;
      const variables = (await row.variables?.(fx, cell.target, cell.principal, cell.relation)) ?? {};
      return outcomeOf(await app.gql(row.document, variables, credentials.get(cell.principal)), cell.field, false);
    });
    counted.cells += cells.length;
    console.log(`queries: ${cells.length} cells`);
    expect(mismatches).toEqual([]);
  });

  it('the subscription × caller × own / sibling: events only from the own scope', async () => {
    const [field, row] = Object.entries(SUBSCRIPTION_ROWS)[0]!;
    const cells = cellsOf(field, row);
    const listeners = await Promise.all(
      cells.map(async (cell) => {
        const variables = (await row.variables!(fx, cell.target, cell.principal, cell.relation)) as { id: string };
        const socket = createClient({
          url: `${app.url.replace('http', 'ws')}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: credentials.get(cell.principal) ? { authorization: `Bearer ${credentials.get(cell.principal)}` } : {},
          lazy: false,
          retryAttempts: 0,
        });
        sockets.push(socket);
        const received: any[] = [];
        socket.subscribe({ query: row.document, variables }, { next: (value) => received.push(value), error: (error) => received.push({ error }), complete: () => undefined });
        return { cell, received, id: variables.id };
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    // One change to each target complaint, by someone who may make it.
    for (const id of new Set(listeners.map((listener) => listener.id))) {
      const version = await versionOf('complaint', id);
      const project = (await sql<{ code: string }>(`select o.code from complaint c join org_unit o on o.id = c.project_id where c.id = ?`, [parseGlobalId(id)!.id]))[0]!.code;
      const writer = project === 'HY-HZ-XXL' ? 'east.cr.exec' : 'south.cr.exec';
      await must(writer, `mutation($input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(input: $input) { complaint { id } } }`,
        { input: { id, version, newDueAt: new Date(Date.now() + 20 * 86400_000).toISOString(), reason: '订阅检查' } }, (d) => d.extendComplaintDeadline);
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const mismatches: string[] = [];
    for (const { cell, received } of listeners) {
      const codes = received.flatMap((message) => [
        ...(message.errors ?? []).map((e: any) => e.extensions?.code),
        ...(Array.isArray(message.error) ? message.error.map((e: any) => e.extensions?.code) : message.error ? [message.error.extensions?.code ?? 'UNAUTHENTICATED'] : []),
      ]);
      const actual = codes.length ? String(codes[0]) : received.some((message) => message.data?.complaintUpdated) ? 'ALLOWED' : 'EMPTY';
      if (!matches(cell.expected, actual)) mismatches.push(`${cell.field} ${cell.principal}:${cell.relation} expected ${cell.expected}, got ${actual}`);
    }
    counted.cells += cells.length;
    console.log(`subscription: ${cells.length} cells`);
    expect(mismatches).toEqual([]);
  });

  it('every mutation × caller × own / sibling / ancestor', async () => {
    const cells = Object.entries(MUTATION_ROWS).flatMap(([field, row]) => cellsOf(field, row));
    const mismatches = await runCells(cells, async (cell) => {
      const row = MUTATION_ROWS[cell.field]!;
      const variables = (await row.variables?.(fx, cell.target, cell.principal, cell.relation)) ?? {};
      return outcomeOf(await app.gql(row.document, variables, credentials.get(cell.principal)), cell.field, true);
    });
    counted.cells += cells.length;
    console.log(`mutations: ${cells.length} cells; matrix total so far ${counted.cells}`);
    expect(mismatches).toEqual([]);
  });
});

describe('refusal before anything that reads data', () => {
  it('answers a caller outside the subtree FORBIDDEN whatever else is wrong with the input (no existence oracle)', async () => {
    const sibling = await fx.complaint(TARGETS.cityHead.sibling!);
    const probes: [string, string, Record<string, unknown>][] = [
      ['reclassifyComplaint', 'ReclassifyComplaintInput', { ...sibling, toKind: 'DEMAND', categoryCode: 'NO_SUCH_CATEGORY', reason: '探测' }],
      ['overrideComplaintGrade', 'OverrideComplaintGradeInput', { ...sibling, gradeCode: 'NO_SUCH_GRADE', reason: '探测' }],
      ['respondToComplaint', 'RespondToComplaintInput', { ...sibling, version: sibling.version + 7 }],
    ];
    for (const [mutation, type, input] of probes) {
      const res = await app.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`, { input }, credentials.get('cityHead'));
      expect(res.errors?.[0]?.extensions?.code, `${mutation}: ${JSON.stringify(res.errors)}`).toBe('FORBIDDEN');
    }
    counted.cells += probes.length;
  });
});

describe('field-level masking of customer phones', () => {
  it('shows a customer phone only to callers who may contact customers, masked to everyone else', async () => {
    const target = TARGETS.csAgent.own!;
    const { id } = await fx.complaint(target);
    const clear = new Set<Principal>(['regionCrExec', 'cityHead', 'projectHead', 'csAgent', 'client']);
    const readers: Principal[] = ['groupAdmin', 'regionAdmin', 'regionCrExec', 'regionPerf', 'cityHead', 'projectHead', 'csAgent', 'client', 'readClient', 'owner'];
    const seen: Record<string, string> = {};
    for (const principal of readers) {
      const res = await app.gql(`query($id: ID!) { complaint(id: $id) { customers { phone } } node(id: $id) { ... on Complaint { customers { phone } } } }`, { id }, credentials.get(principal));
      expect(res.errors, principal).toBeUndefined();
      seen[principal] = `${res.data!.complaint.customers[0].phone}|${res.data!.node.customers[0].phone}`;
    }
    const expected = Object.fromEntries(readers.map((p) => [p, clear.has(p) ? '13912345678|13912345678' : '139****5678|139****5678']));
    expect(seen).toEqual(expected);
    counted.cells += readers.length;
  });

  it('never reveals a phone through search on it to a masked caller', async () => {
    const res = await app.gql(`{ complaints(first: 5, filter: { search: "13912345678" }) { totalCount } }`, {}, credentials.get('regionPerf'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.complaints.totalCount).toBe(0);
  });
});

/** Fields that state, ownership, numbering and history live in: no mutation input may carry them. */
const PROTECTED_INPUT_FIELDS = ['status', 'grade', 'gradeRank', 'gradeLabel', 'handler', 'handlerId', 'number', 'groupId', 'owningUnitId', 'createdAt', 'updatedAt', 'overdue', 'escalationCount', 'extensionCount', 'authorId', 'passwordHash', 'keyHash', 'revokedAt', 'publishedAt', 'actorId', 'groupVisible'];

describe('mass assignment', () => {
  it('no mutation input type declares a field holding state, ownership, numbering or audit data', () => {
    const inputTypes = Object.values(schema.getMutationType()!.getFields()).map((field) => field.args.find((arg) => arg.name === 'input')?.type);
    const declared: string[] = [];
    const visit = (type: unknown, seen: Set<string>) => {
      const named = (type as { ofType?: unknown }).ofType ? visit((type as { ofType: unknown }).ofType, seen) : type;
      if (!isInputObjectType(named) || seen.has(named.name)) return named;
      seen.add(named.name);
      for (const field of Object.values(named.getFields())) {
        if (PROTECTED_INPUT_FIELDS.includes(field.name)) declared.push(`${named.name}.${field.name}`);
        visit(field.type, seen);
      }
      return named;
    };
    const seen = new Set<string>();
    for (const type of inputTypes) visit(type, seen);
    expect(seen.size).toBeGreaterThan(40);
    expect(declared).toEqual([]);
  });

  it('refuses such fields when sent anyway, naming them, and writes nothing', async () => {
    const complaint = await fx.complaint(TARGETS.csAgent.own!);
    const projectId = await fx.unitId('HY-GZ-YSF');
    const attempts: [string, string, Record<string, unknown>][] = [
      ['createComplaint', 'CreateComplaintInput', { ...complaintInput(projectId), status: 'ARCHIVED' }],
      ['createComplaint', 'CreateComplaintInput', { ...complaintInput(projectId), number: 'TS-0000-0001' }],
      ['createComplaint', 'CreateComplaintInput', { ...complaintInput(projectId), handlerId: complaint.id }],
      ['createComplaint', 'CreateComplaintInput', { ...complaintInput(projectId), version: 99 }],
      ['createComplaint', 'CreateComplaintInput', { ...complaintInput(projectId), grade: 'A1' }],
      ['createComplaint', 'CreateComplaintInput', { ...complaintInput(projectId), groupVisible: true }],
      ['respondToComplaint', 'RespondToComplaintInput', { ...complaint, status: 'CONCLUDED' }],
      ['startHandling', 'StartHandlingInput', { ...complaint, handlerId: complaint.id }],
      ['overrideComplaintGrade', 'OverrideComplaintGradeInput', { ...complaint, gradeCode: 'A1', reason: 'x', gradeRank: 9 }],
      ['updateOrgUnit', 'UpdateOrgUnitInput', { id: projectId, name: '改名', parentId: projectId }],
      ['updateOrgUnit', 'UpdateOrgUnitInput', { id: projectId, groupId: projectId }],
      ['createUser', 'CreateUserInput', { name: '甲', login: `mass.${unique()}`, password: 'mass-assign-1', passwordHash: 'x' }],
    ];
    const before = await rowCounts(app);
    for (const [mutation, type, input] of attempts) {
      const res = await app.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`, { input }, credentials.get('groupAdmin'));
      expect(res.errors?.[0]?.extensions?.code, `${mutation} ${JSON.stringify(Object.keys(input))}`).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/is not defined by type/);
    }
    expect(await rowCounts(app)).toEqual(before);
    counted.cells += attempts.length;
    console.log(`authorization matrix: ${counted.cells} cells checked in all`);
  });
});
