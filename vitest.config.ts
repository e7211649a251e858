import { defineConfig } from 'vitest/config';

/**
 * Unit and API tests. The same files run on PGlite (default) and on PostgreSQL when
 * TEST_DATABASE_URL is set; global setup migrates one template database per run.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/server/testing/global-setup.ts'],
    // Forks, not threads: PGlite's WASM heap and native argon2 are happier in processes.
    pool: 'forks',
    // The reference machine has 2 cores; more workers only contend for them.
    maxWorkers: 2,
    // A PGlite clone takes ~1 s and an API test may hash passwords; 5 s defaults flake.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    teardownTimeout: 30_000,
  },
});
