import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'build-checks/**/*.test.ts', 'e2e/**/*.e2e.test.ts'],
    // Component tests opt into a DOM per file with a `// @vitest-environment jsdom` docblock; the rest, and the
    // e2e suite (a real server and browser), stay in node.
    environment: 'node',
    setupFiles: ['src/testing/setup-dom.ts'],
    // The e2e suite boots the real server (embedded PostgreSQL, migrations, seed) and a browser.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser and one embedded PostgreSQL at a time is all two cores can carry.
    fileParallelism: false,
  },
});
