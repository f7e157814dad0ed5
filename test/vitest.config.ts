import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;

export default defineConfig({
  root,
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/setup/build-backend.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
  define: {
    __SCANBAY_VERSION__: JSON.stringify(version),
  },
});
