import { gtinCheckDigit } from '../../shared/domain/gtin';
import { findOrCreateBin, findOrCreateVendor, findOrCreateWarehouse } from '../storage/repos/places';
import { closeReceivingSession, openReceivingSession, recordReceipt } from '../storage/repos/receiving';
import type { Db } from '../storage/schema';
import { writeTransaction } from '../storage/transaction';
import { upsertOrder } from '../storage/writers/order-writer';
import { upsertProduct } from '../storage/writers/product-writer';
import { upsertPurchaseOrder } from '../storage/writers/purchase-order-writer';
import { createUser } from '../users/users';

/** A GTIN-13 from 12 data digits, with its check digit. */
function gtin13(data12: string): string {
  return `${data12}${gtinCheckDigit(data12)}`;
}

export interface SeedResult {
  seeded: boolean;
  products: number;
  purchaseOrders: number;
  orders: number;
  users: number;
  serialsInStock: number;
}

/** True when the station holds no products, documents, users or serials yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  for (const table of ['products', 'purchase_orders', 'orders', 'users', 'serials'] as const) {
    const row = await db.selectFrom(table).select('id').limit(1).executeTakeFirst();
    if (row) return false;
  }
  return true;
}

/**
 * Seeds a small, realistic station on an empty database so every flow can be tried at once
 * (`scanbay serve --demo`, the desktop app's first run). Does nothing when the database already
 * holds products, documents, users or serials. All of it is one transaction.
 *
 * Users and PINs:  ana (operator) PIN 1234 · ben (operator) PIN 2468 · sam (supervisor) PIN 9999.
 *
 * Catalog: SCN-100 barcode scanner (full tracking, 10-character serials), SCL-200 bench scale
 * (full, serials 8–12 characters), CBL-USB cable (no tracking), LBL-4X6 label roll (no tracking),
 * HDS-300 headset (ship tracking: serial captured only when packing), KIT-STARTER (a scanner, a
 * cable and a label roll; the scanner is the main component).
 * Warehouses MAIN (bins, B-01) and EAST (bins E-01, E-02); vendors ACME and NORTHWIND.
 * Open POs: PO-1001 (expected scanner serials), PO-1002 (scales, headsets, cables), PO-1003 (EAST).
 * Open orders: SO-2001 picked + confirmed, SO-2002 picked only, SO-2003 unpicked, SO-2004 the kit.
 * In stock: 6 scanners (SCN1000001…6), 3 scales, 40 cables, 20 label rolls, received on PO-0999.
 */
export async function seedDemo(db: Db, opts: { at?: Date } = {}): Promise<SeedResult> {
  const none = { seeded: false, products: 0, purchaseOrders: 0, orders: 0, users: 0, serialsInStock: 0 };
  return writeTransaction(db, async (trx) => {
    if (!(await isEmpty(trx))) return none;
    const at = opts.at ?? new Date();
    const main = await findOrCreateWarehouse(trx, 'MAIN', 'Main warehouse');
    const east = await findOrCreateWarehouse(trx, 'EAST', 'East depot');
    const bins = {
      a1: await findOrCreateBin(trx, main.id, 'A-01'),
      a2: await findOrCreateBin(trx, main.id, 'A-02'),
    };
    await findOrCreateBin(trx, main.id, 'B-01');
    await findOrCreateBin(trx, east.id, 'E-01');
    await findOrCreateBin(trx, east.id, 'E-02');
    await findOrCreateVendor(trx, 'ACME', 'Acme Scanning Supply');
    await findOrCreateVendor(trx, 'NORTHWIND', 'Northwind Devices');

    const products = [
      {
        sku: 'SCN-100',
        name: 'Handheld barcode scanner',
        gtin: gtin13('401234500001'),
        aliases: ['SCANNER-100'],
        tracking: 'full' as const,
        serial_length: 10,
        weight_grams: 210,
        unit_cost: 89,
      },
      {
        sku: 'SCL-200',
        name: 'Bench scale 30 kg',
        gtin: gtin13('401234500002'),
        tracking: 'full' as const,
        serial_min_length: 8,
        serial_max_length: 12,
        weight_grams: 3200,
        unit_cost: 240,
      },
      {
        sku: 'CBL-USB',
        name: 'USB cable 2 m',
        gtin: gtin13('401234500003'),
        upc: '012345678905',
        tracking: 'none' as const,
        weight_grams: 60,
        unit_cost: 3.5,
      },
      {
        sku: 'LBL-4X6',
        name: 'Label roll 4x6',
        gtin: gtin13('401234500004'),
        aliases: ['LABEL-46'],
        tracking: 'none' as const,
        weight_grams: 400,
        unit_cost: 6,
        expirable: true,
      },
      { sku: 'HDS-310', name: 'Wireless headset (new model)', gtin: gtin13('401234500006'), tracking: 'ship' as const },
      {
        sku: 'HDS-300',
        name: 'Wireless headset',
        gtin: gtin13('401234500005'),
        tracking: 'ship' as const,
        weight_grams: 180,
        unit_cost: 55,
        replacements: ['HDS-310'],
      },
    ];
    for (const p of products) await upsertProduct(trx, p, { at });
    await upsertProduct(
      trx,
      {
        sku: 'KIT-STARTER',
        name: 'Scanner starter kit',
        gtin: gtin13('401234500009'),
        tracking: 'none',
        kit_components: [
          { sku: 'SCN-100', qty: 1 },
          { sku: 'CBL-USB', qty: 1 },
          { sku: 'LBL-4X6', qty: 2 },
        ],
      },
      { at },
    );

    // Opening stock, received on an earlier PO so serials carry a purchase price.
    const { value: past } = await upsertPurchaseOrder(
      trx,
      {
        po_number: 'PO-0999',
        vendor: 'ACME',
        warehouse: 'MAIN',
        lines: [
          { sku: 'SCN-100', qty: 6, unit_cost: 87 },
          { sku: 'SCL-200', qty: 3, unit_cost: 235 },
          { sku: 'CBL-USB', qty: 40, unit_cost: 3.2 },
          { sku: 'LBL-4X6', qty: 20, unit_cost: 5.9 },
        ],
      },
      { at },
    );
    const session = await openReceivingSession(trx, { poId: past.id, station: 'Demo', binId: bins.a1.id, at });
    const [scanners, scales, cables, labels] = past.lines;
    const serials = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ value: `${prefix}${i + 1}` }));
    const receipt = { sessionId: session.id, at };
    await recordReceipt(trx, { ...receipt, poLineId: scanners!.id, qty: 6, serials: serials('SCN100000', 6) });
    await recordReceipt(trx, { ...receipt, poLineId: scales!.id, qty: 3, serials: serials('SCL2000', 3), binId: bins.a2.id });
    await recordReceipt(trx, { ...receipt, poLineId: cables!.id, qty: 40 });
    await recordReceipt(trx, { ...receipt, poLineId: labels!.id, qty: 20, binId: bins.a2.id });
    await closeReceivingSession(trx, session.id, at);

    const pos = [
      {
        po_number: 'PO-1001',
        vendor: 'ACME',
        warehouse: 'MAIN',
        vendor_invoice: 'INV-77001',
        tracking_number: '1Z999AA10123456784',
        lines: [
          { sku: 'SCN-100', qty: 3, unit_cost: 88, expected_serials: ['SCN2000001', 'SCN2000002', 'SCN2000003'] },
          { sku: 'LBL-4X6', qty: 10, unit_cost: 6 },
        ],
      },
      {
        po_number: 'PO-1002',
        vendor: 'NORTHWIND',
        warehouse: 'MAIN',
        vendor_invoice: 'NW-5512',
        lines: [
          { sku: 'SCL-200', qty: 2, unit_cost: 238 },
          { sku: 'HDS-300', qty: 5, unit_cost: 54 },
          { sku: 'CBL-USB', qty: 25, unit_cost: 3.4 },
        ],
      },
      { po_number: 'PO-1003', vendor: 'ACME', warehouse: 'EAST', lines: [{ sku: 'SCN-100', qty: 4, unit_cost: 89 }] },
    ];
    for (const po of pos) await upsertPurchaseOrder(trx, po, { at });

    const line = (sku: string, qty: number, unit_price: number) => ({ sku, qty, unit_price });
    const orders = [
      {
        order_number: 'SO-2001',
        warehouse: 'MAIN',
        picked: true,
        confirmed: true,
        lines: [line('SCN-100', 2, 149), line('CBL-USB', 2, 9.9)],
      },
      {
        order_number: 'SO-2002',
        warehouse: 'MAIN',
        picked: true,
        confirmed: false,
        lines: [line('SCL-200', 1, 399), line('HDS-300', 1, 89)],
      },
      { order_number: 'SO-2003', warehouse: 'MAIN', picked: false, confirmed: true, lines: [line('LBL-4X6', 4, 12)] },
      { order_number: 'SO-2004', warehouse: 'MAIN', picked: true, confirmed: true, lines: [line('KIT-STARTER', 1, 199)] },
    ];
    for (const order of orders) await upsertOrder(trx, order, { at });

    const users = [
      { name: 'ana', role: 'operator' as const, pin: '1234' },
      { name: 'ben', role: 'operator' as const, pin: '2468' },
      { name: 'sam', role: 'supervisor' as const, pin: '9999' },
    ];
    for (const u of users) await createUser(trx, u, () => at);

    return {
      seeded: true,
      products: products.length + 1,
      purchaseOrders: pos.length + 1,
      orders: orders.length,
      users: users.length,
      serialsInStock: 9,
    };
  });
}
