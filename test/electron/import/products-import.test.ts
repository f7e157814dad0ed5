import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../electron/import/errors';
import { runImport } from '../../../electron/import/run-import';
import type { Database } from '../../../electron/storage/database';
import { getProductDetail } from '../../../electron/storage/repos/products';
import { count, memoryDb, tempDir } from '../storage/helpers';
import { csvFile, lines } from './csv-files';

const tmp = tempDir('scanbay-import-');
afterAll(() => tmp.cleanup());
let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(() => d.close());

const file = (content: string | Buffer) => csvFile(tmp.dir, `f${Math.random().toString(36).slice(2)}.csv`, content);
const run = (path: string, dryRun = false) => runImport(d.db, { kind: 'products', path, dryRun });

describe('import products', () => {
  it('imports every documented column; lists with |, kits as SKU:qty; kits may come before their parts', async () => {
    const path = file(
      lines(
        'sku,name,gtin,upc,aliases,tracking,serial_length,serial_min_length,serial_max_length,serial_pattern,kit_components,replacements,weight_grams,unit_cost,expirable',
        'KIT,Starter kit,,,,none,,,,,CAM:1|STRAP:2,,,,',
        'CAM,Camera,4006381333931,036000291452,CAM-A|CAM-B,full,,8,12,[A-Z0-9]+,,CAM2,250,99.5,no',
        'CAM2,Camera 2,,,,ship,10,,,,,,,,',
        'STRAP,Strap,,,,none,,,,,,,,,yes',
      ),
    );
    const r = await run(path);
    expect(r).toMatchObject({ ok: true, summary: { kind: 'products', rows: 4, documents: 4, created: 4, updated: 0, dry_run: false } });
    expect(await getProductDetail(d.db, 'CAM')).toMatchObject({
      gtin: '04006381333931',
      upc: '036000291452',
      aliases: ['CAM-A', 'CAM-B'],
      serial_min_length: 8,
      serial_max_length: 12,
      serial_pattern: '[A-Z0-9]+',
      replacements: ['CAM2'],
      weight_grams: 250,
      unit_cost: 99.5,
      expirable: false,
    });
    expect((await getProductDetail(d.db, 'KIT'))!.kit_components.map((c) => [c.sku, c.qty])).toEqual([
      ['CAM', 1],
      ['STRAP', 2],
    ]);
    // Importing again updates.
    expect(await run(path)).toMatchObject({ ok: true, summary: { created: 0, updated: 4 } });
  });

  it('accepts a UTF-8 BOM, quoted commas and quotes, and stores SQL text literally', async () => {
    const path = file('\ufeff' + lines('sku,name,tracking', `"X'; DROP TABLE products;--","Cable, 2 m ""long""",none`, 'Y,Plain,none'));
    const r = await run(path);
    expect(r.ok).toBe(true);
    expect((await getProductDetail(d.db, "X'; DROP TABLE products;--"))!.name).toBe('Cable, 2 m "long"');
    expect(await count(d, 'products')).toBe(2);
  });

  it('reads a quoted line break as part of its cell, and refuses it in a one-line field', async () => {
    const r = await run(file(lines('sku,name,tracking', 'A,"two\nlines",none', 'B,ok,sometimes')));
    expect(!r.ok && r.errors).toEqual([
      { row: 2, column: 'name', message: 'must be on one line (it contains a line break)' },
      { row: 3, column: 'tracking', message: 'must be none, ship or full' },
    ]);
  });

  it('reports duplicate SKUs, bad numbers, bad flags and unknown kit parts per row; writes nothing', async () => {
    await run(file(lines('sku,name,tracking', 'OLD,Old,none')));
    const r = await run(
      file(
        lines(
          'sku,name,tracking,weight_grams,expirable,kit_components,gtin',
          'A,A,none,12,no,,',
          'A,A again,none,,,,',
          'B,B,none,heavy,,,',
          'C,C,none,-5,maybe,,',
          'D,D,none,,,NOPE:1,',
          'E,E,sometimes,,,,4006381333932',
        ),
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { row: 3, column: 'sku', message: 'duplicate SKU A: already on row 2' },
      { row: 4, column: 'weight_grams', message: 'must be a number, not "heavy"' },
      { row: 5, column: 'expirable', message: 'must be true or false, not "maybe"' },
      { row: 5, column: 'weight_grams', message: 'must not be negative' },
      { row: 6, column: 'kit_components', message: 'unknown SKU NOPE' },
      { row: 7, column: 'gtin', message: 'must be a GTIN-8, -12, -13 or -14 with a valid check digit' },
      { row: 7, column: 'tracking', message: 'must be none, ship or full' },
    ]);
    expect(await count(d, 'products')).toBe(1); // only OLD from before
  });

  it('rejects a 10 KB field as a row error and a wrong number of cells', async () => {
    const r = await run(file(lines('sku,name,tracking', `A,${'x'.repeat(10 * 1024 + 1)},none`, 'B,B', 'C,C,none')));
    expect(!r.ok && r.errors).toEqual([
      { row: 2, column: 'name', message: 'value is longer than 10 KB' },
      { row: 3, column: null, message: 'has 2 cells; the header row has 3' },
    ]);
    expect(await count(d, 'products')).toBe(0);
  });

  it('refuses non-UTF-8 files, unknown or missing columns and empty files as a whole', async () => {
    await expect(run(file(Buffer.from('sku,name,tracking\nA,Caf\xe9,none\n', 'latin1')))).rejects.toThrow(/is not UTF-8 text/);
    await expect(run(file(lines('sku,name,tracking,colour', 'A,A,none,red')))).rejects.toThrow(/unknown column "colour"/);
    await expect(run(file(lines('sku,name', 'A,A')))).rejects.toThrow(/missing column tracking/);
    await expect(run(file(''))).rejects.toBeInstanceOf(ImportFileError);
    await expect(run(file(lines('sku,name,tracking', '"A,unclosed,none')))).rejects.toThrow(/CSV cannot be read/);
    expect(await count(d, 'products')).toBe(0);
  });

  it('--dry-run validates and writes nothing', async () => {
    const r = await run(file(lines('sku,name,tracking', 'A,A,none')), true);
    expect(r).toMatchObject({ ok: true, summary: { dry_run: true, documents: 1 } });
    expect(await count(d, 'products')).toBe(0);
  });
});
