import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, TEST_TOKEN_SECRET, type TestApp } from '../testing/test-app.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { User } from './user.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id name } } }`;
const ME = `{ me { user { id name } roles { role orgUnit { id name level } } rules } }`;

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
const userId = async (login: string) => toGlobalId('User', (await app.orm.em.fork().findOneOrFail(User, { login })).id);
const grantCount = () => app.orm.em.fork().count(RoleAssignment, {});

describe('login', () => {
  it('returns a token that opens me', async () => {
    const res = await app.gql(LOGIN, { input: { login: 'YSF.Head', password: 'kesu-demo' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user.name).toBe('吴云山');
    const me = await app.gql(ME, {}, res.data!.login.token);
    expect(me.data!.me.roles).toEqual([{ role: 'PROJECT_HEAD', orgUnit: expect.objectContaining({ name: '广州·云山府', level: 'PROJECT' }) }]);
    expect(Array.isArray(me.data!.me.rules)).toBe(true);
    expect(JSON.stringify(me.data!.me.rules)).toContain('$startsWith');
  });

  it('answers a wrong password and an unknown login with the same UNAUTHENTICATED', async () => {
    const wrong = await app.gql(LOGIN, { input: { login: 'admin', password: 'not-the-password' } });
    const unknown = await app.gql(LOGIN, { input: { login: 'nobody-here', password: 'not-the-password' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.data).toBeNull();
  });

  it('refuses an expired token', async () => {
    const id = (await app.orm.em.fork().findOneOrFail(User, { login: 'admin' })).id;
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(id)
      .setIssuer('kesu')
      .setAudience('kesu-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(TEST_TOKEN_SECRET));
    const res = await app.gql(ME, {}, expired);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toContain('过期');
  });

  it('refuses a tampered token, a token signed with another secret, and garbage', async () => {
    const good = await app.tokenFor('ysf.head');
    const [header, payload, signature] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const adminId = (await app.orm.em.fork().findOneOrFail(User, { login: 'admin' })).id;
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, sub: adminId })).toString('base64url');
    const foreign = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(adminId).setIssuer('kesu').setAudience('kesu-api')
      .setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    for (const token of [`${header}.${forgedPayload}.${signature}`, foreign, 'garbage']) {
      const res = await app.gql(ME, {}, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    }
  });

  it('asks for a login when no token is sent', async () => {
    const res = await app.gql(ME);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('users', () => {
  const USERS = `query($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount edges { node { login roles { role orgUnit { name } } } } } }`;

  it('lists exactly the people of the caller subtree', async () => {
    const south = await app.gql(USERS, {}, await app.tokenFor('south.cr.exec'));
    const logins = south.data!.users.edges.map((e: any) => e.node.login).sort();
    expect(logins).toEqual(['fs.head', 'gz.head', 'south.admin', 'south.cr.exec', 'south.cr.lead', 'south.eng', 'south.perf', 'south.president', 'ysf.agent', 'ysf.head', 'ysf.sc'].sort());
    const project = await app.gql(USERS, {}, await app.tokenFor('ysf.sc'));
    expect(project.data!.users.edges.map((e: any) => e.node.login)).toEqual(['ysf.sc']);
  });

  it('filters by role without revealing grants outside the scope', async () => {
    const res = await app.gql(USERS, { filter: { role: 'PROJECT_HEAD' } }, await app.tokenFor('south.admin'));
    expect(res.data!.users.edges.map((e: any) => e.node.login)).toEqual(['ysf.head']);
    const all = await app.gql(USERS, { filter: { role: 'PROJECT_HEAD' } }, await app.tokenFor('admin'));
    expect(all.data!.users.totalCount).toBe(2);
  });

  it('creates a user in scope with a hashed password, and refuses bad input naming the field', async () => {
    const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id login orgUnit { name } } } }`;
    const token = await app.tokenFor('south.admin');
    const ok = await app.gql(CREATE, { input: { name: '新同事', login: 'New.Colleague', password: 'long-enough', phone: '13912345678', orgUnitId: await unitId('HY-GZ-YSF') } }, token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createUser.user).toMatchObject({ login: 'new.colleague', orgUnit: { name: '广州·云山府' } });
    const stored = await app.orm.em.fork().findOneOrFail(User, { login: 'new.colleague' }, { populate: ['passwordHash'] });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const before = await app.orm.em.fork().count(User, {});
    const cases: [Record<string, string>, string][] = [
      [{ name: '' }, 'name'],
      [{ login: 'new.colleague' }, 'login'],
      [{ password: 'short' }, 'password'],
      [{ phone: '12345' }, 'phone'],
    ];
    for (const [override, field] of cases) {
      const res = await app.gql(CREATE, { input: { name: '甲', login: 'someone.else', password: 'long-enough', ...override } }, token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const outside = await app.gql(CREATE, { input: { name: '越权', login: 'east.new', password: 'long-enough', orgUnitId: await unitId('HY-EC') } }, token);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.orm.em.fork().count(User, {})).toBe(before);
  });
});

describe('assignRole and revokeRole', () => {
  const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { assignment { role orgUnit { name } } user { login } } }`;
  const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { user { login roles { role } } } }`;

  it('grants in scope, idempotently, and the grant widens what the person sees', async () => {
    const token = await app.tokenFor('south.admin');
    const input = { userId: await userId('south.eng'), role: 'CS_AGENT', orgUnitId: await unitId('HY-GZ-ZJW') };
    const first = await app.gql(ASSIGN, { input }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.assignRole.assignment).toEqual({ role: 'CS_AGENT', orgUnit: { name: '广州·珠江湾' } });
    const count = await grantCount();
    await app.gql(ASSIGN, { input }, token);
    expect(await grantCount()).toBe(count);
    const revoked = await app.gql(REVOKE, { input }, token);
    expect(revoked.data!.revokeRole.user.roles).toEqual([{ role: 'DEPARTMENT_STAFF' }]);
  });

  it('outside the scope → FORBIDDEN and nothing changes', async () => {
    const before = await grantCount();
    const southAdmin = await app.tokenFor('south.admin');
    const eastUnit = await app.gql(ASSIGN, { input: { userId: await userId('south.eng'), role: 'CS_AGENT', orgUnitId: await unitId('HY-HZ-XXL') } }, southAdmin);
    expect(eastUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const eastUser = await app.gql(ASSIGN, { input: { userId: await userId('xxl.head'), role: 'CS_AGENT', orgUnitId: await unitId('HY-GZ-YSF') } }, southAdmin);
    expect(eastUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notAdmin = await app.gql(ASSIGN, { input: { userId: await userId('ysf.agent'), role: 'PROJECT_HEAD', orgUnitId: await unitId('HY-GZ-YSF') } }, await app.tokenFor('ysf.head'));
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const revokeOutside = await app.gql(REVOKE, { input: { userId: await userId('xxl.head'), role: 'PROJECT_HEAD', orgUnitId: await unitId('HY-HZ-XXL') } }, southAdmin);
    expect(revokeOutside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await grantCount()).toBe(before);
  });

  it('refuses a role at a level where it cannot be held', async () => {
    const res = await app.gql(ASSIGN, { input: { userId: await userId('south.eng'), role: 'PROJECT_HEAD', orgUnitId: await unitId('HY-SC-GZ') } }, await app.tokenFor('admin'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });
});

describe('first responsible person (RULES.md §6)', () => {
  const QUERY = `query($id: ID!) { firstResponsiblePerson(projectId: $id) { name } }`;

  it('is the project head when there is one', async () => {
    const res = await app.gql(QUERY, { id: await unitId('HY-GZ-YSF') }, await app.tokenFor('admin'));
    expect(res.data!.firstResponsiblePerson).toEqual({ name: '吴云山' });
  });

  it('falls back to the city head, or the area head, above a project without one', async () => {
    const city = await app.gql(QUERY, { id: await unitId('HY-GZ-ZJW') }, await app.tokenFor('admin'));
    expect(city.data!.firstResponsiblePerson).toEqual({ name: '郑广源' });
    const area = await app.gql(QUERY, { id: await unitId('HY-FS-CY') }, await app.tokenFor('admin'));
    expect(area.data!.firstResponsiblePerson).toEqual({ name: '邓佛安' });
  });

  it('is null when nobody holds any of those roles, and null outside the scope', async () => {
    const none = await app.gql(QUERY, { id: await unitId('HY-SZ-JJH') }, await app.tokenFor('admin'));
    expect(none.errors).toBeUndefined();
    expect(none.data!.firstResponsiblePerson).toBeNull();
    const outside = await app.gql(QUERY, { id: await unitId('HY-GZ-YSF') }, await app.tokenFor('east.cr.exec'));
    expect(outside.data!.firstResponsiblePerson).toBeNull();
  });
});

describe('resetUserPassword', () => {
  const RESET = `mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { user { login } } }`;

  it('lets an admin in scope set a new password that then signs in', async () => {
    const res = await app.gql(RESET, { input: { userId: await userId('ysf.agent'), password: 'new-password-1' } }, await app.tokenFor('south.admin'));
    expect(res.errors).toBeUndefined();
    const login = await app.gql(LOGIN, { input: { login: 'ysf.agent', password: 'new-password-1' } });
    expect(login.data!.login.user.name).toBe('张晓雯');
  });

  it('outside the scope or without the role → FORBIDDEN, and the old password still works', async () => {
    const hashOf = async () => (await app.orm.em.fork().findOneOrFail(User, { login: 'xxl.head' }, { populate: ['passwordHash'] })).passwordHash;
    const before = await hashOf();
    const outside = await app.gql(RESET, { input: { userId: await userId('xxl.head'), password: 'taken-over-1' } }, await app.tokenFor('south.admin'));
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notAdmin = await app.gql(RESET, { input: { userId: await userId('ysf.sc'), password: 'taken-over-1' } }, await app.tokenFor('ysf.head'));
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await hashOf()).toBe(before);
  });

  it('a user in another region is invisible through node(id)', async () => {
    const res = await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: await userId('xxl.head') }, await app.tokenFor('south.admin'));
    expect(res.data!.node).toBeNull();
  });
});
