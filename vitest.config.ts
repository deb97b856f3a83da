import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

/** Integration files whose Payload is configured from the environment they set (a mail server): never shared. */
const OWN_PROCESS = ['test/integration/applicationEmail.test.ts']

const integrationProject = (test: { exclude?: string[]; include: string[]; isolate: boolean; name: string }): TestProjectInlineConfiguration => ({
  test: {
    ...test,
    environment: 'node',
    pool: 'forks',
    // As for scripts (see scripts/run.mjs): load Lexical's plain build.
    execArgv: ['--conditions=production'],
    // Two processes, one a core (Vitest's default leaves one core idle).
    maxWorkers: 2,
    globalSetup: ['test/integration/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})

/**
 * Three suites, run in this order by `npm test`:
 * - unit: pure functions, no database, no network;
 * - integration: a real Payload on a throw-away SQLite file (or MongoDB when
 *   TEST_MONGODB_URI is set), one database per test file (in two projects:
 *   files sharing one Payload, and those that need their own);
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
          // Pure computation: one process a core.
          maxWorkers: 2,
        },
      },
      integrationProject({
        name: 'integration',
        include: ['test/integration/**/*.test.ts'],
        exclude: OWN_PROCESS,
        // Each of two processes (one a core) runs its files in turn and they share its Payload, each on a database of its own
        // (test/helpers/payload.ts); on MongoDB each file has a process and a Payload of its own.
        isolate: Boolean(process.env.TEST_MONGODB_URI),
      }),
      integrationProject({ name: 'integration-own-process', include: OWN_PROCESS, isolate: true }),
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/globalSetup.ts'],
          fileParallelism: false,
          // One process, unlike the others' two: its own group, after theirs, when every project runs at once.
          sequence: { groupOrder: 1 },
          // The files run in turn against one started platform; they share the browser helpers' modules too.
          isolate: false,
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
