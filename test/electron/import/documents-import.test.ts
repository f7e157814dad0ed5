import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/import/run-import';
import type { Database } from '../../../electron/storage/database';
import { getOrder } from '../../../electron/storage/repos/orders';
import { getPurchaseOrder } from '../../../electron/storage/repos/purchase-orders';
import { count, memoryDb, product, tempDir } from '../storage/helpers';
import { csvFile, lines } from './csv-files';

const tmp = tempDir('scanbay-import-docs-');
afterAll(() => tmp.cleanup());
let d: Database;
beforeEach(async () => {
  d = await memoryDb();
  await product(d.db, { sku: 'CAM', tracking: 'full' });
  await product(d.db, { sku: 'CABLE', tracking: 'none' });
});
afterEach(() => d.close());

const file = (content: string) => csvFile(tmp.dir, `f${Math.random().toString(36).slice(2)}.csv`, content);

describe('import purchase-orders', () => {
  it('groups rows by po_number into POs with lines and expected serials', async () => {
    const r = await runImport(d.db, {
      kind: 'purchase-orders',
      path: file(
        lines(
          'po_number,vendor,warehouse,vendor_invoice,tracking_number,sku,qty,unit_cost,expected_serials',
          'PO-1,ACME,MAIN,INV-1,1Z1,CAM,2,100,S1|S2',
          'PO-2,NORTH,,,,CABLE,5,,',
          'PO-1,ACME,MAIN,INV-1,1Z1,CABLE,10,2.5,',
        ),
      ),
    });
    expect(r).toMatchObject({ ok: true, summary: { rows: 3, documents: 2, created: 2, lines: 3 } });
    const po = (await getPurchaseOrder(d.db, 'PO-1'))!;
    expect(po).toMatchObject({ vendor: 'ACME', warehouse: 'MAIN', vendor_invoice: 'INV-1', tracking_number: '1Z1' });
    expect(po.lines.map((l) => [l.sku, l.qty, l.unit_cost, l.expected_serials])).toEqual([
      ['CAM', 2, 100, ['S1', 'S2']],
      ['CABLE', 10, 2.5, []],
    ]);
  });

  it('reports unknown SKUs, negative and non-numeric quantities and inconsistent header fields; writes nothing', async () => {
    const r = await runImport(d.db, {
      kind: 'purchase-orders',
      path: file(
        lines(
          'po_number,vendor,sku,qty',
          'PO-1,ACME,CAM,1',
          'PO-1,ACME,NOPE,1',
          'PO-2,ACME,CAM,-3',
          'PO-3,ACME,CAM,three',
          'PO-4,ACME,CAM,1',
          'PO-4,OTHER,CABLE,1',
          ',ACME,CAM,1',
        ),
      ),
    });
    expect(!r.ok && r.errors).toEqual([
      { row: 3, column: 'sku', message: 'unknown SKU NOPE' },
      { row: 4, column: 'qty', message: 'must be at least 1' },
      { row: 5, column: 'qty', message: 'must be a number, not "three"' },
      {
        row: 7,
        column: 'vendor',
        message: '"OTHER" but row 6 of po_number PO-4 has "ACME"; repeat the same value on every row of a document',
      },
      { row: 8, column: 'po_number', message: 'is required' },
    ]);
    expect(await count(d, 'purchase_orders')).toBe(0);
    expect(await count(d, 'vendors')).toBe(0);
  });

  it('rejects expected serials that do not cover the line quantity', async () => {
    const r = await runImport(d.db, {
      kind: 'purchase-orders',
      path: file(lines('po_number,vendor,sku,qty,expected_serials', 'PO-1,ACME,CAM,3,S1|S2')),
    });
    expect(!r.ok && r.errors[0]).toMatchObject({ row: 2, column: 'expected_serials' });
  });
});

describe('import orders', () => {
  it('imports orders with picked/confirmed flags and prices', async () => {
    const r = await runImport(d.db, {
      kind: 'orders',
      path: file(lines('order_number,warehouse,picked,confirmed,sku,qty,unit_price', 'SO-1,MAIN,yes,false,CAM,1,199', 'SO-1,MAIN,yes,false,CABLE,2,9.5')),
    });
    expect(r).toMatchObject({ ok: true, summary: { documents: 1, lines: 2 } });
    expect(await getOrder(d.db, 'SO-1')).toMatchObject({ picked: true, confirmed: false, warehouse: 'MAIN' });
  });

  it('reports unknown SKUs and bad prices per row', async () => {
    const r = await runImport(d.db, {
      kind: 'orders',
      path: file(lines('order_number,sku,qty,unit_price', 'SO-1,CAM,1,-1', 'SO-2,GHOST,1,')),
    });
    expect(!r.ok && r.errors).toEqual([
      { row: 2, column: 'unit_price', message: 'must not be negative' },
      { row: 3, column: 'sku', message: 'unknown SKU GHOST' },
    ]);
    expect(await count(d, 'orders')).toBe(0);
  });
});
