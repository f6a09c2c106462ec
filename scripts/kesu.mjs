#!/usr/bin/env node
// The quick start on a machine with nothing but Node 20: `npm start` and `npm test` (or the same through pnpm).
// Gets pnpm through corepack, installs from the committed lockfile when needed, builds, then starts or tests.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runOrExit(cmd, args, env) {
  const status = run(cmd, args, env);
  if (status !== 0) process.exit(status);
}

/**
 * pnpm, pinned by `packageManager`. Node 20's bundled corepack may not know the npm registry's current signing
 * key and refuses every download; then we retry without the key check (the tarball's hash is still verified).
 */
function pnpmEnv() {
  const probe = spawnSync('corepack', ['pnpm', '--version'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
  });
  if (probe.status === 0) return { COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' };
  if (/signature/i.test(`${probe.stderr}${probe.stdout}`)) {
    console.warn('corepack cannot verify the npm registry signature with its built-in keys; retrying without the key check.');
    return { COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', COREPACK_INTEGRITY_KEYS: '0' };
  }
  process.stderr.write(probe.stderr ?? '');
  console.error('Could not run pnpm through corepack (Node 20 ships corepack; is it on PATH?).');
  process.exit(1);
}

/** Package scripts call `pnpm` by name; a shim on PATH sends those calls through corepack too. */
function withPnpmOnPath(env) {
  const bin = join(tmpdir(), 'kesu-pnpm-shim');
  mkdirSync(bin, { recursive: true });
  const shim = join(bin, 'pnpm');
  writeFileSync(shim, '#!/bin/sh\nexec corepack pnpm "$@"\n');
  chmodSync(shim, 0o755);
  return { ...env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
}

const env = withPnpmOnPath(pnpmEnv());
const pnpm = (...args) => runOrExit('corepack', ['pnpm', ...args], env);

function installIfNeeded() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  pnpm('install', '--frozen-lockfile');
}

const TESTED_PACKAGES = ['packages/domain', 'packages/permissions', 'server', 'admin'];
const REPORT = '.vitest-report.json';
/** The reliability suite (server/reliability): its own Vitest config, run after the package suites, same total. */
const RELIABILITY_REPORT = join('server', '.vitest-reliability-report.json');

/** Passed and failed counts from one Vitest JSON report; a missing report counts as one failure. */
function countReport(file, label) {
  if (!existsSync(file)) {
    console.error(`${label}: no test report (its suite did not run)`);
    return { passed: 0, failed: 1 };
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTestSuites ?? 0) };
}

/** Every package's Vitest suite, one after the other (2 cores), then the reliability suite, then one closing line over all. */
function runTests() {
  for (const dir of TESTED_PACKAGES) rmSync(join(root, dir, REPORT), { force: true });
  rmSync(join(root, RELIABILITY_REPORT), { force: true });
  // --no-bail: a failing package does not keep the next ones from running, so the closing line counts every suite.
  const status = run('corepack', ['pnpm', '-r', '--no-bail', '--workspace-concurrency=1', 'run', 'test', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`], env);
  const reliabilityStatus = run('corepack', ['pnpm', '--filter', '@kesu/server', 'run', 'test:reliability', '--reporter=default', '--reporter=json', `--outputFile.json=${join(root, RELIABILITY_REPORT)}`], env);
  let passed = 0;
  let failed = 0;
  const reports = [...TESTED_PACKAGES.map((dir) => [join(root, dir, REPORT), dir]), [join(root, RELIABILITY_REPORT), 'server/reliability']];
  for (const [file, label] of reports) {
    const counts = countReport(file, label);
    passed += counts.passed;
    failed += counts.failed;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  if (status !== 0 || reliabilityStatus !== 0 || failed > 0 || passed === 0) process.exit(status || reliabilityStatus || 1);
}

installIfNeeded();
switch (command) {
  case 'start':
    pnpm('run', 'build');
    // The heap limit that keeps the server's RSS near 200 MB under load (docs/performance.md, "Changes made so far").
    runOrExit(process.execPath, [...JSON.parse(readFileSync(join(root, 'server/runtime-flags.json'), 'utf8')), 'server/dist/main.js']);
    break;
  case 'test':
    pnpm('run', 'build');
    pnpm('run', 'typecheck');
    pnpm('run', 'lint');
    runTests();
    break;
  case 'install':
    break;
  default:
    console.error('usage: node scripts/kesu.mjs start|test|install');
    process.exit(2);
}
