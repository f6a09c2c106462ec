import { toGlobalId } from '../src/graphql/global-id.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import type { GraphQLResponse, TestApp } from '../src/testing/test-app.js';

/** Global id of a demo org unit by its code. */
export async function unitId(app: TestApp, code: string): Promise<string> {
  return toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
}

export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3600_000).toISOString();
}

export const COMPLAINT_FIELDS = 'id number status version customers { name phone room }';

/** A valid createComplaint input for a project; `override` replaces any field. */
export function complaintInput(projectId: string, override: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'COMPLAINT',
    projectId,
    channel: 'PHONE',
    categoryCode: 'DEV_ENGINEERING',
    title: '卫生间渗水',
    description: '3 栋 1201 卫生间天花板渗水，已持续一周。',
    receivedAt: hoursAgo(1),
    customers: [{ name: '王先生', phone: '13912345678', room: '3-1201' }],
    ...override,
  };
}

export interface ComplaintRef {
  id: string;
  number: string;
  status: string;
  version: number;
  customers: { name: string; phone: string | null; room: string | null }[];
}

/** Creates a complaint through the API and fails loudly when that does not work (a fixture, not a check). */
export async function createComplaint(app: TestApp, login: string, projectCode: string, override: Record<string, unknown> = {}): Promise<ComplaintRef> {
  const res = await app.gql(
    `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { ${COMPLAINT_FIELDS} } } }`,
    { input: complaintInput(await unitId(app, projectCode), override) },
    await app.tokenFor(login),
  );
  if (!res.data?.createComplaint) throw new Error(`fixture complaint by ${login} at ${projectCode}: ${JSON.stringify(res.errors)}`);
  return res.data.createComplaint.complaint as ComplaintRef;
}

/** The error codes of a response, in order. */
export const codesOf = (res: GraphQLResponse): string[] => (res.errors ?? []).map((error) => String(error.extensions?.code));

/** Rows of the tables a write touches, to prove a refused call wrote nothing. */
export async function rowCounts(app: TestApp): Promise<Record<string, number>> {
  const rows = await app.orm.em
    .getConnection()
    .execute<{ name: string; count: string }[]>(
      `select 'complaint' as name, count(*) from complaint union all select 'complaint_event', count(*) from complaint_event
       union all select 'org_unit', count(*) from org_unit union all select 'app_user', count(*) from app_user
       union all select 'role_assignment', count(*) from role_assignment union all select 'case', count(*) from "case"
       union all select 'category', count(*) from category union all select 'api_client', count(*) from api_client
       union all select 'accountability', count(*) from accountability union all select 'webhook_endpoint', count(*) from webhook_endpoint
       union all select 'department', count(*) from department union all select 'grade_scheme_version', count(*) from grade_scheme_version
       union all select 'calendar_day', count(*) from calendar_day union all select 'return_visit', count(*) from return_visit`,
    );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.count)]));
}

export interface CaseRef {
  id: string;
  version: number;
  status: string;
}

async function caseMutation(app: TestApp, login: string, mutation: string, input: Record<string, unknown>): Promise<CaseRef> {
  const inputType = mutation[0]!.toUpperCase() + mutation.slice(1) + 'Input';
  const res = await app.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { case { id version status } } }`, { input }, await app.tokenFor(login));
  if (!res.data?.[mutation]) throw new Error(`fixture ${mutation} by ${login}: ${JSON.stringify(res.errors)}`);
  return res.data[mutation].case as CaseRef;
}

/** A case written at the south region: a draft, or published and edited once (so it has a revision). */
export async function southCase(app: TestApp, state: 'DRAFT' | 'PUBLISHED'): Promise<CaseRef> {
  const draft = await caseMutation(app, 'south.cr.exec', 'createCase', {
    orgUnitId: await unitId(app, 'HY-SC'),
    categoryCode: 'DEV_ENGINEERING',
    title: '交付前一户一验的培训案例',
    background: '交付后集中报修渗水。',
    year: 2026,
  });
  if (state === 'DRAFT') return draft;
  await caseMutation(app, 'south.cr.exec', 'submitCaseForReview', { id: draft.id });
  const published = await caseMutation(app, 'south.cr.lead', 'publishCase', { id: draft.id });
  return caseMutation(app, 'south.cr.exec', 'updateCase', { id: published.id, version: published.version, title: '交付前一户一验（修订）' });
}
