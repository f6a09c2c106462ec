import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Tests that start the built server as child processes (several Node processes and PostgreSQL each). They run
 * after everything else, one file at a time: beside the other files on two cores they would slow the long
 * in-process tests (the demo seeding) past their timeouts.
 */
const PROCESS_TESTS = ['src/ops/multi-instance.test.ts', 'src/ops/graceful-shutdown.test.ts'];

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (no "exports" map); Vite would pick the .mjs through
    // "module". Two copies break `instanceof` checks across graphql, type-graphql and Apollo, so use Node's.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    globalSetup: ['src/testing/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'server', include: ['src/**/*.test.ts'], exclude: PROCESS_TESTS, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'processes', include: PROCESS_TESTS, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
