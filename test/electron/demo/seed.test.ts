import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/demo/seed';
import type { Database } from '../../../electron/storage/database';
import { listOpenOrders, getOrder } from '../../../electron/storage/repos/orders';
import { listVendors, listWarehouses, listBins } from '../../../electron/storage/repos/places';
import { findProductByCode, getProductDetail } from '../../../electron/storage/repos/products';
import { getPurchaseOrder, listOpenPurchaseOrders } from '../../../electron/storage/repos/purchase-orders';
import { stockByLocation } from '../../../electron/storage/repos/stock';
import { listUsers, verifyPin } from '../../../electron/users/users';
import { normalizeGtin } from '../../../shared/domain/gtin';
import { memoryDb, product } from '../storage/helpers';

let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(() => d.close());

describe('seedDemo', () => {
  it('seeds a catalog, places, open documents, users and stock on an empty station', async () => {
    const r = await seedDemo(d.db);
    expect(r.seeded).toBe(true);

    const skus = ['SCN-100', 'SCL-200', 'CBL-USB', 'LBL-4X6', 'HDS-300', 'HDS-310', 'KIT-STARTER'];
    const products = await Promise.all(skus.map((s) => getProductDetail(d.db, s)));
    expect(new Set(products.map((p) => p!.tracking))).toEqual(new Set(['full', 'ship', 'none']));
    for (const p of products) expect(normalizeGtin(p!.gtin!)).toBe(p!.gtin); // valid check digits
    expect((await findProductByCode(d.db, products[0]!.gtin!.slice(1)))?.product.sku).toBe('SCN-100');
    const kit = products[6]!;
    expect(kit.kit_components.find((c) => c.is_main)).toMatchObject({ sku: 'SCN-100', tracking: 'full' });
    expect(products[4]!.replacements).toEqual(['HDS-310']);

    expect((await listVendors(d.db)).length).toBe(2);
    const warehouses = await listWarehouses(d.db);
    expect(warehouses.length).toBe(2);
    for (const w of warehouses) expect((await listBins(d.db, w.id)).length).toBeGreaterThan(0);

    expect((await listOpenPurchaseOrders(d.db)).map((p) => p.po_number)).toEqual(['PO-1001', 'PO-1002', 'PO-1003']);
    expect((await getPurchaseOrder(d.db, 'PO-1001'))!.lines[0]!.expected_serials).toHaveLength(3);

    const orders = await listOpenOrders(d.db);
    expect(orders.map((o) => [o.order_number, o.picked, o.confirmed])).toEqual([
      ['SO-2001', true, true],
      ['SO-2002', true, false],
      ['SO-2003', false, true],
      ['SO-2004', true, true],
    ]);
    expect((await getOrder(d.db, 'SO-2004'))!.lines[0]!.sku).toBe('KIT-STARTER');

    const users = await listUsers(d.db);
    expect(users.map((u) => [u.name, u.role])).toEqual([
      ['ana', 'operator'],
      ['ben', 'operator'],
      ['sam', 'supervisor'],
    ]);
    expect(await verifyPin(d.db, { name: 'ana' }, '1234')).toMatchObject({ ok: true });
    expect(await verifyPin(d.db, { name: 'sam' }, '9999')).toMatchObject({ ok: true });

    const stock = await stockByLocation(d.db);
    const scanners = stock.find((s) => s.sku === 'SCN-100')!;
    expect([scanners.qty, scanners.serial_count]).toEqual([6, 6]);
    // Enough serialized stock to ship SO-2001 (2 scanners).
    expect(scanners.serial_count).toBeGreaterThanOrEqual(2);
  });

  it('does nothing on a station that already has data, and nothing twice', async () => {
    await product(d.db, { sku: 'MINE' });
    expect((await seedDemo(d.db)).seeded).toBe(false);
    expect(await getProductDetail(d.db, 'SCN-100')).toBeUndefined();

    const fresh = await memoryDb();
    expect((await seedDemo(fresh.db)).seeded).toBe(true);
    expect((await seedDemo(fresh.db)).seeded).toBe(false);
    expect((await listUsers(fresh.db)).length).toBe(3);
    await fresh.close();
  });
});
