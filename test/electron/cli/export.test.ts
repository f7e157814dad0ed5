import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { runCli } from '../../helpers/cli';
import { seedLifecycle } from '../../helpers/returns-data';

let dataDir: string;
let out: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-export-'));
  out = mkdtempSync(join(tmpdir(), 'scanbay-export-out-'));
  const station = await openStation({ dataDir, shell: 'cli', log: () => {} });
  await seedLifecycle(station.database.db);
  await station.close();
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir]);

describe('scanbay export', () => {
  it('exports the serial report to CSV and prints one JSON line', () => {
    const file = join(out, 'report.csv');
    const r = cli('export', 'report', '--format', 'csv', '--out', file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ kind: 'report', format: 'csv', out: file, rows: 5 });
    const lines = readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]).toBe('SKU,Product,Serial,PO,Date ordered,Vendor,Purchase price,Sale order,Sale date,Sale price,Received warehouse,Ship-from warehouse,Status,RMA,Cost (P&L),Margin');
    expect(lines[1]).toMatch(/^SCN,Scanner,SN00000001,PO-1,\S+,ACME,100,SO-1,\S+,150,MAIN,MAIN,shipped,,100,50$/);
    expect(lines).toHaveLength(7);
  });

  it('exports arrivals with serials filtered by vendor and SKU, and XLSX by file name', () => {
    const file = join(out, 'arrivals.xlsx');
    const r = cli('export', 'arrivals', '--out', file, '--vendor', 'ACME', '--sku', 'SCN', '--from', '2000-01-01', '--to', '2999-12-31');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'arrivals', format: 'xlsx', rows: 5 });
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(JSON.parse(cli('export', 'serials', '--out', join(out, 's.csv'), '--sku', 'CBL').stdout)).toMatchObject({ rows: 0 });
  });

  it('refuses an unwritable path and bad flags with one line on stderr, leaving no file', () => {
    const target = join(out, 'no-such-dir', 'x.csv');
    const r = cli('export', 'serials', '--format', 'csv', '--out', target);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`cannot write ${target}: no such directory; no file was written`);
    expect(existsSync(target)).toBe(false);
    const before = readdirSync(out).sort();
    const bad = cli('export', 'report', '--out', join(out, 'y.csv'), '--from', '2024-02-30');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--from must be a date written YYYY-MM-DD');
    expect(cli('export', 'everything', '--out', join(out, 'z.csv')).status).not.toBe(0);
    expect(cli('export', 'report', '--format', 'pdf', '--out', join(out, 'z.csv')).status).not.toBe(0);
    expect(readdirSync(out).sort()).toEqual(before);
  });
});
