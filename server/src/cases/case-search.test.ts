import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCases } from '../demo/demo-cases.js';
import { hashPassword } from '../identity/password.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { User } from '../identity/user.entity.js';
import { parseGlobalId, toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { Case, CASE_TEXT_FIELDS } from './case.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // What `npm start` seeds: the search tests run over the demo library itself.
  expect(await seedDemoCases(app.orm)).toBe(240);
});
afterAll(() => app?.close());

const SEARCH = `query($first: Int, $after: String, $filter: CaseFilter) {
  cases(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor rank highlights { field snippet } node { id title background handlingProcess result causeAnalysis lessonsLearned preventiveMeasures tags year status regionName orgUnitName category { code } grade { code } } }
  }
}`;

async function search(filter: Record<string, unknown>, first = 20, login = 'reader', after: string | null = null) {
  const res = await app.gql(SEARCH, { first, after, filter }, await app.tokenFor(login));
  expect(res.errors).toBeUndefined();
  return res.data!.cases as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: any[] };
}

const textOf = (node: any) => CASE_TEXT_FIELDS.map((field) => node[field]).join('\n');

describe('Chinese full-text search over the demo library', () => {
  it.each(['渗水', '交付延期', '产权证'])('%s: the cases about it come first, with the term marked in snippets', async (term) => {
    const result = await search({ query: term });
    expect(result.totalCount).toBeGreaterThanOrEqual(15);
    // Title weight A above body B: the first ten are the cases whose title names it.
    for (const edge of result.edges.slice(0, 10)) expect(edge.node.title).toContain(term);
    for (const edge of result.edges) {
      expect(textOf(edge.node)).toContain(term);
      expect(edge.highlights.length).toBeGreaterThan(0);
      expect(edge.highlights.map((h: any) => h.snippet).join('')).toContain(`<em>${term}</em>`);
    }
    expect(result.edges[0].highlights[0]).toMatchObject({ field: 'title' });
    // Ranked: scores never increase down the list.
    const ranks = result.edges.map((edge: any) => edge.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('two words: both must occur; the cases with both in the title come first', async () => {
    const result = await search({ query: '外墙 渗水' });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.edges[0].node.title).toContain('外墙渗水');
    for (const edge of result.edges) {
      expect(textOf(edge.node)).toContain('外墙');
      expect(textOf(edge.node)).toContain('渗水');
      const marked = edge.highlights.map((h: any) => h.snippet).join('');
      expect(marked).toContain('<em>渗水</em>');
    }
  });

  it('one word cut into two: its parts must stand side by side (phrase), which finds fewer cases', async () => {
    const phrase = await search({ query: '外墙渗水' }, 100);
    const apart = await search({ query: '外墙 渗水' }, 100);
    expect(phrase.totalCount).toBeGreaterThan(0);
    expect(phrase.totalCount).toBeLessThan(apart.totalCount);
    for (const edge of phrase.edges) expect(textOf(edge.node)).toMatch(/外墙[，、。\s]?渗水/);
  });

  it('the user dictionary keeps estate terms whole: 住建局 finds the cases that mention it', async () => {
    const result = await search({ query: '住建局' });
    expect(result.totalCount).toBeGreaterThan(0);
    for (const edge of result.edges) expect(textOf(edge.node)).toContain('住建局');
  });

  it('falls back to a substring for names that segmentation cuts differently', async () => {
    // "金鸡湖壹号" is cut 金鸡湖 / 壹号; "湖壹号" typed alone is cut 湖 / 壹号 and matches no token.
    const result = await search({ query: '湖壹号' }, 15);
    expect(result.totalCount).toBeGreaterThan(15);
    for (const edge of result.edges) expect(edge.node.orgUnitName + edge.node.title).toContain('湖壹号');
    const next = await search({ query: '湖壹号' }, 15, 'reader', result.pageInfo.endCursor);
    expect(next.edges.length).toBeGreaterThan(0);
    expect(next.edges.some((edge: any) => result.edges.some((seen: any) => seen.node.id === edge.node.id))).toBe(false);
  });

  it('filters combine with the query', async () => {
    const all = await search({ query: '渗水' }, 100);
    const engineering = await search({ query: '渗水', categoryCodes: ['DEV_ENGINEERING'] }, 100);
    expect(engineering.totalCount).toBeGreaterThan(0);
    expect(engineering.totalCount).toBeLessThan(all.totalCount);
    expect(engineering.edges.every((e: any) => e.node.category.code === 'DEV_ENGINEERING')).toBe(true);

    const year = engineering.edges[0].node.year;
    const east = await app.orm.em.fork().findOneOrFail(OrgUnit, { code: 'HY-EC' });
    const narrow = await search({ query: '渗水', categoryCodes: ['DEV_ENGINEERING'], year, orgUnitId: toGlobalId('OrgUnit', east.id), tags: ['渗水'] }, 100);
    expect(narrow.totalCount).toBeLessThanOrEqual(engineering.totalCount);
    for (const edge of narrow.edges) {
      expect(edge.node).toMatchObject({ year, regionName: '华东区域', category: { code: 'DEV_ENGINEERING' } });
      expect(edge.node.tags).toContain('渗水');
      expect(textOf(edge.node)).toContain('渗水');
    }
    const graded = await search({ query: '产权证', gradeCodes: ['A1'] }, 100);
    expect(graded.edges.every((e: any) => e.node.grade.code === 'A1')).toBe(true);
  });

  it('pages through ranked results without repeats or gaps', async () => {
    const whole = await search({ query: '业主' }, 100);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await search({ query: '业主' }, 7, 'reader', after);
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBe(whole.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 100)).toEqual(whole.edges.map((edge: any) => edge.node.id));
  });

  it('lists newest first without a query, with no highlights, paging without repeats', async () => {
    const result = await search({}, 10);
    expect(result.totalCount).toBe(240);
    expect(result.edges.every((e: any) => e.highlights.length === 0 && e.rank === null)).toBe(true);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await search({ categoryCodes: ['DEV_ENGINEERING'] }, 9, 'reader', after);
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const engineering = await search({ categoryCodes: ['DEV_ENGINEERING'] }, 100);
    expect(seen).toEqual(engineering.edges.map((edge: any) => edge.node.id));
    expect(new Set(seen).size).toBe(engineering.totalCount);
    const em = app.orm.em.fork();
    const listed = await em.find(Case, { id: { $in: seen.slice(0, 3).map((id) => parseGlobalId(id)!.id) } });
    const times = seen.slice(0, 3).map((id) => listed.find((row) => row.id === parseGlobalId(id)!.id)!.listedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('a query of punctuation only finds nothing and writes nothing', async () => {
    const result = await search({ query: '，。！' });
    expect(result.totalCount).toBe(0);
  });
});

describe('another group', () => {
  it('a reader of another group sees none of these cases, by search, by id or through node', async () => {
    const em = app.orm.em.fork();
    const group = em.create(OrgUnit, { name: '远方置业集团', code: 'YF', level: 'GROUP', parent: null, groupId: '', path: '', depth: 0 });
    group.groupId = group.id;
    group.path = `/${group.id}/`;
    const user = em.create(User, { name: '远方读者', login: 'yf.reader', passwordHash: await hashPassword('kesu-demo'), orgUnit: group });
    em.create(RoleAssignment, { user, role: 'CASE_READER', orgUnit: group });
    await em.flush();

    const token = await app.tokenFor('yf.reader');
    const found = await app.gql(SEARCH, { first: 20, filter: { query: '渗水' } }, token);
    expect(found.errors).toBeUndefined();
    expect(found.data!.cases).toMatchObject({ totalCount: 0, edges: [] });
    const listed = await app.gql(SEARCH, { first: 20, filter: {} }, token);
    expect(listed.data!.cases.totalCount).toBe(0);

    const one = await em.findOneOrFail(Case, { status: 'PUBLISHED' }, { orderBy: { id: 'asc' } });
    const id = toGlobalId('Case', one.id);
    const direct = await app.gql(`query($id: ID!) { case(id: $id) { id } node(id: $id) { id } }`, { id }, token);
    expect(direct.data).toEqual({ case: null, node: null });
    const mostRead = await app.gql(`{ mostReadCases(first: 10) { id } }`, {}, token);
    expect(mostRead.data!.mostReadCases).toEqual([]);
    // Reading by id outside the scope counts no view.
    expect(await app.orm.em.fork().getConnection().execute('select count(*)::int as n from case_view')).toEqual([{ n: 0 }]);
  });
});
