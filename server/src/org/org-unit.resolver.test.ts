import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, startTestApp, type TestApp } from '../testing/test-app.js';
import { demoScopes } from '../testing/demo-org.js';
import { OrgUnit } from './org-unit.entity.js';
import { toGlobalId } from '../graphql/global-id.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const LIST = `query($first: Int, $after: String, $filter: OrgUnitFilter) {
  orgUnits(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id code name level } }
  }
}`;

async function idOfCode(code: string): Promise<string> {
  const unit = await app.orm.em.fork().findOneOrFail(OrgUnit, { code });
  return toGlobalId('OrgUnit', unit.id);
}

async function unitRow(code: string) {
  return app.orm.em.fork().findOneOrFail(OrgUnit, { code });
}

async function unitCount() {
  return app.orm.em.fork().count(OrgUnit, {});
}

describe('orgUnits scoping', () => {
  it.each(demoScopes())('$login sees exactly the subtree of their grants', async ({ login, codes }) => {
    const token = await app.tokenFor(login);
    let total = -1;
    const nodes = await allPages(async (after) => {
      const res = await app.gql(LIST, { first: 7, after }, token);
      expect(res.errors).toBeUndefined();
      total = res.data!.orgUnits.totalCount;
      return res.data!.orgUnits;
    });
    expect(nodes.map((n: any) => n.code).sort()).toEqual(codes);
    expect(total).toBe(codes.length);
  });

  it('returns null from node(id) for a unit in another region', async () => {
    const token = await app.tokenFor('south.cr.exec');
    const eastProject = await idOfCode('HY-HZ-XXL');
    const ownProject = await idOfCode('HY-GZ-YSF');
    const res = await app.gql(`query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id ... on OrgUnit { name } } }`, { a: eastProject, b: ownProject }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.a).toBeNull();
    expect(res.data!.b).toEqual({ id: ownProject, name: '广州·云山府' });
  });

  it('hides a parent outside the scope and lists only readable ancestors', async () => {
    const token = await app.tokenFor('gz.head');
    const res = await app.gql(`query($id: ID!) { node(id: $id) { ... on OrgUnit { parent { name } ancestors { name } } } }`, { id: await idOfCode('HY-SC-GZ') }, token);
    expect(res.data!.node).toEqual({ parent: null, ancestors: [] });
    const project = await app.gql(`query($id: ID!) { node(id: $id) { ... on OrgUnit { parent { name } ancestors { name } } } }`, { id: await idOfCode('HY-GZ-YSF') }, token);
    expect(project.data!.node).toEqual({ parent: { name: '广州城市公司' }, ancestors: [{ name: '广州城市公司' }] });
  });

  it('filters by parent, level and search', async () => {
    const token = await app.tokenFor('admin');
    const children = await app.gql(LIST, { first: 50, filter: { parentId: await idOfCode('HY') } }, token);
    expect(children.data!.orgUnits.edges.map((e: any) => e.node.code).sort()).toEqual(['HY-EC', 'HY-PM', 'HY-SC']);
    const projects = await app.gql(LIST, { first: 50, filter: { level: 'PROJECT', search: '苏州' } }, token);
    expect(projects.data!.orgUnits.edges.map((e: any) => e.node.code).sort()).toEqual(['HY-SZ-JJH', 'HY-SZ-TPH']);
  });

  it('refuses a page larger than 100', async () => {
    const res = await app.gql(LIST, { first: 101 }, await app.tokenFor('admin'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('changing the structure outside the scope', () => {
  it('updateOrgUnit on another region is FORBIDDEN and changes nothing', async () => {
    const before = await unitRow('HY-EC');
    const res = await app.gql(`mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { orgUnit { name } } }`,
      { input: { id: await idOfCode('HY-EC'), name: '被篡改' } }, await app.tokenFor('south.admin'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
    const after = await unitRow('HY-EC');
    expect(after.name).toBe(before.name);
    expect(after.version).toBe(before.version);
  });

  it('a non-admin cannot rename even their own unit', async () => {
    const res = await app.gql(`mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { orgUnit { name } } }`,
      { input: { id: await idOfCode('HY-GZ-YSF'), name: '改名' } }, await app.tokenFor('ysf.head'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await unitRow('HY-GZ-YSF')).name).toBe('广州·云山府');
  });

  it('moveOrgUnit into or out of another region is FORBIDDEN and changes nothing', async () => {
    const token = await app.tokenFor('south.admin');
    const before = await unitRow('HY-SZ-JJH');
    const intoEast = await app.gql(`mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { id: await idOfCode('HY-GZ-ZJW'), newParentId: await idOfCode('HY-EC-HZ') } }, token);
    expect(intoEast.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const fromEast = await app.gql(`mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { id: await idOfCode('HY-SZ-JJH'), newParentId: await idOfCode('HY-SC-GZ') } }, token);
    expect(fromEast.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await unitRow('HY-SZ-JJH')).path).toBe(before.path);
    expect((await unitRow('HY-GZ-ZJW')).path.startsWith((await unitRow('HY-SC-GZ')).path)).toBe(true);
  });

  it('an admin cannot move or delete the unit they were granted at', async () => {
    const token = await app.tokenFor('south.admin');
    const res = await app.gql(`mutation($input: DeleteOrgUnitInput!) { deleteOrgUnit(input: $input) { deletedId } }`,
      { input: { id: await idOfCode('HY-SC') } }, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('moving a subtree', () => {
  it('rewrites every descendant path and depth in one go', async () => {
    const token = await app.tokenFor('admin');
    // 佛山片区 (with its project and service centre) moves from the region to under the Guangzhou city company.
    const res = await app.gql(`mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { code depth parent { code } ancestors { code } } } }`,
      { input: { id: await idOfCode('HY-SC-FS'), newParentId: await idOfCode('HY-SC-GZ') } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveOrgUnit.orgUnit).toEqual({ code: 'HY-SC-FS', depth: 3, parent: { code: 'HY-SC-GZ' }, ancestors: [{ code: 'HY' }, { code: 'HY-SC' }, { code: 'HY-SC-GZ' }] });
    const em = app.orm.em.fork();
    const city = await em.findOneOrFail(OrgUnit, { code: 'HY-SC-GZ' });
    const area = await em.findOneOrFail(OrgUnit, { code: 'HY-SC-FS' });
    expect(area.path).toBe(`${city.path}${area.id}/`);
    for (const code of ['HY-FS-CY', 'HY-FS-CY-SC']) {
      const unit = await em.findOneOrFail(OrgUnit, { code }, { populate: ['parent'] });
      expect(unit.path).toBe(`${unit.parent!.path}${unit.id}/`);
      expect(unit.path.startsWith(area.path)).toBe(true);
      expect(unit.depth).toBe(unit.parent!.depth + 1);
    }
    // The region's subtree query still finds them (same scope), the city's now does too.
    const gz = await app.gql(LIST, { first: 50 }, await app.tokenFor('gz.head'));
    expect(gz.data!.orgUnits.edges.map((e: any) => e.node.code)).toEqual(expect.arrayContaining(['HY-SC-FS', 'HY-FS-CY', 'HY-FS-CY-SC']));
  });

  it('refuses a move under the unit itself or its own descendant', async () => {
    const token = await app.tokenFor('admin');
    const before = await unitRow('HY-SC');
    for (const target of ['HY-SC-GZ', 'HY-SC']) {
      const res = await app.gql(`mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }`,
        { input: { id: await idOfCode('HY-SC'), newParentId: await idOfCode(target) } }, token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newParentId' });
    }
    expect((await unitRow('HY-SC')).path).toBe(before.path);
  });

  it('refuses a parent of the wrong level', async () => {
    const res = await app.gql(`mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { id: await idOfCode('HY-GZ-ZJW'), newParentId: await idOfCode('HY') } }, await app.tokenFor('admin'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newParentId' });
    expect(res.errors?.[0]?.message).toContain('项目的上级只能是');
  });
});

describe('createOrgUnit input', () => {
  const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id code level path: code parent { code } } } }`;

  it('creates a unit under an allowed parent', async () => {
    const res = await app.gql(CREATE, { input: { parentId: await idOfCode('HY-EC-HZ'), level: 'PROJECT', name: '杭州·良渚府', code: 'HY-HZ-LZF' } }, await app.tokenFor('admin'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.createOrgUnit.orgUnit).toMatchObject({ code: 'HY-HZ-LZF', level: 'PROJECT', parent: { code: 'HY-EC-HZ' } });
    const created = await unitRow('HY-HZ-LZF');
    expect(created.path).toBe(`${(await unitRow('HY-EC-HZ')).path}${created.id}/`);
  });

  it.each([
    ['empty name', { name: '  ' }, 'name'],
    ['duplicate code', { code: 'HY-GZ-YSF' }, 'code'],
    ['bad code characters', { code: '云山 府' }, 'code'],
    ['wrong parent level', { level: 'REGION' }, 'level'],
    ['unknown parent', { parentId: toGlobalId('OrgUnit', '00000000-0000-4000-8000-000000000000') }, 'parentId'],
    ['malformed parent id', { parentId: 'not-an-id' }, 'parentId'],
  ])('%s → BAD_USER_INPUT naming the field, nothing written', async (_label, override, field) => {
    const before = await unitCount();
    const input = { parentId: await idOfCode('HY-SC-GZ'), level: 'PROJECT', name: '广州·新项目', code: 'HY-GZ-NEW', ...override };
    const res = await app.gql(CREATE, { input }, await app.tokenFor('admin'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message.length).toBeGreaterThan(4);
    expect(res.data).toBeNull();
    expect(await unitCount()).toBe(before);
  });

  it('creating under another region is FORBIDDEN', async () => {
    const before = await unitCount();
    const res = await app.gql(CREATE, { input: { parentId: await idOfCode('HY-EC-HZ'), level: 'PROJECT', name: '越权项目', code: 'HY-X' } }, await app.tokenFor('south.admin'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await unitCount()).toBe(before);
  });
});

describe('query cost', () => {
  const WIDE = `query($first: Int) { orgUnits(first: $first) { totalCount edges { node {
    id name levelLabel parent { id name } ancestors { id name }
    children(first: 5) { totalCount edges { node { id name } } }
    departments { id typeLabel }
  } } } }`;

  it('sends the same number of statements for 5 rows as for 50', async () => {
    // Enough units for a full page of 50.
    const em = app.orm.em.fork();
    const city = await em.findOneOrFail(OrgUnit, { code: 'HY-EC-SZ' });
    for (let i = 0; i < 40; i++) {
      const unit = em.create(OrgUnit, { name: `苏州·批量项目${i}`, code: `HY-SZ-B${i}`, level: 'PROJECT', parent: city, groupId: city.groupId, path: '', depth: city.depth + 1 });
      unit.path = `${city.path}${unit.id}/`;
    }
    await em.flush();
    const token = await app.tokenFor('admin');
    await app.gql(WIDE, { first: 1 }, token); // warm the viewer's path
    let rows5 = 0;
    let rows50 = 0;
    const five = await app.countStatements(async () => {
      const res = await app.gql(WIDE, { first: 5 }, token);
      rows5 = res.data!.orgUnits.edges.length;
    });
    const fifty = await app.countStatements(async () => {
      const res = await app.gql(WIDE, { first: 50 }, token);
      expect(res.errors).toBeUndefined();
      rows50 = res.data!.orgUnits.edges.length;
    });
    expect(rows5).toBe(5);
    expect(rows50).toBe(50);
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(10);
  });
});
