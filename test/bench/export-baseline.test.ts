import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/demo/seed';
import { openDatabase } from '../../electron/storage/database';
import { captureExport, inlined, shellExportScript } from './export-baseline';

describe('the export baseline', () => {
  it('writes parameters into SQL text, quoting strings', () => {
    expect(inlined('select ? as a, ? as b, ? as c where x = ?', [1, "it's", null, 2n])).toBe("select 1 as a, 'it''s' as b, null as c where x = 2");
    expect(() => inlined('select ?', [])).toThrow(/placeholders/);
    expect(() => inlined('select 1', [1])).toThrow(/parameters/);
    expect(() => inlined('select ?', [Buffer.from('x')])).toThrow(/object/);
  });

  it('replays every read in order, the streamed one into the file, and leaves pragmas and writes out', () => {
    const script = shellExportScript(
      [
        { method: 'all', sql: 'PRAGMA user_version', params: [] },
        { method: 'all', sql: 'select id from warehouses where code = ?', params: ['MAIN'] },
        { method: 'run', sql: 'insert into audit_log (x) values (?)', params: [1] },
        { method: 'iterate', sql: 'select * from serials where id > ?;', params: [0] },
      ],
      '/tmp/out.csv',
    );
    expect(script).toBe(
      [".headers on", ".mode csv", '.output /dev/null', "select id from warehouses where code = 'MAIN';", '.output /tmp/out.csv', 'select * from serials where id > 0;', ''].join('\n'),
    );
    expect(() => shellExportScript([{ method: 'all', sql: 'select 1', params: [] }], '/tmp/x')).toThrow(/streamed 0/);
  });

  describe('against a real `scanbay export`', () => {
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('captures the SQL the export ran, and the shell replaying it writes the same rows', async () => {
      dir = mkdtempSync(join(tmpdir(), 'scanbay-export-baseline-'));
      const dataDir = join(dir, 'data');
      mkdirSync(dataDir);
      const d = await openDatabase({ file: join(dataDir, 'scanbay.db') });
      await seedDemo(d.db);
      const serials = Number((d.sqlite!.prepare("select count(*) as n from serials where status != 'deleted'").get() as { n: number }).n);
      await d.close();
      const out = join(dir, 'report.csv');
      const captured = captureExport(dataDir, dir, ['report', '--format', 'csv', '--out', out]);
      expect(captured.filter((s) => s.method === 'iterate')).toHaveLength(1);
      const shellOut = join(dir, 'shell.csv');
      const shell = spawnSync('sqlite3', ['-bail', '-readonly', join(dataDir, 'scanbay.db')], { input: shellExportScript(captured, shellOut), encoding: 'utf8' });
      expect(shell.stderr).toBe('');
      const lines = (f: string) => readFileSync(f, 'utf8').trim().split('\n').length;
      expect(serials).toBeGreaterThan(0);
      expect(lines(out)).toBe(serials + 1);
      expect(lines(shellOut)).toBe(serials + 1);
    });
  });
});
