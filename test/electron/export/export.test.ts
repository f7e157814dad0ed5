import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, csvRecord } from '../../../electron/export/csv';
import { EXPORT_COLUMNS } from '../../../electron/export/columns';
import { streamedRows } from '../../../electron/export/row-sources';
import { ExportCancelled, ExportError, runExport, type ExportOptions } from '../../../electron/export/run-export';
import { reportStatement } from '../../../electron/storage/repos/reports-export';
import { insertSerial } from '../../../electron/storage/repos/serials';
import { seedLifecycle } from '../../helpers/returns-data';
import { tempStation, type TempStation } from '../../helpers/station';

describe('CSV cells (RFC 4180 with the formula guard)', () => {
  it('quotes commas, quotes and line breaks, doubles quotes, ends records with CRLF', () => {
    expect(csvRecord(['a', 'b,c', 'say "hi"', 'two\nlines', null, 7, 2.5])).toBe('a,"b,c","say ""hi""","two\nlines",,7,2.5\r\n');
    expect(csvRecord(['id', 'x', 'y'], 1)).toBe('x,y\r\n');
  });

  it('makes text starting with = + - @ (or tab, CR) inert, keeps negative numbers numbers', () => {
    expect(['=1+1', '+CMD', '-2+3', '@SUM(A1)', '\tx', '\r=x'].map(csvCell)).toEqual(["'=1+1", "'+CMD", "'-2+3", "'@SUM(A1)", "'\tx", `"'\r=x"`]);
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(150 - 149.99)).toBe('0.01');
    expect(csvCell('ünïcødé €')).toBe('ünïcødé €');
  });
});

describe('runExport', () => {
  let t: TempStation;
  let dir: string;
  beforeEach(async () => {
    t = await tempStation();
    await seedLifecycle(t.station.database.db);
    dir = join(t.dataDir, 'out');
    mkdirSync(dir);
  });
  afterEach(() => t.dispose());

  const ctx = { bySerial: true, defaultWarehouseId: 1 };
  const run = (opts: Partial<ExportOptions> & Pick<ExportOptions, 'kind' | 'format' | 'out'>) => runExport(t.station.database.db, { filter: {}, ctx, ...opts });
  const csv = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];

  it('writes arrivals with serials: one row per serial received, filtered by vendor, SKU and date', async () => {
    const out = join(dir, 'arrivals.csv');
    expect(await run({ kind: 'arrivals', format: 'csv', out })).toEqual({ rows: 5, path: out });
    const rows = csv(out);
    expect(rows[0]).toEqual({ PO: 'PO-1', 'PO date': expect.any(String), Vendor: 'ACME', Invoice: '', SKU: 'SCN', Product: 'Scanner', Price: '100', 'Received on': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'Received by': '', 'Qty received': '5', Warehouse: 'MAIN', Bin: 'A-01', Serial: 'SN00000001', Lot: '', Expiry: '' });
    expect((await run({ kind: 'arrivals', format: 'csv', out, filter: { vendor: 'OTHER' } })).rows).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('PO,PO date,Vendor,Invoice,SKU,Product,Price,Received on,Received by,Qty received,Warehouse,Bin,Serial,Lot,Expiry\r\n');
    expect((await run({ kind: 'arrivals', format: 'csv', out, filter: { sku: 'SCN', from: '2001-01-01', to: '2001-12-31' } })).rows).toBe(0);
  });

  it('writes product serial numbers and the serial report; text cells stay literal', async () => {
    const db = t.station.database.db;
    const hds = await db.selectFrom('products').select('id').where('sku', '=', 'HDS').executeTakeFirstOrThrow();
    await insertSerial(db, { value: '=HYPERLINK("x")', productId: hds.id, status: 'in_stock', source: 'external' }, { type: 'adjusted' });
    const out = join(dir, 'serials.csv');
    expect((await run({ kind: 'serials', format: 'csv', out })).rows).toBe(6);
    const rows = csv(out);
    expect(rows.map((r) => r.Serial)).toEqual(['SN00000001', 'SN00000002', 'SN00000003', 'SN00000004', 'SN00000005', `'=HYPERLINK("x")`]);
    expect(rows[0]).toMatchObject({ SKU: 'SCN', Status: 'shipped', 'Unit cost': '100', PO: 'PO-1' });
    const report = join(dir, 'report.csv');
    await run({ kind: 'report', format: 'csv', out: report, filter: { sku: 'SCN' } });
    expect(csv(report).map((r) => [r.Serial, r['Sale order'], r['Sale price'], r.Margin])).toEqual([
      ['SN00000001', 'SO-1', '150', '50'],
      ['SN00000002', 'SO-1', '150', '50'],
      ['SN00000003', 'SO-2', '160', '60'],
      ['SN00000004', '', '', ''],
      ['SN00000005', '', '', ''],
    ]);
  });

  it('writes XLSX that a spreadsheet library reads back, formulas kept as text', async () => {
    const out = join(dir, 'report.xlsx');
    expect((await run({ kind: 'report', format: 'xlsx', out })).rows).toBe(5);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'SKU', 'Product', 'Serial', 'PO', 'Date ordered', 'Vendor', 'Purchase price', 'Sale order', 'Sale date', 'Sale price', 'Received warehouse', 'Ship-from warehouse', 'Status', 'RMA', 'Cost (P&L)', 'Margin']);
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(2).getCell(3).value).toBe('SN00000001');
    expect(sheet.getRow(2).getCell(10).value).toBe(150);
  });

  it('streams one statement (the CLI path) with the same result as the chunked reader', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    await run({ kind: 'report', format: 'csv', out: a });
    await run({ kind: 'report', format: 'csv', out: b, source: streamedRows(t.station.database, 2) });
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });

  it('the report export (ids and in-memory products, POs, warehouses) writes exactly the report join, for both cost rules', async () => {
    const db = t.station.database.db;
    const hds = await db.selectFrom('products').select('id').where('sku', '=', 'HDS').executeTakeFirstOrThrow();
    await insertSerial(db, { value: 'NORECEIPT1', productId: hds.id, status: 'in_stock', source: 'external' }, { type: 'adjusted' });
    const created = await t.station.dispatch('returns.create', { order_number: 'SO-2' }, { origin: 'test' });
    const rma = (created as { ok: true; value: { state: { rma_number: string } } }).value.state.rma_number;
    await t.station.dispatch('returns.scan', { rma_number: rma, code: 'SN00000003' }, { origin: 'test' });
    for (const bySerial of [true, false]) {
      const c = { bySerial, defaultWarehouseId: 1 };
      const out = join(dir, `join-${bySerial}.csv`);
      await runExport(db, { kind: 'report', format: 'csv', out, filter: {}, ctx: c });
      const joined = await db.executeQuery<Record<string, unknown>>(reportStatement(db, { kind: 'report', filter: {}, ctx: c }));
      const expected = csvRecord(EXPORT_COLUMNS.report.map((col) => col.header)) + joined.rows.map((r) => csvRecord(Object.values(r), 1)).join('');
      expect(readFileSync(out, 'utf8')).toBe(expected);
      expect(expected).toContain(`SN00000003,PO-1,`);
      expect(expected).toContain(`,quarantined,${rma},`);
      expect(expected).toMatch(/HDS,Headset,NORECEIPT1,,,,,,,,,,in_stock,,20,\r\n/);
    }
  });

  it('an unwritable path is a clear error and leaves nothing behind; a cancelled export too', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const isRoot = process.getuid?.() === 0;
    const target = isRoot ? join(dir, 'missing-dir', 'x.csv') : join(locked, 'x.csv');
    await expect(run({ kind: 'serials', format: 'csv', out: target })).rejects.toThrow(ExportError);
    await expect(run({ kind: 'serials', format: 'csv', out: target })).rejects.toThrow(isRoot ? /cannot write .*x\.csv: no such directory/ : /permission denied/);
    await expect(run({ kind: 'serials', format: 'csv', out: dir })).rejects.toThrow(/it is a directory/);
    writeFileSync(join(dir, 'keep.csv'), 'old');
    const abort = new AbortController();
    abort.abort();
    await expect(run({ kind: 'serials', format: 'xlsx', out: join(dir, 'keep.csv'), signal: abort.signal })).rejects.toThrow(ExportCancelled);
    expect(readFileSync(join(dir, 'keep.csv'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['keep.csv', 'locked']);
  });
});
