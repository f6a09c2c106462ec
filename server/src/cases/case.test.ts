import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCases } from '../demo/demo-cases.js';
import { parseGlobalId, toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { CaseRevision } from './case-revision.entity.js';
import { CaseView } from './case-view.entity.js';
import { Case } from './case.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedDemoCases(app.orm);
});
afterAll(() => app?.close());

const CASE_FIELDS = `id title background handlingProcess result causeAnalysis lessonsLearned preventiveMeasures tags status version
  revision year submittedAt reviewNote orgUnitName regionName viewCount category { code } grade { code label } author { name } sourceComplaint { id }
  revisions { revision title }`;

const unitId = async (code: string) => toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);
const counts = async () => {
  const em = app.orm.em.fork();
  return [await em.count(Case, {}), await em.count(CaseRevision, {}), await em.count(CaseView, {})];
};

async function mutate(login: string, mutation: string, input: Record<string, unknown>) {
  const inputType = mutation[0]!.toUpperCase() + mutation.slice(1) + 'Input';
  return app.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { case { ${CASE_FIELDS} } } }`, { input }, await app.tokenFor(login));
}

async function readCase(login: string, id: string) {
  const res = await app.gql(`query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id }, await app.tokenFor(login));
  expect(res.errors).toBeUndefined();
  return res.data!.case;
}

const CUSTOMERS = [
  { name: '欧阳娜娜', phone: '13987654321', room: '8-2-1803' },
  { name: '赵建国', phone: '020-87654321', room: '12栋1502' },
];

/** A complaint whose customers' names, phones and rooms are written into every text a case is drafted from. */
async function concludedComplaint(until: 'HANDLING' | 'RETURN_VISITED' = 'RETURN_VISITED', project = 'HY-GZ-YSF') {
  const FIELDS = 'id version status';
  const token = await app.tokenFor('south.cr.exec');
  const created = await app.gql(`mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { ${FIELDS} } } }`, {
    input: {
      kind: 'COMPLAINT',
      projectId: await unitId(project),
      channel: 'PHONE',
      categoryCode: 'DEV_ENGINEERING',
      title: '欧阳娜娜家外墙渗水',
      description: '8-2-1803 业主欧阳娜娜（电话 13987654321）反映外墙渗水，楼下 12栋1502 赵建国先生家天花板受损，赵先生（020-87654321）要求赔偿。',
      receivedAt: new Date(Date.now() - 3600_000).toISOString(),
      customers: CUSTOMERS,
    },
  }, token);
  expect(created.errors).toBeUndefined();
  let c = created.data!.createComplaint.complaint;
  const steps: [string, Record<string, unknown>][] = [
    ['respondToComplaint', { note: '已致电欧阳娜娜 13987654321，约定上门' }],
    ['startHandling', { plan: '约欧阳女士到 8-2-1803 现场查看，同时查看 12栋1502 受损情况' }],
  ];
  if (until === 'RETURN_VISITED') {
    steps.push(
      ['concludeComplaint', { planApproved: true, acceptingHouseholds: 2, summary: '已修复外墙防水，为赵建国更换吊顶并赔偿 3000 元' }],
      ['recordReturnVisit', { method: 'PHONE', score: 5, shortcomings: '欧阳娜娜希望缩短上门等待时间' }],
    );
  }
  for (const [mutation, extra] of steps) {
    const inputType = mutation[0]!.toUpperCase() + mutation.slice(1) + 'Input';
    const res = await app.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { complaint { ${FIELDS} } } }`, { input: { id: c.id, version: c.version, ...extra } }, token);
    expect(res.errors, mutation).toBeUndefined();
    c = res.data![mutation].complaint;
  }
  return c;
}

describe('a case drafted from a complaint', () => {
  it('keeps no customer name, phone or room anywhere in the stored row', async () => {
    const complaint = await concludedComplaint();
    const res = await mutate('south.cr.exec', 'createCaseFromComplaint', { complaintId: complaint.id });
    expect(res.errors).toBeUndefined();
    const draft = res.data!.createCaseFromComplaint.case;
    expect(draft).toMatchObject({ status: 'DRAFT', title: expect.stringContaining('外墙渗水'), orgUnitName: '广州·云山府', regionName: '华南区域', author: { name: '梁思敏' }, category: { code: 'DEV_ENGINEERING' }, grade: { code: 'GENERAL' }, sourceComplaint: { id: complaint.id } });
    expect(draft.handlingProcess).toContain('开始处理');
    expect(draft.result).toContain('回访评分 5 分');
    expect(draft.background).toContain('[电话]');
    expect(draft.background).toContain('[房号]');
    expect(draft.title).toContain('业主');

    const secrets = CUSTOMERS.flatMap((c) => [c.name, c.phone, c.room, c.phone.replace('-', '')]).concat(['139****4321', '欧阳女士', '赵先生']);
    const [row] = await app.orm.em.fork().getConnection().execute<{ json: string }[]>(`select row_to_json(c)::text as json from "case" c where id = ?`, [parseGlobalId(draft.id)!.id]);
    expect(row!.json).toContain('search_vector');
    for (const secret of secrets) expect(row!.json, secret).not.toContain(secret);
    for (const secret of secrets) expect(JSON.stringify(draft), secret).not.toContain(secret);

    // An edit cannot bring them back either.
    const edited = await mutate('south.cr.exec', 'updateCase', { id: draft.id, version: draft.version, lessonsLearned: '欧阳娜娜（13987654321，8-2-1803）的诉求应在 24 小时内答复' });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateCase.case.lessonsLearned).toBe('业主（[电话]，[房号]）的诉求应在 24 小时内答复');
  });

  it('refuses a complaint not yet concluded, a second draft of one complaint, and callers outside its scope, writing nothing', async () => {
    const open = await concludedComplaint('HANDLING');
    const before = await counts();
    const early = await mutate('south.cr.exec', 'createCaseFromComplaint', { complaintId: open.id });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'complaintId' });

    const done = await concludedComplaint();
    // Project heads and readers write no cases; the other region cannot see the complaint; group CR sees only
    // what the group was told of.
    for (const login of ['ysf.head', 'reader', 'east.cr.exec', 'group.cr', 'south.perf']) {
      const res = await mutate(login, 'createCaseFromComplaint', { complaintId: done.id });
      expect(res.errors?.[0]?.extensions?.code, login).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
    expect((await mutate('south.cr.lead', 'createCaseFromComplaint', { complaintId: done.id })).errors).toBeUndefined();
    const again = await mutate('south.cr.exec', 'createCaseFromComplaint', { complaintId: done.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await counts())[0]).toBe(before[0]! + 1);
  });
});

describe('draft → review → published, edits keep the previous version', () => {
  const handWritten = async () => ({
    orgUnitId: await unitId('HY-SC'),
    categoryCode: 'DEV_CUSTOMER_SERVICE',
    gradeCode: 'A2',
    year: 2025,
    title: '交付前一户一验的培训案例',
    background: '华南区域交付前开展一户一验，提前发现渗水和空鼓问题。',
    lessonsLearned: '交付前发现问题的成本远低于交付后。',
    tags: ['培训', '交付'],
  });

  it('walks the workflow; readers see the case only once published; each edit after that keeps a revision', async () => {
    const created = await mutate('south.cr.exec', 'createCase', await handWritten());
    expect(created.errors).toBeUndefined();
    let c = created.data!.createCase.case;
    expect(c).toMatchObject({ status: 'DRAFT', revision: 1, grade: { code: 'A2', label: 'A类二级' }, orgUnitName: '华南区域', regionName: '华南区域', sourceComplaint: null });

    // A draft is the author's and the CR roles': readers and the other region get null.
    expect(await readCase('reader', c.id)).toBeNull();
    expect(await readCase('east.cr.exec', c.id)).toBeNull();
    const node = await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: c.id }, await app.tokenFor('reader'));
    expect(node.data!.node).toBeNull();
    expect(await readCase('south.cr.lead', c.id)).toMatchObject({ status: 'DRAFT' });
    const listed = await app.gql(`{ cases(first: 100, filter: { status: [DRAFT] }) { totalCount } }`, {}, await app.tokenFor('reader'));
    expect(listed.data!.cases.totalCount).toBe(0);

    const unreviewed = await mutate('south.cr.lead', 'publishCase', { id: c.id });
    expect(unreviewed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    c = (await mutate('south.cr.exec', 'submitCaseForReview', { id: c.id })).data!.submitCaseForReview.case;
    expect(c.status).toBe('IN_REVIEW');
    // The reviewer sends it back once, with what to change; the author sees the note and submits again.
    const noNote = await mutate('south.cr.lead', 'returnCaseToDraft', { id: c.id, note: '  ' });
    expect(noNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const returned = await mutate('south.cr.lead', 'returnCaseToDraft', { id: c.id, note: '请补充整改后的回访结果' });
    expect(returned.errors).toBeUndefined();
    expect(returned.data!.returnCaseToDraft.case).toMatchObject({ status: 'DRAFT', reviewNote: '请补充整改后的回访结果', submittedAt: null });
    const again = await mutate('south.cr.lead', 'returnCaseToDraft', { id: c.id, note: '再退一次' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    c = (await mutate('south.cr.exec', 'submitCaseForReview', { id: c.id })).data!.submitCaseForReview.case;
    expect(c).toMatchObject({ status: 'IN_REVIEW', reviewNote: '请补充整改后的回访结果' });
    const published = await mutate('south.cr.lead', 'publishCase', { id: c.id });
    expect(published.errors).toBeUndefined();
    c = published.data!.publishCase.case;
    expect(c).toMatchObject({ status: 'PUBLISHED', reviewNote: null });
    expect(await readCase('reader', c.id)).toMatchObject({ status: 'PUBLISHED', title: '交付前一户一验的培训案例', revisions: [] });
    expect(await readCase('east.cr.exec', c.id)).toMatchObject({ status: 'PUBLISHED' });

    const edited = await mutate('south.cr.exec', 'updateCase', { id: c.id, version: c.version, title: '交付前一户一验：发现问题比交付后整改便宜十倍', tags: ['培训', '交付', '一户一验'] });
    expect(edited.errors).toBeUndefined();
    c = edited.data!.updateCase.case;
    expect(c).toMatchObject({ status: 'PUBLISHED', revision: 2, tags: ['培训', '交付', '一户一验'], revisions: [{ revision: 1, title: '交付前一户一验的培训案例' }] });
    const found = await app.gql(`{ cases(first: 5, filter: { query: "十倍" }) { edges { node { id } } } }`, {}, await app.tokenFor('reader'));
    expect(found.data!.cases.edges.map((e: any) => e.node.id)).toEqual([c.id]);

    const stale = await mutate('south.cr.exec', 'updateCase', { id: c.id, version: c.version - 1, title: '旧版本上的修改' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.orm.em.fork().count(CaseRevision, { case: parseGlobalId(c.id)!.id })).toBe(1);
  });

  it('refuses writers outside their role or region, writing nothing', async () => {
    const draft = (await mutate('south.cr.exec', 'createCase', await handWritten())).data!.createCase.case;
    const before = await counts();
    const refused: [string, string, Record<string, unknown>][] = [
      ['reader', 'createCase', await handWritten()],
      ['ysf.head', 'createCase', await handWritten()],
      ['east.cr.exec', 'createCase', await handWritten()],
      ['reader', 'updateCase', { id: draft.id, version: draft.version, title: '越权' }],
      ['east.cr.exec', 'updateCase', { id: draft.id, version: draft.version, title: '越权' }],
      ['ysf.head', 'updateCase', { id: draft.id, version: draft.version, title: '越权' }],
      ['reader', 'submitCaseForReview', { id: draft.id }],
      ['east.cr.exec', 'submitCaseForReview', { id: draft.id }],
      ['reader', 'publishCase', { id: draft.id }],
      ['east.cr.exec', 'publishCase', { id: draft.id }],
      ['south.perf', 'publishCase', { id: draft.id }],
      ['reader', 'returnCaseToDraft', { id: draft.id, note: '越权退回' }],
      ['east.cr.exec', 'returnCaseToDraft', { id: draft.id, note: '越权退回' }],
      ['south.perf', 'returnCaseToDraft', { id: draft.id, note: '越权退回' }],
    ];
    for (const [login, mutation, input] of refused) {
      const res = await mutate(login, mutation, input);
      expect(res.errors?.[0]?.extensions?.code, `${login} ${mutation}`).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
    expect(await readCase('south.cr.exec', draft.id)).toMatchObject({ status: 'DRAFT', title: draft.title, version: draft.version });
  });
});

describe('training use', () => {
  it('counts reads of published cases per month and lists the most read', async () => {
    const em = app.orm.em.fork();
    const [first, second] = await em.find(Case, { status: 'PUBLISHED' }, { orderBy: { title: 'asc' }, limit: 2 });
    const [a, b] = [toGlobalId('Case', first!.id), toGlobalId('Case', second!.id)];
    // More reads than any other test of this file gives a case.
    for (let i = 0; i < 6; i++) await readCase('reader', a);
    for (let i = 0; i < 4; i++) await readCase('east.cr.exec', b);
    const list = await app.gql(`{ mostReadCases(first: 2) { id viewCount } }`, {}, await app.tokenFor('reader'));
    expect(list.data!.mostReadCases).toEqual([{ id: a, viewCount: 6 }, { id: b, viewCount: 4 }]);
    // `node` and lists do not count as reading.
    await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: a }, await app.tokenFor('reader'));
    expect((await readCase('reader', a)).viewCount).toBe(7);
    // Loading a case to edit it is not a read.
    const editing = await app.gql(`query($id: ID!) { case(id: $id, countView: false) { viewCount } }`, { id: a }, await app.tokenFor('south.cr.exec'));
    expect(editing.data!.case.viewCount).toBe(7);
    expect((await readCase('reader', a)).viewCount).toBe(8);

    const old = await app.gql(`{ mostReadCases(month: "2001-01") { id } }`, {}, await app.tokenFor('reader'));
    expect(old.data!.mostReadCases).toEqual([]);
    const bad = await app.gql(`{ mostReadCases(month: "2026-13") { id } }`, {}, await app.tokenFor('reader'));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  it('suggests similar published cases while a complaint is handled, only to those who can read it', async () => {
    const complaint = await concludedComplaint('HANDLING');
    const query = `query($id: ID!) { similarCases(complaintId: $id, first: 5) { id title status category { code } } }`;
    const res = await app.gql(query, { id: complaint.id }, await app.tokenFor('ysf.head'));
    expect(res.errors).toBeUndefined();
    const similar = res.data!.similarCases;
    expect(similar).toHaveLength(5);
    expect(similar.every((c: any) => c.status === 'PUBLISHED')).toBe(true);
    // Water leaks of the same category first.
    expect(similar[0].title).toContain('渗水');
    expect(similar[0].category.code).toBe('DEV_ENGINEERING');

    for (const login of ['east.cr.exec', 'reader']) {
      const hidden = await app.gql(query, { id: complaint.id }, await app.tokenFor(login));
      expect(hidden.data!.similarCases, login).toEqual([]);
    }
  });
});
