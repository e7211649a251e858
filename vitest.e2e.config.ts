import { defineConfig } from 'vitest/config';

/**
 * Browser tests: each file starts the real server and a Chromium, so they run one at a
 * time with generous timeouts (server start with demo seeding can take a minute).
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
