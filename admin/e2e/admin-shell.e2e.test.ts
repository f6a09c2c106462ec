/**
 * The admin shell against the real thing: the production server serving the built SPA, driven through Debian's
 * chromium (e2e-harness.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, kesuForSuite, type Kesu } from './e2e-harness';

describe('admin shell (real server, real browser)', () => {
  let kesu: Kesu | undefined;
  let baseUrl = '';
  let page: Page;
  const screenshot = (name: string) => kesu!.screenshot(page, name);

  /**
   * A failed setup is reported by every test as a failure of its own: a missing browser or build must
   * never look like skipped tests.
   */
  const { requireSetup } = kesuForSuite('admin-shell', async (started) => {
    kesu = started;
    baseUrl = started.baseUrl;
    page = await started.newPage();
  });

  it('sends an anonymous visitor to the login page', async () => {
    requireSetup();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/login');
    await page.locator('#login').waitFor();
    await page.locator('#password').waitFor();
    await expect(page.locator('body').textContent()).resolves.toContain('客诉 Kesu');
  });

  it('shows the server message on a wrong password', async () => {
    requireSetup();
    await page.locator('#login').fill('admin');
    await page.locator('#password').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    const alert = page.locator('.ant-alert-error');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    // The server words its errors in Chinese; the page must show its message, not a generic one.
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(page.url()).toMatch(/\/login$/);
    await screenshot('01-login-error');
  });

  it('logs in as admin and shows the layout with the menu and the user name', async () => {
    requireSetup();
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operationName: 'Login',
        query: 'mutation Login($input: LoginInput!) { login(input: $input) { token user { id name } } }',
        variables: { input: { login: 'admin', password: ADMIN_PASSWORD } },
      }),
    });
    const body = (await response.json()) as { data?: { login?: { user?: { name?: string } } } };
    const adminName = body.data?.login?.user?.name;
    expect(adminName, `login over HTTP answered ${JSON.stringify(body)}`).toBeTruthy();

    await page.locator('#password').fill(ADMIN_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL('**/org');

    const menu = page.locator('.ant-layout-sider .ant-menu');
    await menu.getByText('组织架构', { exact: true }).waitFor();
    const menuText = (await menu.textContent()) ?? '';
    for (const label of ['组织架构', '人员与角色', '投诉分类', '分级标准', '时限', '节假日日历', '投诉工作台', '案例库', '报表']) {
      expect(menuText).toContain(label);
    }
    await expect(page.getByTestId('current-user-name').textContent()).resolves.toBe(adminName);
    expect(await page.evaluate(() => localStorage.getItem('kesu.token'))).toBeTruthy();
  });

  it('shows the demo group as a root and loads its regions on expand', async () => {
    requireSetup();
    const tree = page.locator('.ant-tree');
    const groupNode = tree.locator('.ant-tree-treenode', { hasText: '鸿远地产集团' }).first();
    await groupNode.waitFor();
    await groupNode.locator('.ant-tree-switcher').click();
    await tree.getByText('华南区域', { exact: true }).waitFor();
    await tree.getByText('华东区域', { exact: true }).waitFor();
    const regionTags = await tree.locator('[data-level="REGION"]').count();
    expect(regionTags).toBeGreaterThanOrEqual(2);

    await tree.getByText('华南区域', { exact: true }).click();
    const details = page.getByTestId('org-unit-details');
    await details.getByText('华南区域', { exact: true }).waitFor();
    await expect(details.textContent()).resolves.toContain('区域公司');
    await screenshot('02-org-tree');
  });

  it('searches org units on the server', async () => {
    requireSetup();
    const search = page.getByPlaceholder('按名称或编码搜索组织单元');
    await search.fill('华南');
    await search.press('Enter');
    const results = page.getByTestId('org-search-results');
    await results.getByText('华南区域', { exact: true }).waitFor();
    await expect(results.textContent()).resolves.not.toContain('华东区域');
    await screenshot('03-org-search');
    await page.getByRole('button', { name: '清除搜索' }).click();
    await page.locator('.ant-tree').getByText('鸿远地产集团', { exact: true }).waitFor();
  });

  it('switches the interface to English', async () => {
    requireSetup();
    await page.locator('.ant-layout-header').getByText('English', { exact: true }).click();
    const menu = page.locator('.ant-layout-sider .ant-menu');
    await menu.getByText('Organization', { exact: true }).waitFor();
    await expect(menu.textContent()).resolves.not.toContain('组织架构');
    expect(await page.evaluate(() => localStorage.getItem('kesu.locale'))).toBe('en-US');
    await screenshot('04-english');
  });

  it('logs out back to the login page', async () => {
    requireSetup();
    await page.locator('.ant-layout-header').getByRole('button', { name: /Sign out|退出登录/ }).click();
    await page.waitForURL('**/login');
    await page.locator('#login').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('kesu.token'))).toBeNull();
  });

  it('drops a token the server rejects and returns to the login page', async () => {
    requireSetup();
    await page.evaluate(() => localStorage.setItem('kesu.token', 'not-a-valid-token'));
    await page.goto(`${baseUrl}/org`);
    await page.waitForURL('**/login');
    await page.locator('#login').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('kesu.token'))).toBeNull();
  });

  it('raised no uncaught error in the page', () => {
    requireSetup();
    expect(kesu!.pageErrors).toEqual([]);
  });
});
