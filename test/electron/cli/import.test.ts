import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../../electron/storage/database';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../storage/helpers';

const tmp = tempDir('scanbay-cli-import-');
const dataDir = join(tmp.dir, 'data');
afterAll(() => tmp.cleanup());

let n = 0;
function csv(content: string | Buffer): string {
  const path = join(tmp.dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return path;
}
const rows = (...r: string[]) => `${r.join('\n')}\n`;
const importCsv = (kind: string, path: string, ...extra: string[]) => runCli(['import', kind, path, '--data-dir', dataDir, ...extra]);

async function countOf(table: string): Promise<number> {
  const d = await openDatabase({ file: databasePath(dataDir), readonly: true });
  const r = d.sqlite!.prepare(`select count(*) as n from ${table}`).get() as { n: number };
  await d.close();
  return r.n;
}

describe('scanbay import', () => {
  beforeAll(() => {
    const r = importCsv('products', csv(rows('sku,name,tracking,serial_length', 'CAM,Camera,full,6', 'CABLE,Cable,none,')));
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'products', rows: 2, created: 2, dry_run: false });
  });

  it('products: BOM, quoted commas and quotes, SQL text stored literally; one JSON line on stdout', async () => {
    const r = importCsv('products', csv(`\ufeff${rows('sku,name,tracking', `"R'); DELETE FROM products;--","Strap, ""red""",none`)}`));
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(await countOf('products')).toBe(3);
  });

  it('products: duplicate SKU, 10 KB field and a line break in a name are row errors; exit 1, nothing written', async () => {
    const r = importCsv(
      'products',
      csv(rows('sku,name,tracking', 'NEW1,A,none', 'NEW1,B,none', `NEW2,${'n'.repeat(11_000)},none`, 'NEW3,"two\nlines",none')),
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      'row 3, column sku: duplicate SKU NEW1: already on row 2',
      'row 4, column name: value is longer than 10 KB',
      'row 5, column name: must be on one line (it contains a line break)',
    ]);
    expect(r.stderr).toMatch(/scanbay: 3 bad rows in .*f\d+\.csv; nothing was imported\n$/);
    expect(await countOf('products')).toBe(3);
  });

  it('purchase-orders: unknown SKU, negative and non-numeric quantity are row errors', async () => {
    const r = importCsv('purchase-orders', csv(rows('po_number,vendor,sku,qty', 'PO-1,ACME,CAM,2', 'PO-1,ACME,GHOST,1', 'PO-2,ACME,CAM,-1', 'PO-3,ACME,CAM,x')));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('row 3, column sku: unknown SKU GHOST\n');
    expect(r.stderr).toContain('row 4, column qty: must be at least 1\n');
    expect(r.stderr).toContain('row 5, column qty: must be a number, not "x"\n');
    expect(await countOf('purchase_orders')).toBe(0);
  });

  it('purchase-orders and orders: valid files import, --dry-run writes nothing', async () => {
    const po = importCsv('purchase-orders', csv(rows('po_number,vendor,sku,qty,expected_serials', 'PO-9,ACME,CAM,2,AAA001|AAA002')));
    expect(JSON.parse(po.stdout)).toMatchObject({ kind: 'purchase-orders', documents: 1, lines: 1 });
    const dry = importCsv('orders', csv(rows('order_number,sku,qty,unit_price', 'SO-1,CAM,1,10')), '--dry-run');
    expect([dry.status, JSON.parse(dry.stdout)]).toEqual([0, expect.objectContaining({ kind: 'orders', dry_run: true, documents: 1 })]);
    expect(await countOf('orders')).toBe(0);
    const bad = importCsv('orders', csv(rows('order_number,sku,qty', 'SO-1,NOPE,1')));
    expect([bad.status, bad.stderr.split('\n')[0]]).toEqual([1, 'row 2, column sku: unknown SKU NOPE']);
  });

  it('serials: a serial colliding with an existing one is a row error; a large file reports progress', async () => {
    const ok = importCsv('serials', csv(rows('sku,serial,warehouse,bin', 'CAM,EXIST1,MAIN,A-01')));
    expect(ok.status).toBe(0);
    const r = importCsv('serials', csv(rows('sku,serial', 'CAM,FRESH1', 'CAM,EXIST1')));
    expect([r.status, r.stderr.split('\n')[0]]).toEqual([1, 'row 3, column serial: serial EXIST1 already exists for CAM (in_stock)']);
    expect(await countOf('serials')).toBe(1);

    const big = ['sku,serial,warehouse,bin,lot'];
    for (let i = 0; i < 40_000; i++) big.push(`CAM,B${String(i).padStart(5, '0')},MAIN,A-01,LOT-${i % 7}`);
    const large = importCsv('serials', csv(rows(...big)));
    expect(large.status).toBe(0);
    expect(large.stderr).toMatch(/^scanbay import: 40000 rows read \(100%\)$/m);
    expect(JSON.parse(large.stdout)).toMatchObject({ kind: 'serials', rows: 40_000, serials: 40_000 });
  });

  it('refuses a non-UTF-8 file, a missing file and an unknown kind with one line', () => {
    const latin1 = importCsv('products', csv(Buffer.from('sku,name,tracking\nZ,Caf\xe9,none\n', 'latin1')));
    expect(latin1.status).toBe(1);
    expect(latin1.stderr).toMatch(/^scanbay: f\d+\.csv is not UTF-8 text \(invalid byte at offset 23, line 2\); save it as UTF-8 \(CSV UTF-8\) and import again; nothing was imported\n$/);
    const missing = importCsv('products', join(tmp.dir, 'nope.csv'));
    expect([missing.status, missing.stderr]).toEqual([1, `scanbay: no such file: ${join(tmp.dir, 'nope.csv')}\n`]);
    const kind = runCli(['import', 'widgets', join(tmp.dir, 'f0.csv'), '--data-dir', dataDir]);
    expect(kind.status).not.toBe(0);
    expect(kind.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('serials: a cell holding a line break, NUL, a line separator or a bidi override cannot forge report lines: one problem, one line', () => {
    const r = importCsv('serials', csv(rows('sku,serial', '"GHOST\nrow 99, column sku: all good",S1', 'CAM,AB\u0000CDE', 'GHOST\u2028row 98: fine,S2', 'NOPE\u202e,S3')));
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'row 2, column sku: must not contain control characters',
      'row 3, column serial: The serial number contains spaces or control characters.',
      'row 4, column sku: unknown SKU GHOST\\u2028row 98: fine',
      'row 5, column sku: must not contain bidirectional control characters',
    ]);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/^scanbay: 4 bad rows in .*; nothing was imported$/);
    expect(r.stderr).not.toMatch(/[\u0000\u2028\u202e]/);
  });
});
