import type { Station } from '../../electron/backend/station';
import { seedDemo } from '../../electron/demo/seed';
import { upsertOrder } from '../../electron/storage/writers/order-writer';
import { upsertProduct } from '../../electron/storage/writers/product-writer';

/**
 * The demo station (electron/demo/seed.ts: SO-2001…SO-2004, scanners SCN1000001…6 and scales
 * SCL20001…3 in stock, HDS-300 replaceable by HDS-310, supervisor sam PIN 9999) plus:
 * PAT-1 (ship tracking, serials two letters and six digits), SO-3001 (SCN-100 ×3, CBL-USB ×5,
 * picked), SO-3002 (PAT-1 ×1, HDS-300 ×2, picked and confirmed), SO-3003 (KIT-STARTER ×2, picked).
 */
export async function seedShipping(station: Station): Promise<void> {
  const db = station.database.db;
  await seedDemo(db);
  await upsertProduct(db, { sku: 'PAT-1', name: 'Patterned widget', tracking: 'ship', serial_pattern: '[A-Z]{2}[0-9]{6}' });
  await upsertOrder(db, { order_number: 'SO-3001', warehouse: 'MAIN', picked: true, lines: [{ sku: 'SCN-100', qty: 3 }, { sku: 'CBL-USB', qty: 5 }] });
  await upsertOrder(db, { order_number: 'SO-3002', warehouse: 'MAIN', picked: true, confirmed: true, lines: [{ sku: 'PAT-1', qty: 1 }, { sku: 'HDS-300', qty: 2 }] });
  await upsertOrder(db, { order_number: 'SO-3003', warehouse: 'MAIN', picked: true, lines: [{ sku: 'KIT-STARTER', qty: 2 }] });
}
