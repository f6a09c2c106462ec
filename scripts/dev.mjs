#!/usr/bin/env node
// `pnpm dev`: the TypeScript compiler in watch mode, the API restarted on every rebuild, and Vite with hot
// reload for the admin (http://localhost:5173, proxying /graphql to the API on :4000).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', '.bin', 'tsc');

// One full build first, so the API has something to run.
if (spawnSync(tsc, ['-b'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);

const children = [
  spawn(tsc, ['-b', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path=server/dist', '--watch-path=packages', 'server/dist/main.js'], { cwd: root, stdio: 'inherit' }),
  spawn('corepack', ['pnpm', '--filter', '@kesu/admin', 'dev'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop());
