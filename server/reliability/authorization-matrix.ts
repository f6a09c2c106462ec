/**
 * The authorization matrix (OWASP API1 object level, API3 property level, API5 function level): every root query,
 * mutation and subscription × every kind of caller × where the target sits relative to the caller (own subtree,
 * a sibling subtree, the caller's ancestor), with the outcome expected. Written by hand from RULES.md §1/§6 and
 * API.md, not derived from `packages/permissions`, so the test checks the server against an independent reading.
 *
 * Cells are generated from one compact row per field: who may call it at all (`allow`), what a caller outside
 * that list gets (`noRole`), and what an allowed caller gets on a target outside their subtree (`outOfScope`).
 * `cells` lists exceptions. `authorization-matrix.test.ts` runs every cell over HTTP and fails when a schema
 * root field has no row here.
 */

/** A kind of caller: a demo staff login at one level, a partner app's key, an owner token, nobody. */
export const PRINCIPALS = {
  groupAdmin: { login: 'admin', note: 'ADMIN at the group' },
  regionAdmin: { login: 'south.admin', note: 'ADMIN at 华南区域' },
  groupCr: { login: 'group.cr', note: 'GROUP_CR at the group' },
  regionCrExec: { login: 'south.cr.exec', note: 'REGION_CR_EXECUTIVE at 华南区域' },
  regionPerf: { login: 'south.perf', note: 'PERFORMANCE at 华南区域' },
  cityHead: { login: 'gz.head', note: 'CITY_HEAD at 广州城市公司' },
  projectHead: { login: 'ysf.head', note: 'PROJECT_HEAD at 云山府' },
  csAgent: { login: 'ysf.agent', note: 'CS_AGENT at 云山府' },
  caseReader: { login: 'reader', note: 'CASE_READER at the group' },
  client: { login: null, note: 'partner app at 广州城市公司 with every scope' },
  readClient: { login: null, note: 'partner app at 广州城市公司 with complaints:read only' },
  owner: { login: null, note: 'owner token for 云山府 3-1201' },
  anonymous: { login: null, note: 'no token' },
} as const;
export type Principal = keyof typeof PRINCIPALS;
export type Relation = 'own' | 'sibling' | 'ancestor';

/** Org units (demo codes) a cell aims at: `unit` for unit-level fields, `project` for complaint-level ones. */
export interface Target {
  unit: string;
  project: string;
  /** Which of the project's fixture complaints (the owner's own, or a neighbour's). */
  complaint: 'default' | 'neighbour';
}

/** Where each caller's own subtree, a sibling subtree and its ancestor are. Group-level callers have no sibling or ancestor. */
export const TARGETS: Record<Principal, Partial<Record<Relation, Target>>> = (() => {
  const region = {
    own: { unit: 'HY-SC', project: 'HY-GZ-YSF', complaint: 'default' },
    sibling: { unit: 'HY-EC', project: 'HY-HZ-XXL', complaint: 'default' },
    ancestor: { unit: 'HY', project: 'HY-HZ-XXL', complaint: 'default' },
  } as const;
  const city = {
    own: { unit: 'HY-SC-GZ', project: 'HY-GZ-YSF', complaint: 'default' },
    sibling: { unit: 'HY-SC-FS', project: 'HY-FS-CY', complaint: 'default' },
    ancestor: { unit: 'HY-SC', project: 'HY-FS-CY', complaint: 'default' },
  } as const;
  const project = {
    own: { unit: 'HY-GZ-YSF', project: 'HY-GZ-YSF', complaint: 'default' },
    sibling: { unit: 'HY-GZ-ZJW', project: 'HY-GZ-ZJW', complaint: 'default' },
    ancestor: { unit: 'HY-SC-GZ', project: 'HY-GZ-ZJW', complaint: 'default' },
  } as const;
  const group = { own: { unit: 'HY', project: 'HY-GZ-YSF', complaint: 'default' } } as const;
  return {
    groupAdmin: group,
    regionAdmin: region,
    groupCr: group,
    regionCrExec: region,
    regionPerf: region,
    cityHead: city,
    projectHead: project,
    csAgent: project,
    caseReader: group,
    client: city,
    readClient: city,
    owner: {
      own: { unit: 'HY-GZ-YSF', project: 'HY-GZ-YSF', complaint: 'default' },
      sibling: { unit: 'HY-GZ-YSF', project: 'HY-GZ-YSF', complaint: 'neighbour' },
    },
    anonymous: { own: city.own },
  };
})();

/**
 * ALLOWED: no UNAUTHENTICATED/FORBIDDEN/NOT_FOUND and a non-null result. A mutation may still be refused by a
 * business rule after the access check passed (BAD_USER_INPUT, CONFLICT: the shared fixture complaint is in the
 * wrong state for it); that counts as allowed, the access decision being what the matrix is about.
 * SOME: allowed and the list is not empty. EMPTY: no error and an empty list. NULL: no error and `null`.
 * A code: the first error carries it.
 */
export type Outcome = 'ALLOWED' | 'SOME' | 'EMPTY' | 'NULL' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

/** What the variable builders may ask for; the test creates each fixture once (or fresh, where a call consumes it). */
export interface Fixtures {
  unitId(code: string): Promise<string>;
  /** A complaint of the project: `{ id, version }` read fresh so the version is current. */
  complaint(target: Target): Promise<{ id: string; version: number }>;
  publishedCase(): Promise<{ id: string; version: number }>;
  /** A draft case written at a unit (by the CR executive over it). */
  draftCase(unit: string): Promise<{ id: string; version: number }>;
  /** A user homed at the unit, with CASE_READER there (so revoking has something to revoke); `fresh` for revoking. */
  user(unit: string, fresh?: boolean): Promise<{ id: string; assignmentId: string }>;
  /** A new, empty child unit, for calls that consume it (move, delete). */
  freshUnit(parent: string): Promise<{ id: string; version: number }>;
  /** The level a child of the unit takes. */
  childLevel(unit: string): string;
  /** One of the unit's departments; `fresh` makes a new one (on a new child unit) for deleting. */
  department(unit: string, fresh?: boolean): Promise<{ id: string }>;
  category(): Promise<{ id: string; version: number }>;
  /** A partner app set up at the unit; `fresh` for calls that consume it (revoke, rotate). */
  apiClient(unit: string, fresh?: boolean): Promise<{ id: string; version: number }>;
  /** A webhook endpoint: the calling app's own when `principal` is an app and `relation` is own, else one of an app at the unit. */
  endpoint(principal: Principal, relation: Relation, unit: string, fresh?: boolean): Promise<{ id: string; version: number }>;
  persistedOperation(unit: string, fresh?: boolean): Promise<{ id: string }>;
}

export interface FieldRow {
  /** The operation, selecting only `__typename` (or nothing for scalars): the access decision is the subject. */
  document: string;
  variables?: (fx: Fixtures, target: Target, principal: Principal, relation: Relation) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Who gets ALLOWED (or `result`) on their own subtree. */
  allow: readonly Principal[];
  /** Outcome for an allowed caller on their own subtree; default ALLOWED. */
  result?: Outcome;
  /** Outcome for an authenticated caller not in `allow`. */
  noRole: Outcome;
  /** Outcome for an allowed caller on a sibling or ancestor target; absent when the field has no target (one cell per caller). */
  outOfScope?: Outcome;
  /** The ancestor cell is meaningful only for unit-level targets; complaint-level fields skip it. */
  ancestor?: boolean;
  /** Outcome for an allowed caller on the ancestor when it differs from `outOfScope` (a list that includes the caller's own part). */
  ancestorResult?: Outcome;
  /** Outcome without a token; default UNAUTHENTICATED. */
  anonymous?: Outcome;
  /** Exceptions, `principal:relation`. */
  cells?: Partial<Record<`${Principal}:${Relation}`, Outcome>>;
  why?: string;
}

const STAFF = ['groupAdmin', 'regionAdmin', 'groupCr', 'regionCrExec', 'regionPerf', 'cityHead', 'projectHead', 'csAgent', 'caseReader'] as const;
const APPS = ['client', 'readClient'] as const;
const ADMINS = ['groupAdmin', 'regionAdmin'] as const;
/** Read complaints of their subtree (group CR only those sent to the group; the fixtures are ordinary ones). */
const COMPLAINT_READERS = ['groupAdmin', 'regionAdmin', 'regionCrExec', 'regionPerf', 'cityHead', 'projectHead', 'csAgent', 'client', 'readClient'] as const;
const COMPLAINT_HANDLERS = ['regionCrExec', 'cityHead', 'projectHead', 'csAgent', 'client'] as const;
const COMPLAINT_INTAKE = ['regionCrExec', 'cityHead', 'projectHead', 'csAgent', 'groupCr', 'client', 'owner'] as const;
const REPORT_READERS = ['groupAdmin', 'regionAdmin', 'groupCr', 'regionCrExec', 'regionPerf', 'cityHead', 'projectHead', 'csAgent', 'client'] as const;
const CONFIG_READERS = [...STAFF, ...APPS] as const;
const CASE_READERS = [...STAFF, 'client'] as const;
const CASE_EDITORS = ['groupCr', 'regionCrExec'] as const;

const m = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { __typename } }`;
const transition = (name: string, input: string, extra: Record<string, unknown> = {}): FieldRow => ({
  document: m(name, input),
  variables: async (fx, t) => ({ input: { ...(await fx.complaint(t)), ...extra } }),
  allow: COMPLAINT_HANDLERS,
  noRole: 'FORBIDDEN',
  outOfScope: 'FORBIDDEN',
});
const connection = (field: string, args = '', variables = '') =>
  `query${variables ? `(${variables})` : ''} { ${field}(first: 5${args ? `, ${args}` : ''}) { totalCount } }`;

export const QUERY_ROWS: Record<string, FieldRow> = {
  addWorkingDays: {
    document: `{ addWorkingDays(from: "2026-03-02T02:00:00Z", days: 3) }`,
    allow: CONFIG_READERS,
    noRole: 'FORBIDDEN',
  },
  apiClients: { document: connection('apiClients'), allow: ADMINS, noRole: 'FORBIDDEN', result: 'SOME' },
  case: {
    document: `query($id: ID!) { case(id: $id) { __typename } }`,
    variables: async (fx) => ({ id: (await fx.publishedCase()).id }),
    allow: CASE_READERS,
    noRole: 'FORBIDDEN',
    why: 'a published case is read group-wide; drafts are checked under node(id)',
  },
  cases: { document: connection('cases'), allow: CASE_READERS, noRole: 'FORBIDDEN', result: 'SOME' },
  categories: { document: `{ categories { __typename } }`, allow: CONFIG_READERS, noRole: 'FORBIDDEN', result: 'SOME' },
  complaint: {
    document: `query($id: ID!) { complaint(id: $id) { __typename } }`,
    variables: async (fx, t) => ({ id: (await fx.complaint(t)).id }),
    allow: [...COMPLAINT_READERS, 'owner'],
    noRole: 'NULL',
    outOfScope: 'NULL',
    cells: { 'caseReader:own': 'FORBIDDEN' },
  },
  complaintTrends: {
    document: `query($u: ID!) { complaintTrends(orgUnitId: $u, months: 2) { __typename } }`,
    variables: async (fx, t) => ({ u: await fx.unitId(t.unit) }),
    allow: REPORT_READERS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  complaints: {
    document: connection('complaints', 'filter: { orgUnitId: $u }', '$u: ID'),
    variables: async (fx, t) => ({ u: await fx.unitId(t.project) }),
    allow: [...COMPLAINT_READERS, 'owner'],
    result: 'SOME',
    noRole: 'FORBIDDEN',
    outOfScope: 'EMPTY',
    // The owner's "sibling" is a neighbour's complaint in the same project: the project's list still holds their own.
    cells: { 'groupCr:own': 'EMPTY', 'owner:sibling': 'SOME' },
  },
  currentApiClient: {
    document: `{ currentApiClient { __typename } }`,
    allow: [...APPS, 'owner'],
    noRole: 'NULL',
    why: 'an owner token is issued through an app and names it',
  },
  firstResponsiblePerson: {
    document: `query($p: ID!) { firstResponsiblePerson(projectId: $p) { __typename } }`,
    variables: async (fx, t) => ({ p: await fx.unitId(t.project) }),
    allow: [...STAFF, ...APPS, 'owner'],
    noRole: 'FORBIDDEN',
    outOfScope: 'NULL',
    cells: { 'owner:sibling': 'ALLOWED' },
    why: 'whoever reads the project learns who is first responsible for it (the owner: their own project, which is also their sibling target)',
  },
  gradeSchemeImpact: {
    document: `query($input: GradeSchemeImpactInput!) { gradeSchemeImpact(input: $input) { __typename } }`,
    variables: async (fx, t) => ({ input: { orgUnitId: await fx.unitId(t.unit), presetCode: 'XX_PROPERTY', months: 1 } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  gradeSchemePresets: { document: `{ gradeSchemePresets { __typename } }`, allow: CONFIG_READERS, noRole: 'FORBIDDEN', result: 'SOME' },
  gradeSchemes: {
    document: `query($u: ID!) { gradeSchemes(orgUnitId: $u) { __typename } }`,
    variables: async (fx, t) => ({ u: await fx.unitId(t.unit) }),
    allow: CONFIG_READERS,
    noRole: 'FORBIDDEN',
    why: 'grade schemes are read group-wide: one cell per caller',
  },
  me: { document: `{ me { __typename } }`, allow: STAFF, noRole: 'FORBIDDEN', why: 'apps ask currentApiClient; owners have no viewer' },
  monthlyMeetingPack: {
    document: `query($u: ID!) { monthlyMeetingPack(orgUnitId: $u, month: "2026-10") { __typename } }`,
    variables: async (fx, t) => ({ u: await fx.unitId(t.unit) }),
    allow: REPORT_READERS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  monthlyReport: {
    document: `query($u: ID!) { monthlyReport(orgUnitId: $u, month: "2026-10") { __typename } }`,
    variables: async (fx, t) => ({ u: await fx.unitId(t.unit) }),
    allow: REPORT_READERS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  mostReadCases: { document: `{ mostReadCases(first: 5) { __typename } }`, allow: CASE_READERS, noRole: 'FORBIDDEN' },
  node: {
    document: `query($id: ID!) { node(id: $id) { __typename } }`,
    variables: async (fx, t) => ({ id: (await fx.complaint(t)).id }),
    allow: [...COMPLAINT_READERS, 'owner'],
    noRole: 'NULL',
    outOfScope: 'NULL',
    why: 'node(id) of every Node type is checked in its own table (NODE_ROWS)',
  },
  orgUnits: {
    document: connection('orgUnits', 'filter: { parentId: $u }', '$u: ID'),
    variables: async (fx, t) => ({ u: await fx.unitId(t.unit) }),
    allow: [...STAFF, ...APPS],
    result: 'SOME',
    noRole: 'FORBIDDEN',
    outOfScope: 'EMPTY',
    ancestor: true,
    // The ancestor's children include the caller's own unit (and only it: the sibling cell is empty).
    ancestorResult: 'SOME',
    cells: { 'owner:own': 'EMPTY', 'owner:sibling': 'EMPTY' },
  },
  persistedOperations: {
    document: connection('persistedOperations', 'clientId: $c', '$c: ID!'),
    variables: async (fx, t) => ({ c: (await fx.apiClient(t.unit)).id }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
  previewGrade: {
    document: `query($input: PreviewGradeInput!) { previewGrade(input: $input) { __typename } }`,
    variables: async (fx, t) => ({ input: { orgUnitId: await fx.unitId(t.project), categoryCode: 'DEV_ENGINEERING', householdCount: 3 } }),
    allow: CONFIG_READERS,
    noRole: 'FORBIDDEN',
    why: 'grading configuration is group-wide: one cell per caller',
  },
  similarCases: {
    document: `query($id: ID!) { similarCases(complaintId: $id, first: 3) { __typename } }`,
    variables: async (fx, t) => ({ id: (await fx.complaint(t)).id }),
    allow: ['groupAdmin', 'regionAdmin', 'regionCrExec', 'regionPerf', 'cityHead', 'projectHead', 'csAgent', 'client'],
    noRole: 'FORBIDDEN',
    outOfScope: 'EMPTY',
    cells: { 'groupCr:own': 'EMPTY', 'caseReader:own': 'EMPTY' },
    why: 'suggestions for a complaint one may not read come back empty: published cases only, nothing about the complaint',
  },
  users: {
    document: connection('users', 'filter: { orgUnitId: $u }', '$u: ID'),
    variables: async (fx, t) => ({ u: await fx.unitId(t.unit) }),
    allow: STAFF,
    result: 'SOME',
    noRole: 'FORBIDDEN',
    outOfScope: 'EMPTY',
    ancestor: true,
    // Users of the ancestor's subtree include the caller's own colleagues.
    ancestorResult: 'SOME',
  },
  webhookDeliveries: {
    document: connection('webhookDeliveries', 'endpointId: $e', '$e: ID!'),
    variables: async (fx, t, p, r) => ({ e: (await fx.endpoint(p, r, t.unit)).id }),
    allow: [...ADMINS, ...APPS],
    noRole: 'FORBIDDEN',
    outOfScope: 'EMPTY',
    ancestor: true,
  },
  webhookEndpoints: { document: connection('webhookEndpoints'), allow: [...ADMINS, ...APPS], noRole: 'FORBIDDEN', why: 'every app manages its own endpoints' },
  workingCalendar: { document: `{ workingCalendar(year: 2026) { __typename } }`, allow: CONFIG_READERS, noRole: 'FORBIDDEN' },
};

const complaintInputFor = async (fx: Fixtures, t: Target) => ({
  input: {
    kind: 'COMPLAINT',
    projectId: await fx.unitId(t.project),
    channel: 'PHONE',
    categoryCode: 'DEV_ENGINEERING',
    title: '矩阵检查',
    description: '授权矩阵创建的投诉',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    customers: [{ name: '王先生', phone: '13912345678', room: '3-1201' }],
  },
});

export const MUTATION_ROWS: Record<string, FieldRow> = {
  addCalendarYear: { document: m('addCalendarYear', 'AddCalendarYearInput'), variables: () => ({ input: { year: 2027 } }), allow: ['groupAdmin'], noRole: 'FORBIDDEN' },
  archiveComplaint: transition('archiveComplaint', 'ArchiveComplaintInput', { reason: '矩阵' }),
  assignRole: {
    document: m('assignRole', 'AssignRoleInput'),
    variables: async (fx, t) => ({ input: { userId: (await fx.user(t.unit)).id, role: 'CASE_READER', orgUnitId: await fx.unitId(t.unit) } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  commentOnAccountability: {
    document: m('commentOnAccountability', 'CommentOnAccountabilityInput'),
    variables: async (fx, t) => ({ input: { complaintId: (await fx.complaint(t)).id, text: '矩阵' } }),
    allow: [],
    noRole: 'FORBIDDEN',
    why: 'only group CR comments, and only on complaints sent to the group; the fixture is not (accountability.test.ts covers the allowed path)',
    outOfScope: 'FORBIDDEN',
  },
  concludeComplaint: transition('concludeComplaint', 'ConcludeComplaintInput', { planApproved: true, acceptingHouseholds: 1 }),
  confirmAccountabilityEnforced: {
    document: m('confirmAccountabilityEnforced', 'ConfirmAccountabilityEnforcedInput'),
    variables: async (fx, t) => {
      const c = await fx.complaint(t);
      return { input: { complaintId: c.id, version: c.version } };
    },
    allow: ['regionPerf'],
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
  },
  convertWarningToComplaint: transition('convertWarningToComplaint', 'ConvertWarningToComplaintInput'),
  createApiClient: {
    document: m('createApiClient', 'CreateApiClientInput'),
    variables: async (fx, t) => ({ input: { name: '矩阵应用', orgUnitId: await fx.unitId(t.unit), scopes: ['complaints:read'] } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  createCase: {
    document: m('createCase', 'CreateCaseInput'),
    variables: async (fx, t) => ({ input: { orgUnitId: await fx.unitId(t.unit), categoryCode: 'DEV_ENGINEERING', title: '矩阵案例', year: 2026 } }),
    allow: CASE_EDITORS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  createCaseFromComplaint: {
    document: m('createCaseFromComplaint', 'CreateCaseFromComplaintInput'),
    variables: async (fx, t) => ({ input: { complaintId: (await fx.complaint(t)).id } }),
    allow: ['regionCrExec'],
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    cells: { 'groupCr:own': 'FORBIDDEN' },
    why: 'group CR may write cases but not read this (not group-visible) complaint',
  },
  createCategory: {
    document: m('createCategory', 'CreateCategoryInput'),
    variables: () => ({ input: { code: `MX_${Math.random().toString(36).slice(2, 8).toUpperCase()}`, label: '矩阵分类', kind: 'COMPLAINT', department: 'ENGINEERING' } }),
    allow: ['groupAdmin'],
    noRole: 'FORBIDDEN',
  },
  createComplaint: {
    document: m('createComplaint', 'CreateComplaintInput'),
    variables: async (fx, t) => complaintInputFor(fx, t),
    allow: COMPLAINT_INTAKE,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    cells: { 'owner:sibling': 'ALLOWED' },
    why: 'the owner\'s sibling target is their own project again (a neighbour\'s complaint), where they may file',
  },
  createDepartment: {
    document: m('createDepartment', 'CreateDepartmentInput'),
    variables: async (fx, t) => ({ input: { orgUnitId: (await fx.freshUnit(t.unit)).id, type: 'LEGAL' } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  createOrgUnit: {
    document: m('createOrgUnit', 'CreateOrgUnitInput'),
    variables: async (fx, t) => ({ input: { parentId: await fx.unitId(t.unit), level: fx.childLevel(t.unit), name: '矩阵单元', code: `MX-${Math.random().toString(36).slice(2, 8)}` } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  createUser: {
    document: m('createUser', 'CreateUserInput'),
    variables: async (fx, t) => ({ input: { name: '矩阵用户', login: `mx.${Math.random().toString(36).slice(2, 10)}`, password: 'matrix-password-1', orgUnitId: await fx.unitId(t.unit) } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  createWebhookEndpoint: {
    document: m('createWebhookEndpoint', 'CreateWebhookEndpointInput'),
    variables: async (fx, t, p) => ({
      input: { url: 'https://hooks.example.com/kesu', events: ['complaint.created'], ...(p === 'client' || p === 'readClient' ? {} : { clientId: (await fx.apiClient(t.unit)).id }) },
    }),
    allow: [...ADMINS, 'client', 'readClient'],
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
    cells: { 'client:sibling': 'ALLOWED', 'client:ancestor': 'ALLOWED', 'readClient:sibling': 'ALLOWED', 'readClient:ancestor': 'ALLOWED' },
    why: 'an app always registers for itself; the target unit plays no part for it',
  },
  deleteDepartment: {
    document: m('deleteDepartment', 'DeleteDepartmentInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.department(t.unit, true)).id } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  deleteOrgUnit: {
    document: m('deleteOrgUnit', 'DeleteOrgUnitInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.freshUnit(t.unit)).id } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  deletePersistedOperation: {
    document: m('deletePersistedOperation', 'DeletePersistedOperationInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.persistedOperation(t.unit, true)).id } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
  deleteWebhookEndpoint: {
    document: m('deleteWebhookEndpoint', 'WebhookEndpointIdInput'),
    variables: async (fx, t, p, r) => ({ input: { id: (await fx.endpoint(p, r, t.unit, true)).id } }),
    allow: [...ADMINS, ...APPS],
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
  escalateComplaint: transition('escalateComplaint', 'EscalateComplaintInput', { reason: 'CUSTOMER_DISAGREES' }),
  exemptComplaintDeadline: transition('exemptComplaintDeadline', 'ExemptComplaintDeadlineInput', { reason: 'LONG_ENGINEERING_WORK', note: '矩阵' }),
  extendComplaintDeadline: transition('extendComplaintDeadline', 'ExtendComplaintDeadlineInput', { newDueAt: '2026-12-31T09:00:00Z', reason: '矩阵' }),
  issueOwnerToken: {
    document: m('issueOwnerToken', 'IssueOwnerTokenInput'),
    variables: async (fx, t) => ({ input: { phone: '13912345678', room: '3-1201', projectId: await fx.unitId(t.project) } }),
    allow: ['client'],
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
  },
  login: {
    document: m('login', 'LoginInput'),
    variables: () => ({ input: { login: 'ysf.agent', password: 'kesu-demo' } }),
    allow: [...STAFF, ...APPS, 'owner'],
    noRole: 'ALLOWED',
    anonymous: 'ALLOWED',
    why: 'public: signing in needs no token',
  },
  markComplaintInvalid: transition('markComplaintInvalid', 'MarkComplaintInvalidInput', { reason: '矩阵' }),
  moveOrgUnit: {
    document: m('moveOrgUnit', 'MoveOrgUnitInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.freshUnit(t.unit)).id, newParentId: await fx.unitId(t.unit) } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  overrideComplaintGrade: transition('overrideComplaintGrade', 'OverrideComplaintGradeInput', { gradeCode: 'A2', reason: '矩阵' }),
  publishCase: {
    document: m('publishCase', 'PublishCaseInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.draftCase(t.unit)).id } }),
    allow: CASE_EDITORS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  publishGradeScheme: {
    document: m('publishGradeScheme', 'PublishGradeSchemeInput'),
    variables: async (fx, t) => ({ input: { orgUnitId: await fx.unitId(t.unit), presetCode: 'CG_KEY_EVENTS', effectiveFrom: '2030-01-01T00:00:00Z' } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  reclassifyComplaint: transition('reclassifyComplaint', 'ReclassifyComplaintInput', { toKind: 'DEMAND', categoryCode: 'DM_CONSULTING', reason: '矩阵' }),
  recordAccountability: {
    document: m('recordAccountability', 'RecordAccountabilityInput'),
    variables: async (fx, t) => {
      const c = await fx.complaint(t);
      return { input: { complaintId: c.id, version: c.version, conclusion: '矩阵', parties: [{ kind: 'CONTRACTOR', name: '某施工单位', share: 100, penalty: 'BONUS_WITHHELD' }] } };
    },
    allow: ['regionCrExec'],
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
  },
  recordReturnVisit: transition('recordReturnVisit', 'RecordReturnVisitInput', { method: 'ON_SITE', score: 5 }),
  registerPersistedOperations: {
    document: m('registerPersistedOperations', 'RegisterPersistedOperationsInput'),
    variables: async (fx, t) => ({ input: { clientId: (await fx.apiClient(t.unit)).id, operations: [{ name: 'Me', query: '{ me { user { id } } }' }] } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
  reopenComplaint: transition('reopenComplaint', 'ReopenComplaintInput', { reason: '矩阵' }),
  replayWebhookDelivery: {
    document: m('replayWebhookDelivery', 'ReplayWebhookDeliveryInput'),
    variables: () => ({ input: { id: Buffer.from('WebhookDelivery:00000000-0000-4000-8000-000000000000').toString('base64url') } }),
    allow: [...ADMINS, ...APPS],
    result: 'NOT_FOUND',
    noRole: 'FORBIDDEN',
    why: 'no delivery exists without a delivery run; an unknown one must be NOT_FOUND for those who may replay and FORBIDDEN for the rest',
  },
  resetUserPassword: {
    document: m('resetUserPassword', 'ResetUserPasswordInput'),
    variables: async (fx, t) => ({ input: { userId: (await fx.user(t.unit)).id, password: 'matrix-reset-1234' } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  respondToComplaint: transition('respondToComplaint', 'RespondToComplaintInput'),
  returnCaseToDraft: {
    document: m('returnCaseToDraft', 'ReturnCaseToDraftInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.draftCase(t.unit)).id, note: '矩阵' } }),
    allow: CASE_EDITORS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  revokeApiClient: {
    document: m('revokeApiClient', 'ApiClientIdInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.apiClient(t.unit, true)).id } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
  revokeRole: {
    document: m('revokeRole', 'RevokeRoleInput'),
    variables: async (fx, t) => ({ input: { userId: (await fx.user(t.unit, true)).id, role: 'CASE_READER', orgUnitId: await fx.unitId(t.unit) } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  rotateApiClientKey: {
    document: m('rotateApiClientKey', 'ApiClientIdInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.apiClient(t.unit, true)).id } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
  rotateWebhookSecret: {
    document: m('rotateWebhookSecret', 'WebhookEndpointIdInput'),
    variables: async (fx, t, p, r) => ({ input: { id: (await fx.endpoint(p, r, t.unit)).id } }),
    allow: [...ADMINS, ...APPS],
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
  setCalendarDay: {
    document: m('setCalendarDay', 'SetCalendarDayInput'),
    variables: () => ({ input: { date: '2026-12-26', isWorkday: true, name: '矩阵' } }),
    allow: ['groupAdmin'],
    noRole: 'FORBIDDEN',
  },
  startExternalReview: transition('startExternalReview', 'StartExternalReviewInput', { method: 'ARBITRATION' }),
  startHandling: transition('startHandling', 'StartHandlingInput'),
  startInternalReview: transition('startInternalReview', 'StartInternalReviewInput'),
  submitCaseForReview: {
    document: m('submitCaseForReview', 'SubmitCaseForReviewInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.draftCase(t.unit)).id } }),
    allow: CASE_EDITORS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
    why: 'every person may update the drafts they wrote, so the type-level check passes and the row check refuses',
  },
  submitOwnerRating: {
    document: m('submitOwnerRating', 'SubmitOwnerRatingInput'),
    variables: async (fx, t) => ({ input: { ...(await fx.complaint(t)), score: 5 } }),
    allow: ['owner'],
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
  },
  updateApiClient: {
    document: m('updateApiClient', 'UpdateApiClientInput'),
    variables: async (fx, t) => ({ input: { ...(await fx.apiClient(t.unit)), name: '矩阵应用（改）' } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
  updateCase: {
    document: m('updateCase', 'UpdateCaseInput'),
    variables: async (fx, t) => ({ input: { ...(await fx.draftCase(t.unit)), title: '矩阵案例（改）' } }),
    allow: CASE_EDITORS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
    why: 'as submitCaseForReview: authors may update their own drafts',
  },
  updateCategory: {
    document: m('updateCategory', 'UpdateCategoryInput'),
    variables: async (fx) => ({ input: { ...(await fx.category()), label: '矩阵分类（改）' } }),
    allow: ['groupAdmin'],
    noRole: 'FORBIDDEN',
  },
  updateOrgUnit: {
    document: m('updateOrgUnit', 'UpdateOrgUnitInput'),
    variables: async (fx, t) => ({ input: { id: (await fx.freshUnit(t.unit)).id, name: '矩阵单元（改）' } }),
    allow: ADMINS,
    noRole: 'FORBIDDEN',
    outOfScope: 'FORBIDDEN',
    ancestor: true,
  },
  updateWebhookEndpoint: {
    document: m('updateWebhookEndpoint', 'UpdateWebhookEndpointInput'),
    variables: async (fx, t, p, r) => ({ input: { ...(await fx.endpoint(p, r, t.unit)), active: false } }),
    allow: [...ADMINS, ...APPS],
    noRole: 'FORBIDDEN',
    outOfScope: 'NOT_FOUND',
    ancestor: true,
  },
};

export const SUBSCRIPTION_ROWS: Record<string, FieldRow> = {
  complaintUpdated: {
    document: `subscription($id: ID) { complaintUpdated(id: $id) { id } }`,
    variables: async (fx, t) => ({ id: (await fx.complaint(t)).id }),
    allow: COMPLAINT_READERS,
    noRole: 'FORBIDDEN',
    outOfScope: 'EMPTY',
    cells: { 'groupCr:own': 'EMPTY', 'owner:own': 'EMPTY', 'owner:sibling': 'EMPTY' },
    why: 'EMPTY: subscribed, but nothing is delivered. Group CR gets only group-visible complaints; owners get no live updates (the scope filter knows projects, not owners: it fails closed)',
  },
};

/** node(id) for every type implementing Node: which object, and who reads it in their own subtree. */
export interface NodeRow {
  object: (fx: Fixtures, target: Target, principal: Principal, relation: Relation) => Promise<{ id: string }>;
  allow: readonly Principal[];
  ancestor?: boolean;
  /** Types readable group-wide (configuration, published cases): only the own cell. */
  groupWide?: boolean;
  /** Exceptions, `principal:relation`. */
  cells?: Partial<Record<`${Principal}:${Relation}`, Outcome>>;
}

export const NODE_ROWS: Record<string, NodeRow> = {
  ApiClient: { object: (fx, t) => fx.apiClient(t.unit), allow: ADMINS, ancestor: true },
  Case: { object: (fx, t) => fx.draftCase(t.unit), allow: CASE_EDITORS, ancestor: true },
  Category: { object: (fx) => fx.category(), allow: CONFIG_READERS, groupWide: true },
  Complaint: { object: (fx, t) => fx.complaint(t), allow: [...COMPLAINT_READERS, 'owner'] },
  Department: { object: (fx, t) => fx.department(t.unit), allow: STAFF, ancestor: true },
  OrgUnit: {
    object: async (fx, t) => ({ id: await fx.unitId(t.unit) }),
    allow: [...STAFF, ...APPS, 'owner'],
    ancestor: true,
    // The owner reads their own project (the name on their complaints); their sibling target is that project too.
    cells: { 'owner:sibling': 'ALLOWED' },
  },
  PersistedOperation: { object: (fx, t) => fx.persistedOperation(t.unit), allow: ADMINS, ancestor: true },
  RoleAssignment: { object: (fx, t) => fx.user(t.unit).then((user) => ({ id: user.assignmentId })), allow: STAFF, ancestor: true },
  User: { object: (fx, t) => fx.user(t.unit), allow: STAFF, ancestor: true },
  WebhookEndpoint: { object: (fx, t, p, r) => fx.endpoint(p, r, t.unit), allow: [...ADMINS, ...APPS], ancestor: true },
};
