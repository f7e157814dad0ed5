import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;

/**
 * Two projects: `sqlite` runs every unit test; `postgres` runs the storage and workflow suites
 * again, each test on a fresh PostgreSQL database (test/helpers/postgres.ts), when
 * SCANBAY_TEST_POSTGRES_URL names a server (.ci/run starts one). Without it, it says why it skips.
 */
const postgresUrl = process.env.SCANBAY_TEST_POSTGRES_URL?.trim();
const dialectSuites = [
  'test/electron/storage/repos/**/*.test.ts',
  'test/electron/storage/ledger.test.ts',
  'test/electron/storage/ledger-feed.test.ts',
  'test/electron/storage/serial-uniqueness.test.ts',
  'test/electron/storage/transaction.test.ts',
  'test/electron/storage/text-match.test.ts',
  'test/electron/storage/prepared.test.ts',
  'test/electron/storage/bulk-insert.test.ts',
  'test/electron/storage/scan-cache.test.ts',
  'test/electron/workflows/**/*.test.ts',
  'test/electron/operations/**/*.test.ts',
  'test/electron/webhooks/delivery.test.ts',
];
if (!postgresUrl) {
  process.stdout.write('postgres project skipped: SCANBAY_TEST_POSTGRES_URL is not set (no PostgreSQL server for tests)\n');
}

export default defineConfig({
  root,
  test: {
    globalSetup: ['test/setup/build-backend.ts'],
    setupFiles: ['test/setup/strict-messages.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: dialectSuites,
                env: { SCANBAY_TEST_DIALECT: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
  define: {
    __SCANBAY_VERSION__: JSON.stringify(version),
  },
});
