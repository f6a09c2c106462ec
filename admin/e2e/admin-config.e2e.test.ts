/**
 * Admin part 1 end to end, on a fresh database: the group admin shapes the organisation (a new project under a
 * city), creates a person and makes them its project head, publishes a grade-scheme version whose live preview
 * shows the new grade, and marks a holiday; then the new project head signs in and sees no admin menu. Every page
 * is kept as a screenshot under admin/e2e-artifacts/admin-config.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kesuForSuite, poll, type Kesu } from './e2e-harness';

const ADMIN_MENUS = ['组织架构', '人员与角色', '投诉分类', '分级标准', '时限', '节假日日历', '合作方应用'];
const NEW_PROJECT = { name: '天河湾', code: 'HY-GZ-THW' };
const NEW_USER = { name: '周天河', login: 'thw.head', password: 'thw-head-2026', phone: '13800138000' };

/** A working weekday of the current year that is not a holiday nor near one: a Wednesday in mid-November or later. */
function ordinaryWednesday(): { date: string; month: number; day: number } {
  const today = new Date();
  const candidate = new Date(Date.UTC(today.getUTCFullYear(), 10, 11));
  while (candidate.getUTCDay() !== 3) candidate.setUTCDate(candidate.getUTCDate() + 1);
  return { date: candidate.toISOString().slice(0, 10), month: candidate.getUTCMonth() + 1, day: candidate.getUTCDate() };
}

describe('admin part 1: organisation, people, grading, calendar (real server, real browser)', () => {
  let kesu: Kesu | undefined;
  let page: Page;
  const shot = (name: string) => kesu!.screenshot(page, name);
  const menu = () => page.locator('.ant-layout-sider .ant-menu');
  const openMenu = async (label: string) => {
    await menu().getByRole('menuitem', { name: label }).click();
  };

  const { requireSetup } = kesuForSuite('admin-config', async (started) => {
    kesu = started;
    page = await started.newPage();
    await started.login(page, 'admin');
  });

  it('gives the group admin every admin menu', async () => {
    requireSetup();
    await menu().getByText('组织架构', { exact: true }).waitFor();
    const text = (await menu().textContent()) ?? '';
    for (const label of ADMIN_MENUS) expect(text).toContain(label);
  });

  it('creates a project under a city, offering only the levels the server allows there', async () => {
    requireSetup();
    await openMenu('组织架构');
    const search = page.getByPlaceholder('按名称或编码搜索组织单元');
    await search.fill('广州城市公司');
    await search.press('Enter');
    await page.getByRole('listitem').filter({ hasText: '广州城市公司' }).first().click();
    await page.getByTestId('org-unit-details').getByText('广州城市公司', { exact: true }).first().waitFor();
    await shot('org-city-selected');

    await page.getByRole('button', { name: '新建下级单元' }).click();
    const dialog = page.getByRole('dialog', { name: '新建下级单元' });
    await dialog.waitFor();
    // Under a city: areas and projects, never a region or a group.
    await expect(dialog.getByLabel('项目', { exact: true }).count()).resolves.toBe(1);
    await expect(dialog.getByLabel('区域公司', { exact: true }).count()).resolves.toBe(0);
    await dialog.getByLabel('项目', { exact: true }).check();
    await dialog.getByLabel('名称').fill(NEW_PROJECT.name);
    await dialog.getByLabel('编码').fill(NEW_PROJECT.code);
    await shot('org-create-project');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByText(`已创建「${NEW_PROJECT.name}」`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // The new unit is selected; its details name the city as its parent once loaded.
    const details = page.getByTestId('org-unit-details');
    await details.getByText(NEW_PROJECT.code, { exact: true }).waitFor();
    await details.getByText('广州城市公司').first().waitFor();
    await shot('org-project-created');

    const token = await page.evaluate(() => localStorage.getItem('kesu.token'));
    const found = await kesu!.gql<{ orgUnits: { edges: { node: { name: string; level: string; parent: { name: string } } }[] } }>(
      'query($search: String) { orgUnits(first: 5, filter: { search: $search }) { edges { node { name level parent { name } } } } }',
      { search: NEW_PROJECT.code },
      token ?? undefined,
    );
    expect(found.data?.orgUnits.edges.map((e) => e.node)).toEqual([{ name: NEW_PROJECT.name, level: 'PROJECT', parent: { name: '广州城市公司' } }]);
  });

  /** Picks a unit in an OrgUnitPicker by typing part of its name (the picker searches the server). */
  async function pickUnit(field: string, name: string) {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(field).click();
    await page.keyboard.type(name);
    await page.locator('.ant-select-tree-treenode').filter({ visible: true }).getByText(name, { exact: true }).first().click();
  }

  it('creates a person and makes them project head of the new project', async () => {
    requireSetup();
    await openMenu('人员与角色');
    await page.getByRole('button', { name: '新建用户' }).click();
    const create = page.getByRole('dialog', { name: '新建用户' });
    await create.waitFor();
    await create.getByLabel('姓名').fill(NEW_USER.name);
    await create.getByLabel('账号').fill(NEW_USER.login);
    await create.getByLabel('密码', { exact: true }).fill(NEW_USER.password);
    await create.getByLabel('确认密码').fill(NEW_USER.password);
    await create.getByLabel('手机号').fill(NEW_USER.phone);
    await pickUnit('所属组织', NEW_PROJECT.name);
    await shot('people-create-user');
    await create.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByText(`已创建用户${NEW_USER.name}（账号 ${NEW_USER.login}）`).waitFor();
    await create.waitFor({ state: 'hidden' });

    const row = page.getByRole('row').filter({ hasText: NEW_USER.login });
    await row.getByRole('button', { name: '分配角色' }).click();
    const assign = page.getByRole('dialog', { name: '分配角色' });
    await assign.waitFor();
    await assign.getByLabel('角色').click();
    await page.keyboard.type('项目总');
    await page.getByTitle('项目总', { exact: true }).click();
    await pickUnit('组织单元', NEW_PROJECT.name);
    await shot('people-assign-role');
    await assign.getByRole('button', { name: /分\s*配/ }).click();
    await page.getByText(`已授予「项目总」@ ${NEW_PROJECT.name}`).waitFor();
    await assign.waitFor({ state: 'hidden' });
    await row.getByText('项目总').first().waitFor();
    await shot('people-role-assigned');
  });

  it('publishes a grade-scheme version whose live preview shows the new grade', async () => {
    requireSetup();
    await openMenu('分级标准');
    await page.getByRole('table', { name: '方案版本' }).waitFor();
    await shot('grade-schemes');
    await page.getByRole('button', { name: '新建版本' }).click();
    await page.getByRole('heading', { name: '新建分级方案版本' }).waitFor();

    // 30 households: a general event under the published scheme (A2 starts at 60) …
    const preview = page.getByTestId('live-preview');
    await preview.getByLabel('涉及户数').fill('30');
    await poll(() => page.getByTestId('draft-grade').textContent()).toContain('一般事件');
    // … and A类二级 once the draft lowers the threshold to 30, computed in the browser as the server would.
    await page.getByRole('group', { name: /规则 1 A2_HOUSEHOLDS/ }).getByLabel('条件 1 的户数').fill('30');
    await poll(() => page.getByTestId('draft-grade').textContent()).toContain('A类二级');
    await expect(page.getByTestId('draft-explanation').textContent()).resolves.toContain('A类二级：涉及户数 30 ≥ 30 且 < 100');
    await expect(page.getByTestId('current-grade').textContent()).resolves.toContain('一般事件');
    await expect(page.getByTestId('grade-changed').textContent()).resolves.toContain('等级变化：一般事件 → A类二级');
    await shot('grade-scheme-preview');

    await page.getByRole('button', { name: '评估影响' }).click();
    const impact = page.getByRole('dialog', { name: '有何变化' });
    await impact.getByRole('table', { name: '等级变化' }).waitFor();
    await shot('grade-scheme-impact');
    await impact.getByRole('button', { name: '关闭' }).first().click();

    await page.getByRole('button', { name: '发布…' }).click();
    const publish = page.getByRole('dialog', { name: '发布分级方案' });
    await publish.getByText(/规则 A2_HOUSEHOLDS 涉及户数 ≥ 60/).first().waitFor();
    await shot('grade-scheme-publish');
    await publish.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('已发布第 2 版').waitFor();
    await poll(() => page.getByRole('row', { name: /当前生效/ }).first().textContent()).toContain('第 2 版');
    await shot('grade-schemes-published');

    // The server grades by the new version now: the same facts through previewGrade.
    const token = await page.evaluate(() => localStorage.getItem('kesu.token'));
    const me = await kesu!.gql<{ me: { roles: { orgUnit: { id: string } }[] } }>('{ me { roles { orgUnit { id } } } }', {}, token ?? undefined);
    const preview30 = await kesu!.gql<{ previewGrade: { grade: { label: string }; schemeVersion: number } }>(
      'query($input: PreviewGradeInput!) { previewGrade(input: $input) { grade { label } schemeVersion } }',
      { input: { orgUnitId: me.data!.me.roles[0]!.orgUnit.id, categoryCode: 'DEV_ENGINEERING', householdCount: 30 } },
      token ?? undefined,
    );
    expect(preview30.data?.previewGrade).toEqual({ grade: { label: 'A类二级' }, schemeVersion: 2 });
  });

  it('shows time limits and the escalation chain', async () => {
    requireSetup();
    await openMenu('时限');
    await page.getByLabel('投诉回访时限').waitFor();
    await page.getByRole('button', { name: '保存并发布新版本' }).waitFor();
    await shot('time-limits');
  });

  it('marks a day of the holiday calendar as a rest day', async () => {
    requireSetup();
    await openMenu('节假日日历');
    await page.getByTestId('calendar-year').waitFor();
    const { date, month, day } = ordinaryWednesday();
    const cell = page.locator(`[data-date="${date}"]`);
    await expect(cell.getAttribute('data-type')).resolves.toBe('WORKDAY');
    await shot('calendar');

    await cell.click();
    const dialog = page.getByRole('dialog', { name: /编辑日期/ });
    await dialog.waitFor();
    await dialog.getByText('休息', { exact: true }).click();
    await dialog.getByLabel('名称').fill('公司活动日');
    await shot('calendar-edit-day');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await poll(() => cell.getAttribute('data-type')).toBe('HOLIDAY');
    await expect(cell.getAttribute('data-source')).resolves.toBe('ADMIN');
    await expect(page.getByTestId(`calendar-month-${month}`).textContent()).resolves.toContain(`公司活动日 ${day}日`);
    await shot('calendar-day-marked');

    // The server's calendar now counts the day as a rest day: the deadline arithmetic partners use changes too.
    const token = await page.evaluate(() => localStorage.getItem('kesu.token'));
    const res = await kesu!.gql<{ workingCalendar: { days: { date: string; isWorkday: boolean; name: string | null }[] } }>(
      'query($year: Int!) { workingCalendar(year: $year) { days { date isWorkday name } } }',
      { year: Number(date.slice(0, 4)) },
      token ?? undefined,
    );
    expect(res.data?.workingCalendar.days.find((d) => d.date === date)).toEqual({ date, isWorkday: false, name: '公司活动日' });
  });

  it('shows the categories to the admin', async () => {
    requireSetup();
    await openMenu('投诉分类');
    await page.getByText('DEV_ENGINEERING', { exact: true }).waitFor();
    await page.getByRole('button', { name: /新增分类/ }).waitFor();
    await shot('categories');
  });

  it('creates a partner app whose key is shown once and works over HTTP, until the admin revokes it', async () => {
    requireSetup();
    await openMenu('合作方应用');
    await page.getByRole('button', { name: /新建应用/ }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建合作方应用' });
    await dialog.getByLabel('应用名称').fill('天河呼叫中心');
    await dialog.getByLabel('可访问的组织').click();
    // The picker searches the whole scope on the server as one types.
    await page.keyboard.type(NEW_PROJECT.name);
    await page.locator('.ant-select-tree-treenode').filter({ hasText: NEW_PROJECT.name }).first().waitFor();
    await page.locator('.ant-select-tree-treenode').filter({ hasText: NEW_PROJECT.name }).first().click();
    await dialog.getByText('查询投诉（complaints:read）').click();
    await shot('partners-create');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();

    const key = await page.getByTestId('partners-issued-key').inputValue();
    expect(key).toMatch(/^ksk_/);
    await shot('partners-key-once');
    await page.getByRole('button', { name: /我已保存/ }).click();
    const row = page.getByTestId('partners-table').locator('tr').filter({ hasText: '天河呼叫中心' });
    await row.getByText('使用中').waitFor();
    // Only the prefix stays on screen.
    expect(await page.getByTestId('partners-table').textContent()).not.toContain(key);

    const asApp = await kesu!.gql(`{ currentApiClient { name scopes } complaints(first: 1) { totalCount } }`, {}, key);
    expect(asApp.errors).toBeUndefined();
    expect(asApp.data.currentApiClient).toEqual({ name: '天河呼叫中心', scopes: ['complaints:read'] });
    await shot('partners');

    await row.getByRole('button', { name: /吊\s*销/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /吊\s*销/ }).click();
    await row.getByText('已吊销').waitFor();
    const refused = await kesu!.gql(`{ currentApiClient { name } }`, {}, key);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the new project head signs in and sees no admin menu, and an admin page refuses her', async () => {
    requireSetup();
    const headPage = await kesu!.newPage();
    await kesu!.login(headPage, NEW_USER.login, NEW_USER.password);
    const headMenu = headPage.locator('.ant-layout-sider .ant-menu');
    await headMenu.getByText('投诉工作台', { exact: true }).waitFor();
    const text = (await headMenu.textContent()) ?? '';
    for (const label of ADMIN_MENUS) expect(text, label).not.toContain(label);
    expect(text).toContain('案例库');
    await kesu!.screenshot(headPage, 'project-head-home');

    await headPage.goto(`${kesu!.baseUrl}/grade-schemes`);
    await headPage.getByText('无权访问').waitFor();
    await kesu!.screenshot(headPage, 'project-head-forbidden');
  });

  it('raised no uncaught error in any page', () => {
    requireSetup();
    expect(kesu!.pageErrors).toEqual([]);
  });
});
