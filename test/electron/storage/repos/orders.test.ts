import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../electron/storage/database';
import { ConflictError, UnknownProductError } from '../../../../electron/storage/errors';
import { getOrder, listOpenOrders, openOrdersHoldingSerial } from '../../../../electron/storage/repos/orders';
import { recordPackingScan, removePackingScan, replaceOrderLineProduct, shipOrder } from '../../../../electron/storage/repos/packing';
import { findOrCreateWarehouse } from '../../../../electron/storage/repos/places';
import { findSerials, insertSerial, serialHistory } from '../../../../electron/storage/repos/serials';
import { adjustStock, stockByLocation } from '../../../../electron/storage/repos/stock';
import { upsertOrder } from '../../../../electron/storage/writers/order-writer';
import { memoryDb, product } from '../helpers';

let d: Database;
let cam: number;
let cable: number;
let main: number;
beforeEach(async () => {
  d = await memoryDb();
  cam = (await product(d.db, { sku: 'CAM', tracking: 'ship' })).id;
  cable = (await product(d.db, { sku: 'CABLE', tracking: 'none' })).id;
  await product(d.db, { sku: 'CAM-2', tracking: 'ship' });
  main = (await findOrCreateWarehouse(d.db, 'MAIN')).id;
});
afterEach(() => d.close());

const order = {
  order_number: 'SO-1',
  warehouse: 'MAIN',
  picked: true,
  lines: [
    { sku: 'CAM', qty: 1, unit_price: 199 },
    { sku: 'CABLE', qty: 2, unit_price: 5 },
  ],
};

describe('orders', () => {
  it('creates an order with lines and flags; lists open orders, picked only on request', async () => {
    const { value } = await upsertOrder(d.db, order);
    await upsertOrder(d.db, { order_number: 'SO-2', lines: [{ sku: 'CABLE', qty: 1 }] });
    expect(value).toMatchObject({ order_number: 'SO-1', status: 'open', picked: true, confirmed: false, warehouse: 'MAIN' });
    expect(value.lines.map((l) => [l.sku, l.qty, l.unit_price, l.scanned_qty, l.shipped_qty])).toEqual([
      ['CAM', 1, 199, 0, 0],
      ['CABLE', 2, 5, 0, 0],
    ]);
    expect((await listOpenOrders(d.db)).map((o) => o.order_number)).toEqual(['SO-1', 'SO-2']);
    expect((await listOpenOrders(d.db, { onlyPicked: true })).map((o) => o.order_number)).toEqual(['SO-1']);
  });

  it('rejects unknown SKUs whole', async () => {
    const err = (await upsertOrder(d.db, { order_number: 'SO-9', lines: [{ sku: 'X', qty: 1 }] }).catch((e: unknown) => e)) as UnknownProductError;
    expect(err).toBeInstanceOf(UnknownProductError);
    expect(err.skus).toEqual(['X']);
    expect(await getOrder(d.db, 'SO-9')).toBeUndefined();
  });

  it('packing scans survive as they are made; shipping marks serials shipped with order and shipment', async () => {
    const { value } = await upsertOrder(d.db, order);
    const serialId = await insertSerial(
      d.db,
      { value: 'SN1', productId: cam, status: 'in_stock', source: 'external', warehouseId: main },
      { type: 'adjusted' },
    );
    await adjustStock(d.db, { productId: cam, warehouseId: main, binId: null, delta: 1 });
    await adjustStock(d.db, { productId: cable, warehouseId: main, binId: null, delta: 5 });
    const [camLine, cableLine] = value.lines;
    await recordPackingScan(d.db, { orderLineId: camLine!.id, serialId, station: 'Bench' });
    const extra = await recordPackingScan(d.db, { orderLineId: cableLine!.id, qty: 3, station: 'Bench' });
    await removePackingScan(d.db, extra);
    await recordPackingScan(d.db, { orderLineId: cableLine!.id, qty: 2, station: 'Bench' });
    let view = (await getOrder(d.db, 'SO-1'))!;
    expect(view.status).toBe('in_progress');
    expect(view.lines.map((l) => [l.scanned_qty, l.serials])).toEqual([
      [1, ['SN1']],
      [2, []],
    ]);
    expect(await openOrdersHoldingSerial(d.db, serialId)).toEqual(['SO-1']);

    const shipmentId = await shipOrder(d.db, {
      orderId: value.id,
      station: 'Bench',
      trackingNumber: '1Z1',
      packages: [{ weightGrams: 900, lengthMm: 300, widthMm: 200, heightMm: 100 }],
    });
    view = (await getOrder(d.db, 'SO-1'))!;
    expect(view.status).toBe('shipped');
    expect(view.lines.map((l) => l.shipped_qty)).toEqual([1, 2]);
    expect((await findSerials(d.db, 'SN1'))[0]).toMatchObject({ status: 'shipped', warehouse: null });
    expect((await serialHistory(d.db, serialId)).at(-1)).toMatchObject({
      type: 'shipped',
      document_type: 'order',
      document_number: 'SO-1',
      details: { shipment_id: shipmentId, unit_price: 199 },
    });
    expect((await stockByLocation(d.db)).map((s) => [s.sku, s.qty])).toEqual([['CABLE', 3]]);
    expect(await openOrdersHoldingSerial(d.db, serialId)).toEqual([]);
    await expect(shipOrder(d.db, { orderId: value.id, station: 'Bench', packages: [] })).rejects.toThrow(/shipped/);
    await expect(recordPackingScan(d.db, { orderLineId: camLine!.id, station: 'Bench' })).rejects.toThrow(/shipped/);
  });

  it('an order being packed can no longer be replaced by an import or the API', async () => {
    await upsertOrder(d.db, order);
    // An update replaces the lines (new ids on PostgreSQL; SQLite may reuse the old ones).
    const { value } = await upsertOrder(d.db, { ...order, confirmed: true });
    await recordPackingScan(d.db, { orderLineId: value.lines[1]!.id, station: 'Bench' });
    await expect(upsertOrder(d.db, order)).rejects.toBeInstanceOf(ConflictError);
  });

  it('a replacement product takes the line and remembers what was ordered', async () => {
    const { value } = await upsertOrder(d.db, order);
    const cam2 = (await product(d.db, { sku: 'CAM-2', tracking: 'ship' })).id;
    await replaceOrderLineProduct(d.db, value.lines[0]!.id, cam2);
    expect((await getOrder(d.db, 'SO-1'))!.lines[0]).toMatchObject({ sku: 'CAM-2', replaced_from: 'CAM' });
  });
});
