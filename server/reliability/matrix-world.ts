import { toGlobalId, parseGlobalId } from '../src/graphql/global-id.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import type { TestApp } from '../src/testing/test-app.js';
import { PRINCIPALS, type Fixtures, type Principal, type Target } from './authorization-matrix.js';
import { complaintInput, southCase } from './reliability-fixtures.js';

const LEVEL_OF_CHILD: Record<string, string> = { GROUP: 'REGION', REGION: 'CITY', CITY: 'PROJECT', AREA: 'PROJECT', PROJECT: 'SERVICE_CENTER' };
const unique = () => Math.random().toString(36).slice(2, 10);

/** Runs `work` once per key, sharing the promise with concurrent callers. */
function once<T>(cache: Map<string, Promise<T>>, key: string, work: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, work());
  return cache.get(key)!;
}

export interface MatrixWorld {
  fx: Fixtures;
  /** The bearer each kind of caller sends (none for `anonymous`). */
  credentials: Map<Principal, string | undefined>;
  /** Runs a fixture call as a login or principal and returns what `pick` picks; fails loudly otherwise. */
  must(who: string, query: string, variables: Record<string, unknown>, pick: (data: any) => any): Promise<any>;
  versionOf(table: string, globalId: string): Promise<number>;
}

/**
 * The callers of the authorization matrix (demo logins, two partner apps at 广州城市公司, an owner of 云山府 3-1201)
 * and the objects its cells aim at, each created once through the API on first use (or fresh where a call
 * consumes it). Shared by the matrix and the fuzzing, which starts from the same valid inputs.
 */
export async function setUpMatrixWorld(app: TestApp): Promise<MatrixWorld> {
  const credentials = new Map<Principal, string | undefined>();
  const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
  const versionOf = async (table: string, globalId: string) =>
    (await sql<{ version: number }>(`select version from "${table}" where id = ?`, [parseGlobalId(globalId)!.id]))[0]!.version;
  async function must(who: string, query: string, variables: Record<string, unknown>, pick: (data: any) => any) {
    const token = credentials.get(who as Principal) ?? (await app.tokenFor(who));
    const res = await app.gql(query, variables, token);
    if (!res.data || res.errors) throw new Error(`fixture failed: ${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return pick(res.data);
  }
  const fx = ((): Fixtures => {
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
  })();

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
  return { fx, credentials, must, versionOf };
}
