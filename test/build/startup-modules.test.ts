import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI runs one command per process: packages only some commands need are loaded where they are
// used (electron/lazy-module.ts, import() in the server), never at start-up (DEVELOPERS.md, Builds).
const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(root, 'electron/cli/scanbay.mjs');
const HOOK = fileURLToPath(new URL('./fixtures/loaded-packages.mjs', import.meta.url));
const LATE = ['fastify', '@fastify/static', 'ws', 'pg', 'serialport', 'bwip-js', 'exceljs', 'pdfkit'];
const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-startup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function loaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], { encoding: 'utf8', cwd: root });
  expect(r.status, r.stderr).toBe(0);
  const line = /^LOADED (.*)$/m.exec(r.stderr);
  expect(line, r.stderr).not.toBeNull();
  return JSON.parse(line![1]!) as string[];
}

describe('CLI start-up', () => {
  it('loads none of the server, PostgreSQL, serial, barcode or document packages for --version or an export', () => {
    for (const args of [[CLI, '--version'], [CLI, 'export', 'report', '--format', 'csv', '--out', join(dataDir, 'r.csv'), '--data-dir', dataDir]]) {
      const names = loaded(args);
      expect(names).toContain('better-sqlite3');
      expect(names.filter((n) => LATE.includes(n)), args.join(' ')).toEqual([]);
    }
  });

  it('the check sees a package an ES module imports (so the test above can fail)', () => {
    expect(loaded(['--input-type=module', '-e', "await import('fastify');"])).toContain('fastify');
  });
});
