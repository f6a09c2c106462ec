/**
 * The admin shell against the real thing: the production server (embedded PostgreSQL, migrations, demo seed)
 * serving the built SPA, driven through Debian's chromium. Run after `pnpm build` (server/dist, admin/dist).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER_MAIN = join(REPO_ROOT, 'server/dist/main.js');
const ADMIN_INDEX = join(REPO_ROOT, 'admin/dist/index.html');
const CHROMIUM = '/usr/bin/chromium';
const ADMIN_PASSWORD = 'kesu-admin';
const HEALTH_TIMEOUT_MS = 60_000;
const UI_TIMEOUT_MS = 15_000;

function assertPrerequisites(): void {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM)) {
    problems.push(`${CHROMIUM} is missing: install Debian's browser with \`apt-get install -y chromium\`.`);
  }
  if (!existsSync(SERVER_MAIN)) {
    problems.push(`${SERVER_MAIN} is missing: build the server first (\`pnpm build\` at the repo root).`);
  }
  if (!existsSync(ADMIN_INDEX)) {
    problems.push(`${ADMIN_INDEX} is missing: build the admin first (\`pnpm build\` at the repo root).`);
  }
  if (problems.length > 0) throw new Error(`End-to-end prerequisites not met:\n- ${problems.join('\n- ')}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('admin shell (real server, real browser)', () => {
  let dataDir: string | undefined;
  let server: ChildProcess | undefined;
  let serverLog = '';
  let baseUrl = '';
  let browser: Browser | undefined;
  let page: Page;
  let screenshotDir: string | undefined;
  const pageErrors: string[] = [];

  async function waitForHealth(): Promise<void> {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    let lastProblem = 'no answer yet';
    while (Date.now() < deadline) {
      if (!server || server.exitCode !== null || server.signalCode !== null) {
        throw new Error(
          `The server exited (code ${server?.exitCode}, signal ${server?.signalCode}) before /healthz answered.\n${serverLog}`,
        );
      }
      try {
        const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) return;
        lastProblem = `HTTP ${response.status}`;
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
      }
      await sleep(500);
    }
    throw new Error(`GET /healthz did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${lastProblem}).\n${serverLog}`);
  }

  async function screenshot(name: string): Promise<void> {
    if (!screenshotDir) return;
    const path = join(screenshotDir, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.info(`[e2e] screenshot: ${path}`);
  }

  /**
   * A failed setup is reported by every test as a failure of its own: a missing browser or build must
   * never look like skipped tests.
   */
  let setupError: unknown;
  function requireSetup(): void {
    if (setupError) throw setupError instanceof Error ? setupError : new Error(String(setupError));
  }

  beforeAll(async () => {
    try {
      await setUp();
    } catch (error) {
      setupError = error;
    }
  });

  async function setUp(): Promise<void> {
    assertPrerequisites();

    dataDir = await mkdtemp(join(tmpdir(), 'kesu-e2e-data-'));
    // mkdtemp makes the folder 0700; as root, embedded PostgreSQL runs initdb as its own `postgres` user,
    // which must be able to enter it (a normal KESU_DATA_DIR is created 0755).
    await chmod(dataDir, 0o755);
    screenshotDir = await mkdtemp(join(tmpdir(), 'kesu-e2e-shots-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;

    // Exactly as production starts it; without DATABASE_URL the server runs its own embedded PostgreSQL.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      KESU_DATA_DIR: dataDir,
      KESU_ADMIN_PASSWORD: ADMIN_PASSWORD,
      NODE_ENV: 'production',
      // Production refuses to sign tokens without a real secret; a fresh one per run, like a fresh deployment.
      KESU_TOKEN_SECRET: randomBytes(32).toString('hex'),
    };
    delete env['DATABASE_URL'];
    delete env['VITEST'];
    server = spawn(process.execPath, [SERVER_MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      // Only the tail matters for a failure message; keep memory bounded.
      serverLog = (serverLog + chunk.toString()).slice(-20_000);
    };
    server.stdout?.on('data', keep);
    server.stderr?.on('data', keep);

    await waitForHealth();

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server?.once('exit', () => resolve()));
      server.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
      if (!stopped) {
        console.warn('[e2e] server ignored SIGTERM for 20 s; killing it');
        server.kill('SIGKILL');
        await exited;
      }
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (screenshotDir) console.info(`[e2e] screenshots kept in ${screenshotDir}`);
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
    expect(pageErrors).toEqual([]);
  });
});
