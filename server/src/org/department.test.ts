import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { Department } from './department.entity.js';
import { OrgUnit } from './org-unit.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
const departmentCount = () => app.orm.em.fork().count(Department, {});
const CREATE = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id type typeLabel name } } }`;
const DELETE = `mutation($input: DeleteDepartmentInput!) { deleteDepartment(input: $input) { deletedId } }`;
const DEPARTMENTS = `query($id: ID!) { node(id: $id) { ... on OrgUnit { departments { type } } } }`;

describe('departments', () => {
  it('an admin adds and removes a department in scope', async () => {
    const token = await app.tokenFor('south.admin');
    const created = await app.gql(CREATE, { input: { orgUnitId: await unitId('HY-SC-FS'), type: 'ENGINEERING' } }, token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDepartment.department).toMatchObject({ type: 'ENGINEERING', typeLabel: '工程部', name: '工程部' });
    const listed = await app.gql(DEPARTMENTS, { id: await unitId('HY-SC-FS') }, token);
    expect(listed.data!.node.departments.map((d: { type: string }) => d.type)).toContain('ENGINEERING');
    const removed = await app.gql(DELETE, { input: { id: created.data!.createDepartment.department.id } }, token);
    expect(removed.errors).toBeUndefined();
    const after = await app.gql(DEPARTMENTS, { id: await unitId('HY-SC-FS') }, token);
    expect(after.data!.node.departments.map((d: { type: string }) => d.type)).not.toContain('ENGINEERING');
  });

  it('refuses a second department of the same type, naming the field', async () => {
    const before = await departmentCount();
    const res = await app.gql(CREATE, { input: { orgUnitId: await unitId('HY-SC'), type: 'LEGAL' } }, await app.tokenFor('admin'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
    expect(await departmentCount()).toBe(before);
  });

  it('outside the scope: nothing is seen, nothing changes', async () => {
    const before = await departmentCount();
    const southAdmin = await app.tokenFor('south.admin');
    const create = await app.gql(CREATE, { input: { orgUnitId: await unitId('HY-EC'), type: 'ENGINEERING', name: '越权' } }, southAdmin);
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const east = await app.orm.em.fork().findOneOrFail(Department, { orgUnit: { code: 'HY-EC' }, type: 'LEGAL' });
    const del = await app.gql(DELETE, { input: { id: toGlobalId('Department', east.id) } }, southAdmin);
    expect(del.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notAdmin = await app.gql(CREATE, { input: { orgUnitId: await unitId('HY-GZ-YSF'), type: 'DESIGN' } }, await app.tokenFor('ysf.head'));
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const seen = await app.gql(DEPARTMENTS, { id: await unitId('HY-EC') }, southAdmin);
    expect(seen.data!.node).toBeNull();
    expect(await departmentCount()).toBe(before);
  });
});

describe('deleteOrgUnit and updateOrgUnit in scope', () => {
  const DELETE_UNIT = `mutation($input: DeleteOrgUnitInput!) { deleteOrgUnit(input: $input) { deletedId } }`;
  const UPDATE = `mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { orgUnit { name code version } } }`;

  it('refuses to delete a unit that still has children or people, and deletes an empty one', async () => {
    const token = await app.tokenFor('south.admin');
    const count = () => app.orm.em.fork().count(OrgUnit, {});
    const before = await count();
    const withChildren = await app.gql(DELETE_UNIT, { input: { id: await unitId('HY-SC-GZ') } }, token);
    expect(withChildren.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(withChildren.errors?.[0]?.message).toContain('下级单元');
    const withPeople = await app.gql(DELETE_UNIT, { input: { id: await unitId('HY-GZ-YSF-SC') } }, token);
    expect(withPeople.errors?.[0]?.message).toContain('人员');
    expect(await count()).toBe(before);
    const empty = await unitId('HY-GZ-ZJW-SC');
    const ok = await app.gql(DELETE_UNIT, { input: { id: empty } }, token);
    expect(ok.data!.deleteOrgUnit.deletedId).toBe(empty);
    expect(await count()).toBe(before - 1);
    const outside = await app.gql(DELETE_UNIT, { input: { id: await unitId('HY-SZ-TPH-SC') } }, token);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before - 1);
  });

  it('renames with optimistic locking: a stale version is a CONFLICT and changes nothing', async () => {
    const token = await app.tokenFor('admin');
    const id = await unitId('HY-SZ-JJH');
    const current = (await app.orm.em.fork().findOneOrFail(OrgUnit, { code: 'HY-SZ-JJH' })).version;
    const renamed = await app.gql(UPDATE, { input: { id, name: '苏州·金鸡湖壹号（二期）', version: current } }, token);
    expect(renamed.data!.updateOrgUnit.orgUnit).toMatchObject({ name: '苏州·金鸡湖壹号（二期）', version: current + 1 });
    const stale = await app.gql(UPDATE, { input: { id, name: '过期的修改', version: current } }, token);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await app.orm.em.fork().findOneOrFail(OrgUnit, { code: 'HY-SZ-JJH' })).name).toBe('苏州·金鸡湖壹号（二期）');
  });
});
