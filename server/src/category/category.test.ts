import { DEFAULT_CATEGORIES } from '@kesu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { Category } from './category.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const LIST = `query($kind: ComplaintKind, $includeInactive: Boolean! = false) {
  categories(kind: $kind, includeInactive: $includeInactive) { id code label kind department departmentLabel description active sortOrder version }
}`;
const CREATE = `mutation($input: CreateCategoryInput!) {
  createCategory(input: $input) { category { id code label kind department departmentLabel description active sortOrder version } }
}`;
const UPDATE = `mutation($input: UpdateCategoryInput!) {
  updateCategory(input: $input) { category { id code label department description active sortOrder version } }
}`;

const categoryCount = () => app.orm.em.fork().count(Category, {});
const row = (code: string) => app.orm.em.fork().findOneOrFail(Category, { code });

const COMPLAINT_CODES = DEFAULT_CATEGORIES.filter((c) => c.kind === 'COMPLAINT').map((c) => c.code);
const DEMAND_CODES = DEFAULT_CATEGORIES.filter((c) => c.kind === 'DEMAND').map((c) => c.code);

describe('categories', () => {
  it('lists the group taxonomy to anyone in the group, in order, with Chinese labels', async () => {
    const res = await app.gql(LIST, {}, await app.tokenFor('ysf.agent'));
    expect(res.errors).toBeUndefined();
    const list = res.data!.categories;
    expect(list.map((c: any) => c.code)).toEqual([...COMPLAINT_CODES, ...DEMAND_CODES]);
    expect(list[0]).toMatchObject({
      code: 'DEV_ENGINEERING',
      label: '工程管理类',
      kind: 'COMPLAINT',
      department: 'ENGINEERING',
      departmentLabel: '工程部',
      active: true,
      version: 1,
    });
    expect(Buffer.from(list[0].id, 'base64url').toString()).toMatch(/^Category:/);
  });

  it('maps complaint kinds to their taxonomy: warnings use the complaint one', async () => {
    const token = await app.tokenFor('east.cr.exec');
    const codes = async (kind: string) => (await app.gql(LIST, { kind }, token)).data!.categories.map((c: any) => c.code);
    expect(await codes('COMPLAINT')).toEqual(COMPLAINT_CODES);
    expect(await codes('WARNING')).toEqual(COMPLAINT_CODES);
    expect(await codes('DEMAND')).toEqual(DEMAND_CODES);
  });

  it('node(id) reaches a category of the own group', async () => {
    const category = await row('DM_OTHER');
    const id = toGlobalId('Category', category.id);
    const res = await app.gql(`query($id: ID!) { node(id: $id) { id ... on Category { code label } } }`, { id }, await app.tokenFor('ysf.head'));
    expect(res.data!.node).toEqual({ id, code: 'DM_OTHER', label: '其它' });
  });

  it('requires a signed-in caller', async () => {
    const res = await app.gql(LIST, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('createCategory', () => {
  it('the group admin adds a category, placed last in its taxonomy', async () => {
    const res = await app.gql(
      CREATE,
      { input: { code: 'DM_PARKING', label: '车位咨询', kind: 'DEMAND', department: 'MARKETING', description: '车位销售与租赁咨询' } },
      await app.tokenFor('admin'),
    );
    expect(res.errors).toBeUndefined();
    const created = res.data!.createCategory.category;
    expect(created).toMatchObject({ code: 'DM_PARKING', kind: 'DEMAND', departmentLabel: '营销部', active: true, version: 1 });
    const demands = (await app.gql(LIST, { kind: 'DEMAND' }, await app.tokenFor('ysf.agent'))).data!.categories;
    expect(demands.at(-1).code).toBe('DM_PARKING');
    expect(created.sortOrder).toBeGreaterThan(demands.at(-2).sortOrder);
  });

  it('a region admin or a project head may not, and nothing is written', async () => {
    const before = await categoryCount();
    for (const login of ['south.admin', 'ysf.head']) {
      const res = await app.gql(
        CREATE,
        { input: { code: 'X_NOPE', label: '越权', kind: 'COMPLAINT', department: 'ENGINEERING' } },
        await app.tokenFor(login),
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    expect(await categoryCount()).toBe(before);
  });

  it.each([
    [{ code: 'DEV_ENGINEERING' }, 'code'],
    [{ code: 'bad code!' }, 'code'],
    [{ label: '  ' }, 'label'],
    [{ sortOrder: -1 }, 'sortOrder'],
    [{ department: 'NOPE' }, 'department'],
  ])('refuses bad input %j naming the field, writing nothing', async (patch, field) => {
    const before = await categoryCount();
    const input = { code: 'NEW_ONE', label: '新分类', kind: 'COMPLAINT', department: 'ENGINEERING', ...patch };
    const res = await app.gql(CREATE, { input }, await app.tokenFor('admin'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await categoryCount()).toBe(before);
  });
});

describe('updateCategory', () => {
  it('edits, deactivates (hidden unless asked for) and bumps the version', async () => {
    const token = await app.tokenFor('admin');
    const before = await row('PM_ORDER');
    const res = await app.gql(
      UPDATE,
      { input: { id: toGlobalId('Category', before.id), version: before.version, label: '秩序与安防', department: 'PROPERTY', active: false, sortOrder: 5 } },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCategory.category).toMatchObject({ code: 'PM_ORDER', label: '秩序与安防', active: false, sortOrder: 5, version: before.version + 1 });
    const active = (await app.gql(LIST, { kind: 'COMPLAINT' }, token)).data!.categories.map((c: any) => c.code);
    expect(active).not.toContain('PM_ORDER');
    const all = (await app.gql(LIST, { kind: 'COMPLAINT', includeInactive: true }, token)).data!.categories.map((c: any) => c.code);
    expect(all).toContain('PM_ORDER');
  });

  it('a stale version is CONFLICT and changes nothing', async () => {
    const before = await row('PM_HOUSING');
    const input = { id: toGlobalId('Category', before.id), version: before.version, label: '房屋' };
    const token = await app.tokenFor('admin');
    expect((await app.gql(UPDATE, { input }, token)).errors).toBeUndefined();
    const stale = await app.gql(UPDATE, { input: { ...input, label: '覆盖' } }, token);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await row('PM_HOUSING');
    expect(after.label).toBe('房屋');
    expect(after.version).toBe(before.version + 1);
  });

  it('outside the group admin role: FORBIDDEN, nothing changes', async () => {
    const before = await row('DEV_MARKETING');
    const input = { id: toGlobalId('Category', before.id), version: before.version, label: '越权' };
    for (const login of ['south.admin', 'group.cr']) {
      const res = await app.gql(UPDATE, { input }, await app.tokenFor(login));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const after = await row('DEV_MARKETING');
    expect(after.label).toBe(before.label);
    expect(after.version).toBe(before.version);
  });

  it('bad input names the field; an unknown id is NOT_FOUND', async () => {
    const before = await row('DEV_PLANNING_DESIGN');
    const token = await app.tokenFor('admin');
    const empty = await app.gql(UPDATE, { input: { id: toGlobalId('Category', before.id), version: before.version, label: '' } }, token);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'label' });
    const wrongType = await app.gql(UPDATE, { input: { id: toGlobalId('OrgUnit', before.id), version: 1 } }, token);
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const unknown = await app.gql(UPDATE, { input: { id: toGlobalId('Category', '00000000-0000-4000-8000-000000000000'), version: 1 } }, token);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await row('DEV_PLANNING_DESIGN')).version).toBe(before.version);
  });
});
