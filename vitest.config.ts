import { defineConfig } from 'vitest/config'

// A DATABASE_URL given to `npm test` (e.g. mongodb://…) is honoured by the integration
// tests, each on a database of its own; without one each test file gets a SQLite file.
const testDatabaseUrl = process.env.DATABASE_URL ?? ''

/**
 * Three projects: pure unit tests, integration tests on a throwaway database each,
 * and browser tests against a running server. `npm test` runs them in that order.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The source watch's TLS stand-ins: NODE_EXTRA_CA_CERTS reaches forked workers only.
          globalSetup: ['tests/helpers/testCa.ts'],
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          env: { PROVIDER_DESK_TEST_DATABASE_URL: testDatabaseUrl },
          // testCa: the source watch's TLS stand-ins (NODE_EXTRA_CA_CERTS before the workers fork).
          globalSetup: ['tests/helpers/testCa.ts', 'tests/helpers/buildOnce.ts'],
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // SQLite files are per test file; two workers keep both cores busy.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          env: { PROVIDER_DESK_TEST_DATABASE_URL: testDatabaseUrl },
          globalSetup: ['tests/helpers/testCa.ts', 'tests/helpers/buildOnce.ts'],
          pool: 'forks',
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
