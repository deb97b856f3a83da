import { defineConfig } from 'vitest/config'

/**
 * Three suites, run in this order by `npm test`:
 * - unit: pure functions, no database, no network;
 * - integration: a real Payload on a throw-away SQLite file (or MongoDB when
 *   TEST_MONGODB_URI is set), one database per test file;
 * - browser: the real platform started by scripts/start.ts, driven by
 *   Chromium through playwright-core.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // As for scripts (see scripts/run.mjs): load Lexical's plain build.
          execArgv: ['--conditions=production'],
          globalSetup: ['test/integration/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          // A real browser on two shared cores: a page's first search loads the index and the dictionary, which
          // can take longer than expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
