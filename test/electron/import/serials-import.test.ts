import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/import/run-import';
import type { Database } from '../../../electron/storage/database';
import { findSerials, serialHistory } from '../../../electron/storage/repos/serials';
import { stockByLocation } from '../../../electron/storage/repos/stock';
import { count, memoryDb, product, tempDir } from '../storage/helpers';
import { csvFile, lines } from './csv-files';

const tmp = tempDir('scanbay-import-serials-');
afterAll(() => tmp.cleanup());
let d: Database;
beforeEach(async () => {
  d = await memoryDb();
  await product(d.db, { sku: 'CAM', tracking: 'full', serial_length: 6 });
  await product(d.db, { sku: 'HDS', tracking: 'ship' });
  await product(d.db, { sku: 'CABLE', tracking: 'none' });
});
afterEach(() => d.close());

const file = (content: string) => csvFile(tmp.dir, `f${Math.random().toString(36).slice(2)}.csv`, content);

describe('import serials (opening stock)', () => {
  it('puts each serial in stock where the row says, with an opening-stock ledger event', async () => {
    const rows = ['sku,serial,warehouse,bin,lot,expiry,unit_cost'];
    for (let i = 0; i < 1200; i++) rows.push(`CAM,C${String(i).padStart(5, '0')},MAIN,A-${i % 3},,,`);
    rows.push('HDS,H-1,EAST,,L1,2027-05-31,42');
    const r = await runImport(d.db, { kind: 'serials', path: file(lines(...rows)) });
    expect(r).toMatchObject({ ok: true, summary: { rows: 1201, serials: 1201 } });
    const [h] = await findSerials(d.db, 'H-1');
    expect(h).toMatchObject({ status: 'in_stock', warehouse: 'EAST', bin: null, lot: 'L1', expiry: '2027-05-31', unit_cost: 42, source: 'external' });
    expect((await serialHistory(d.db, h!.id)).map((e) => [e.type, e.document_type, e.details])).toEqual([
      ['adjusted', 'import', { action: 'opening_stock' }],
    ]);
    expect((await stockByLocation(d.db)).map((s) => [s.sku, s.warehouse, s.bin, s.qty, s.serial_count])).toEqual([
      ['CAM', 'MAIN', 'A-0', 400, 400],
      ['CAM', 'MAIN', 'A-1', 400, 400],
      ['CAM', 'MAIN', 'A-2', 400, 400],
      ['HDS', 'EAST', null, 1, 1],
    ]);
  });

  it('reports serials that collide with existing ones or repeat in the file, and rule violations; writes nothing', async () => {
    await runImport(d.db, { kind: 'serials', path: file(lines('sku,serial', 'CAM,OLD001')) });
    const r = await runImport(d.db, {
      kind: 'serials',
      path: file(
        lines(
          'sku,serial,expiry,unit_cost',
          'CAM,NEW001,,',
          'CAM,OLD001,,',
          'CAM,NEW001,,',
          'CAM,SHORT,,',
          'CABLE,X1,,',
          'GHOST,X2,,',
          'HDS,H 1,,',
          'HDS,H2,31/12/2027,',
          'HDS,H3,,-1',
        ),
      ),
    });
    expect(!r.ok && r.errors).toEqual([
      { row: 3, column: 'serial', message: 'serial OLD001 already exists for CAM (in_stock)' },
      { row: 4, column: 'serial', message: 'duplicate serial NEW001: already on row 2' },
      { row: 5, column: 'serial', message: 'The serial number has 5 characters; this product needs exactly 6.' },
      { row: 6, column: 'sku', message: 'CABLE does not track serial numbers' },
      { row: 7, column: 'sku', message: 'unknown SKU GHOST' },
      { row: 8, column: 'serial', message: 'The serial number contains spaces or control characters.' },
      { row: 9, column: 'expiry', message: 'must be a date written YYYY-MM-DD, not "31/12/2027"' },
      { row: 10, column: 'unit_cost', message: 'must not be negative' },
    ]);
    expect(await count(d, 'serials')).toBe(1);
    expect(await findSerials(d.db, 'NEW001')).toEqual([]);
  });

  it('finds a collision with a serial written in an earlier chunk of the same file', async () => {
    const rows = ['sku,serial'];
    for (let i = 0; i < 700; i++) rows.push(`HDS,S${i}`);
    rows.push('HDS,S5');
    const r = await runImport(d.db, { kind: 'serials', path: file(lines(...rows)) });
    expect(!r.ok && r.errors).toEqual([{ row: 702, column: 'serial', message: 'duplicate serial S5: already on row 7' }]);
    expect(await count(d, 'serials')).toBe(0);
  });

  it('names only the taken serial when an otherwise clean chunk is partly written, then writes nothing', async () => {
    await runImport(d.db, { kind: 'serials', path: file(lines('sku,serial', 'HDS,S300')) });
    const rows = ['sku,serial'];
    for (let i = 0; i < 600; i++) rows.push(`HDS,S${i}`);
    const r = await runImport(d.db, { kind: 'serials', path: file(lines(...rows)) });
    expect(!r.ok && r.errors).toEqual([{ row: 302, column: 'serial', message: 'serial S300 already exists for HDS (in_stock)' }]);
    expect(await count(d, 'serials')).toBe(1);
    expect(await count(d, 'serial_events')).toBe(1);
  });
});
