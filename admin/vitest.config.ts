import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // The e2e suite boots the real server (embedded PostgreSQL, migrations, seed) and a browser.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser and one embedded PostgreSQL at a time is all two cores can carry.
    fileParallelism: false,
  },
});
