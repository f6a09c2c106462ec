import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const serverRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The reliability suite: same throw-away PostgreSQL and migrated template as the unit suite (one global setup),
 * files run one at a time because the races and crash rounds need the two shared cores to themselves.
 */
export default defineConfig({
  root: serverRoot,
  resolve: {
    // Same single graphql copy as server/vitest.config.ts: two copies break instanceof checks across libraries.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['reliability/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
