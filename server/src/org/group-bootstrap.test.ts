import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { bootstrapGroup } from './group-bootstrap.service.js';
import { provisionAllGroups } from './group-provisioning.service.js';
import { OrgUnit } from './org-unit.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app?.close());

const PASSWORD = 'our-own-admin-password';
const login = (password: string) =>
  app.gql<{ login: { token: string } | null }>('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login: 'admin', password } });

describe('the first group on an empty database (KESU_BOOTSTRAP_GROUP)', () => {
  it('creates the group and an administrator who signs in and builds the structure; a second start creates nothing', async () => {
    expect(await app.orm.em.fork().count(OrgUnit, {})).toBe(0);
    expect(await bootstrapGroup(app.orm.em.fork(), { code: 'XY', name: '新阳集团' }, PASSWORD)).toBe(true);
    await provisionAllGroups(app.orm.em.fork());

    expect((await login('kesu-admin')).data?.login ?? null).toBeNull();
    const token = (await login(PASSWORD)).data!.login!.token;
    const me = await app.gql(`{ me { roles { role orgUnit { id name level } } } }`, {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.roles).toEqual([{ role: 'ADMIN', orgUnit: { id: expect.any(String), name: '新阳集团', level: 'GROUP' } }]);
    const region = await app.gql(
      `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { name level } } }`,
      { input: { parentId: me.data!.me.roles[0].orgUnit.id, level: 'REGION', name: '华南区域', code: 'XY-SC' } },
      token,
    );
    expect(region.errors).toBeUndefined();
    expect(region.data!.createOrgUnit.orgUnit).toEqual({ name: '华南区域', level: 'REGION' });

    expect(await bootstrapGroup(app.orm.em.fork(), { code: 'ZZ', name: '另一个集团' }, 'another-password')).toBe(false);
    expect(await app.orm.em.fork().count(OrgUnit, { level: 'GROUP' })).toBe(1);
    expect((await login('another-password')).data?.login ?? null).toBeNull();
  });
});
