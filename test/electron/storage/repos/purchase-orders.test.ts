import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../electron/storage/database';
import { ConflictError, UnknownProductError, ValidationError } from '../../../../electron/storage/errors';
import {
  findPurchaseOrders,
  getPurchaseOrder,
  listOpenPurchaseOrdersForProduct,
} from '../../../../electron/storage/repos/purchase-orders';
import { openReceivingSession, recordReceipt } from '../../../../electron/storage/repos/receiving';
import { insertSerial } from '../../../../electron/storage/repos/serials';
import { upsertPurchaseOrder } from '../../../../electron/storage/writers/purchase-order-writer';
import { memoryDb, product } from '../helpers';

let d: Database;
beforeEach(async () => {
  d = await memoryDb();
  await product(d.db, { sku: 'CAM', tracking: 'full', serial_length: 4 });
  await product(d.db, { sku: 'CABLE', tracking: 'none' });
});
afterEach(() => d.close());

const po = {
  po_number: 'PO-1',
  vendor: 'ACME',
  warehouse: 'MAIN',
  vendor_invoice: 'INV-9',
  tracking_number: '1Z999',
  lines: [
    { sku: 'CAM', qty: 2, unit_cost: 100, expected_serials: ['S001', 'S002'] },
    { sku: 'CABLE', qty: 10, unit_cost: 2.5 },
  ],
};

describe('purchase orders', () => {
  it('creates a PO with its lines and expected serials, found by number, invoice or tracking number', async () => {
    const { value, created } = await upsertPurchaseOrder(d.db, po);
    expect(created).toBe(true);
    expect(value).toMatchObject({ po_number: 'PO-1', vendor: 'ACME', warehouse: 'MAIN', status: 'open' });
    expect(value.lines.map((l) => [l.sku, l.qty, l.unit_cost, l.received_qty, l.expected_serials])).toEqual([
      ['CAM', 2, 100, 0, ['S001', 'S002']],
      ['CABLE', 10, 2.5, 0, []],
    ]);
    for (const ref of ['PO-1', 'INV-9', '1Z999']) {
      expect((await findPurchaseOrders(d.db, ref)).map((p) => [p.po_number, p.qty, p.received_qty])).toEqual([['PO-1', 12, 0]]);
    }
    expect(await findPurchaseOrders(d.db, 'nothing')).toEqual([]);
  });

  it('lists open POs that contain a scanned product', async () => {
    await upsertPurchaseOrder(d.db, po);
    await upsertPurchaseOrder(d.db, { po_number: 'PO-2', vendor: 'ACME', lines: [{ sku: 'CABLE', qty: 1 }] });
    const cam = (await getPurchaseOrder(d.db, 'PO-1'))!.lines[0]!.product_id;
    expect((await listOpenPurchaseOrdersForProduct(d.db, cam)).map((p) => p.po_number)).toEqual(['PO-1']);
  });

  it('rejects the whole PO when a line names an unknown SKU', async () => {
    const err = await upsertPurchaseOrder(d.db, { ...po, lines: [...po.lines, { sku: 'NOPE', qty: 1 }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownProductError);
    expect((err as UnknownProductError).issues).toEqual([{ path: 'lines.2.sku', message: 'unknown SKU NOPE' }]);
    expect(await getPurchaseOrder(d.db, 'PO-1')).toBeUndefined();
  });

  it("checks expected serials against the product: tracking, length rule, existing serials", async () => {
    const withSerials = (sku: string, serials: string[]) => ({
      po_number: 'PO-X',
      vendor: 'ACME',
      lines: [{ sku, qty: serials.length, expected_serials: serials }],
    });
    await expect(upsertPurchaseOrder(d.db, withSerials('CABLE', ['S001']))).rejects.toBeInstanceOf(ValidationError);
    await expect(upsertPurchaseOrder(d.db, withSerials('CAM', ['TOO-LONG']))).rejects.toThrow(/exactly 4/);
    const cam = (await upsertPurchaseOrder(d.db, po)).value.lines[0]!.product_id;
    await insertSerial(d.db, { value: 'S777', productId: cam, status: 'in_stock', source: 'external' }, { type: 'adjusted' });
    const err = (await upsertPurchaseOrder(d.db, withSerials('CAM', ['S777'])).catch((e: unknown) => e)) as ConflictError;
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.conflicts).toEqual(['S777']);
  });

  it('replaces a PO while nothing is received, refuses once a receipt exists', async () => {
    await upsertPurchaseOrder(d.db, po);
    const updated = await upsertPurchaseOrder(d.db, { ...po, vendor: 'NORTHWIND', lines: [{ sku: 'CABLE', qty: 3 }] });
    expect(updated.created).toBe(false);
    expect(updated.value.vendor).toBe('NORTHWIND');
    expect(updated.value.lines.map((l) => [l.sku, l.qty])).toEqual([['CABLE', 3]]);
    const session = await openReceivingSession(d.db, { poId: updated.value.id, station: 'Dock' });
    await recordReceipt(d.db, { sessionId: session.id, poLineId: updated.value.lines[0]!.id, qty: 1 });
    await expect(upsertPurchaseOrder(d.db, po)).rejects.toThrow('purchase order PO-1 has receipts and can no longer be changed');
  });
});
