import type { Db } from '../../electron/storage/schema';
import { getOrder } from '../../electron/storage/repos/orders';
import { recordPackingScan, shipOrder } from '../../electron/storage/repos/packing';
import { findOrCreateBin, findOrCreateWarehouse } from '../../electron/storage/repos/places';
import { closeReceivingSession, openReceivingSession, recordReceipt } from '../../electron/storage/repos/receiving';
import { findSerials } from '../../electron/storage/repos/serials';
import { upsertOrder } from '../../electron/storage/writers/order-writer';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';

/**
 * A small lifecycle data set, made through storage (no Ship UI needed):
 * SCN scanner (full tracking, 10-character serials, average cost 90), CBL cable (no tracking),
 * HDS headset (ship tracking). Warehouses MAIN (bins) and EAST (bin E-01).
 * PO-1 from ACME, received into MAIN/A-01: SCN ×5 at 100 (SN00000001…SN00000005) and CBL ×10 at 2.
 * SO-1 shipped: SN00000001 and SN00000002 at 150, 3 × CBL at 10. SO-2 shipped: SN00000003 at 160.
 * SO-3 open, nothing shipped: SCN ×1.
 */
export async function seedLifecycle(db: Db): Promise<void> {
  const main = await findOrCreateWarehouse(db, 'MAIN', 'Main');
  const a01 = await findOrCreateBin(db, main.id, 'A-01');
  await findOrCreateBin(db, main.id, 'A-02');
  const east = await findOrCreateWarehouse(db, 'EAST', 'East');
  await findOrCreateBin(db, east.id, 'E-01');
  await upsertProduct(db, { sku: 'SCN', name: 'Scanner', gtin: '09501101530003', tracking: 'full', serial_length: 10, unit_cost: 90 });
  await upsertProduct(db, { sku: 'CBL', name: 'Cable', tracking: 'none', unit_cost: 2 });
  await upsertProduct(db, { sku: 'HDS', name: 'Headset', tracking: 'ship', unit_cost: 20 });
  const po = (await upsertPurchaseOrder(db, { po_number: 'PO-1', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 5, unit_cost: 100 }, { sku: 'CBL', qty: 10, unit_cost: 2 }] })).value;
  const session = await openReceivingSession(db, { poId: po.id, station: 'Dock', binId: a01.id });
  const serials = ['SN00000001', 'SN00000002', 'SN00000003', 'SN00000004', 'SN00000005'].map((value) => ({ value }));
  await recordReceipt(db, { sessionId: session.id, poLineId: po.lines[0]!.id, qty: 5, serials, station: 'Dock' });
  await recordReceipt(db, { sessionId: session.id, poLineId: po.lines[1]!.id, qty: 10, station: 'Dock' });
  await closeReceivingSession(db, session.id);

  await upsertOrder(db, { order_number: 'SO-1', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 2, unit_price: 150 }, { sku: 'CBL', qty: 3, unit_price: 10 }] });
  await upsertOrder(db, { order_number: 'SO-2', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 1, unit_price: 160 }] });
  await upsertOrder(db, { order_number: 'SO-3', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 1, unit_price: 170 }] });
  await shipSerials(db, 'SO-1', ['SN00000001', 'SN00000002'], [{ sku: 'CBL', qty: 3 }]);
  await shipSerials(db, 'SO-2', ['SN00000003']);
}

/** Packs these serials (and units without serials) into an order and ships it. */
export async function shipSerials(db: Db, orderNumber: string, serials: string[], units: { sku: string; qty: number }[] = []): Promise<void> {
  const order = (await getOrder(db, orderNumber))!;
  for (const value of serials) {
    const [serial] = await findSerials(db, value);
    const line = order.lines.find((l) => l.product_id === serial!.product_id)!;
    await recordPackingScan(db, { orderLineId: line.id, serialId: serial!.id, station: 'Bench' });
  }
  for (const u of units) {
    const line = order.lines.find((l) => l.sku === u.sku)!;
    await recordPackingScan(db, { orderLineId: line.id, qty: u.qty, station: 'Bench' });
  }
  await shipOrder(db, { orderId: order.id, station: 'Bench', packages: [{ weightGrams: 500 }] });
}
