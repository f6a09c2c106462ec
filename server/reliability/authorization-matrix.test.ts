import { createClient, type Client } from 'graphql-ws';
import { isInputObjectType, type GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlobalId } from '../src/graphql/global-id.js';
import { buildAppSchema } from '../src/graphql/schema.js';
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
import { setUpMatrixWorld, type MatrixWorld } from './matrix-world.js';
import { complaintInput, rowCounts } from './reliability-fixtures.js';

let app: TestApp;
let schema: GraphQLSchema;
const sockets: Client[] = [];
let credentials: MatrixWorld['credentials'];
let fx: Fixtures;
let must: MatrixWorld['must'];
let versionOf: MatrixWorld['versionOf'];

const ALL_PRINCIPALS = Object.keys(PRINCIPALS) as Principal[];
const RELATIONS: Relation[] = ['own', 'sibling', 'ancestor'];
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
const unique = () => Math.random().toString(36).slice(2, 10);

beforeAll(async () => {
  app = await startTestApp({ pgPubSub: true });
  schema = await buildAppSchema();
  ({ fx, credentials, must, versionOf } = await setUpMatrixWorld(app));
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
  if (typeof value === 'object' && 'totalCount' in value) return (value as { totalCount: number }).totalCount > 0 ? 'SOME' : 'EMPTY';
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
    const visit = (type: unknown, seen: Set<string>): unknown => {
      const named: unknown = (type as { ofType?: unknown }).ofType ? visit((type as { ofType: unknown }).ofType, seen) : type;
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
