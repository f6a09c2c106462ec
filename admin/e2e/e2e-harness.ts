/**
 * The real thing for end-to-end tests: the production server (embedded PostgreSQL, migrations, demo seed) serving
 * the built SPA, started as a child process exactly as `npm start` runs it, and Debian's chromium driven by
 * playwright-core at 1366×768. Run after `pnpm build` (server/dist, admin/dist).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER_MAIN = join(REPO_ROOT, 'server/dist/main.js');
const ADMIN_INDEX = join(REPO_ROOT, 'admin/dist/index.html');
/** Screenshots are test artifacts: kept after the run (gitignored), one folder per suite. */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'admin/e2e-artifacts');
const CHROMIUM = '/usr/bin/chromium';
export const ADMIN_PASSWORD = 'kesu-admin';
export const DEMO_PASSWORD = 'kesu-demo';
const HEALTH_TIMEOUT_MS = 90_000;
export const UI_TIMEOUT_MS = 15_000;

/** expect.poll with the UI's patience (its default second is too short on a busy machine, e.g. CI's two cores). */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: UI_TIMEOUT_MS });

function assertPrerequisites(): void {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM)) problems.push(`${CHROMIUM} is missing: install Debian's browser with \`apt-get install -y chromium\`.`);
  if (!existsSync(SERVER_MAIN)) problems.push(`${SERVER_MAIN} is missing: build the server first (\`pnpm build\` at the repo root).`);
  if (!existsSync(ADMIN_INDEX)) problems.push(`${ADMIN_INDEX} is missing: build the admin first (\`pnpm build\` at the repo root).`);
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Kesu {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser session (own storage, so its own login) at 1366×768, zh-CN. */
  newPage(): Promise<Page>;
  /** Uncaught errors of every page opened through `newPage`. */
  pageErrors: string[];
  /** Saves full-page screenshots `<suite>/<name>.png` (1366×768) and `<name>@1920x1080.png` under admin/e2e-artifacts. */
  screenshot(page: Page, name: string): Promise<void>;
  /** Signs in through the login page and waits to leave it. */
  login(page: Page, login: string, password?: string): Promise<void>;
  /** A fresh browser session (`newPage`) signed in as `login`. */
  as(login: string, password?: string): Promise<Page>;
  /** A bearer token for `login` from the login mutation, as an API caller gets one. */
  tokenOf(login: string, password?: string): Promise<string>;
  /** A GraphQL request over HTTP, as a partner app would send it. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** Starts server and browser; `suite` names the screenshot folder. */
export async function startKesu(suite: string): Promise<Kesu> {
  assertPrerequisites();
  const dataDir = await mkdtemp(join(tmpdir(), 'kesu-e2e-data-'));
  // mkdtemp makes the folder 0700; as root, embedded PostgreSQL runs initdb as its own `postgres` user, which must
  // be able to enter it (a normal KESU_DATA_DIR is created 0755).
  await chmod(dataDir, 0o755);
  const shots = join(ARTIFACTS_DIR, suite);
  await rm(shots, { recursive: true, force: true });
  await mkdir(shots, { recursive: true });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  // Exactly as production starts it; without DATABASE_URL the server runs its own embedded PostgreSQL.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    KESU_DATA_DIR: dataDir,
    KESU_ADMIN_PASSWORD: ADMIN_PASSWORD,
    NODE_ENV: 'production',
    // Production refuses to sign tokens without a real secret; a fresh one per run, like a fresh deployment.
    KESU_TOKEN_SECRET: randomBytes(32).toString('hex'),
    // No load balancer in front to move traffic away first: stop at once on SIGTERM (docs/deploy.md).
    KESU_SHUTDOWN_DELAY_SECONDS: '0',
  };
  delete env['DATABASE_URL'];
  delete env['VITEST'];
  let serverLog = '';
  const server: ChildProcess = spawn(process.execPath, [SERVER_MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Only the tail matters for a failure message; memory stays bounded.
  const keep = (chunk: Buffer) => (serverLog = (serverLog + chunk.toString()).slice(-20_000));
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);

  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const stop = async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      server.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
      if (!stopped) {
        console.warn('[e2e] server ignored SIGTERM for 20 s; killing it');
        server.kill('SIGKILL');
        await exited;
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    let lastProblem = 'no answer yet';
    for (;;) {
      if (server.exitCode !== null || server.signalCode !== null) {
        throw new Error(`The server exited (code ${server.exitCode}, signal ${server.signalCode}) before /healthz answered.\n${serverLog}`);
      }
      if (Date.now() > deadline) throw new Error(`GET /healthz did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${lastProblem}).\n${serverLog}`);
      try {
        const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) break;
        lastProblem = `HTTP ${response.status}`;
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
      }
      await sleep(500);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (error) {
    await stop();
    throw error;
  }

  const pageErrors: string[] = [];
  const launched = browser;
  const kesu: Kesu = {
    baseUrl,
    browser: launched,
    pageErrors,
    async newPage() {
      // Staff work in China: times and day boundaries as they see them, whatever zone the CI machine runs in.
      const context = await launched.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(UI_TIMEOUT_MS);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    async screenshot(page, name) {
      const path = join(shots, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      // Every page is reviewed on a large monitor too; the test then goes on at 1366×768.
      const size = page.viewportSize();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: join(shots, `${name}@1920x1080.png`), fullPage: true });
      if (size) await page.setViewportSize(size);
      console.info(`[e2e] screenshot: ${path} (and @1920x1080)`);
    },
    async login(page, login, password = login === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD) {
      await page.goto(`${baseUrl}/login`);
      await page.locator('#login').fill(login);
      await page.locator('#password').fill(password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    },
    async as(login, password) {
      const page = await kesu.newPage();
      await kesu.login(page, login, password);
      return page;
    },
    async tokenOf(login, password = login === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD) {
      const res = await kesu.gql<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { login, password },
      });
      if (!res.data?.login) throw new Error(`login ${login} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async gql(query, variables = {}, token) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as any;
    },
    close: stop,
  };
  return kesu;
}

/**
 * Starts Kesu once for the surrounding `describe` (then `ready`, e.g. to open and sign in a page) and closes it
 * after. A failed start does not throw here: each test calls `requireSetup()` and fails with the cause.
 */
export function kesuForSuite(suite: string, ready: (kesu: Kesu) => Promise<void> | void): { requireSetup: () => void } {
  let started: Kesu | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      started = await startKesu(suite);
      await ready(started);
    } catch (error) {
      setupError = error;
    }
  });
  afterAll(async () => {
    await started?.close();
  });
  return {
    requireSetup() {
      if (setupError) throw setupError instanceof Error ? setupError : new Error(String(setupError));
    },
  };
}
