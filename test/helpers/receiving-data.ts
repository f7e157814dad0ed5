import type { Station } from '../../electron/backend/station';
import { findOrCreateBin, findOrCreateWarehouse } from '../../electron/storage/repos/places';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';

/**
 * A small receiving catalog:
 * SCN scanner (full tracking, exactly 10-character serials, GTIN 09501101530003, UPC 950110153000 is
 * not set; alias SCANNER), SCL scale (full, 8–12 upper-case letters/digits), CBL cable (none),
 * HDS headset (ship), NOLEN widget (full, no length rule).
 * PO-1 from ACME: SCN ×3, CBL ×10, HDS ×2, SCL ×2, NOLEN ×2. PO-2 from NORTH: SCN ×2 with expected
 * serials EXP0000001, EXP0000002. PO-3 from ACME: SCN ×5. Warehouse MAIN with bins.
 */
export async function seedReceiving(station: Station): Promise<void> {
  const db = station.database.db;
  const main = await findOrCreateWarehouse(db, 'MAIN', 'Main');
  await findOrCreateBin(db, main.id, 'A-01');
  await findOrCreateBin(db, main.id, 'A-02');
  await upsertProduct(db, { sku: 'SCN', name: 'Scanner', gtin: '09501101530003', aliases: ['SCANNER'], tracking: 'full', serial_length: 10, unit_cost: 100 });
  await upsertProduct(db, { sku: 'SCL', name: 'Scale', gtin: '04006381333931', tracking: 'full', serial_min_length: 8, serial_max_length: 12, serial_pattern: '[A-Z0-9]+' });
  await upsertProduct(db, { sku: 'CBL', name: 'Cable', upc: '501234567890', tracking: 'none' });
  await upsertProduct(db, { sku: 'HDS', name: 'Headset', tracking: 'ship' });
  await upsertProduct(db, { sku: 'NOLEN', name: 'Widget', tracking: 'full' });
  await upsertPurchaseOrder(db, {
    po_number: 'PO-1',
    vendor: 'ACME',
    warehouse: 'MAIN',
    vendor_invoice: 'INV-1',
    tracking_number: '1Z999',
    lines: [
      { sku: 'SCN', qty: 3, unit_cost: 100 },
      { sku: 'CBL', qty: 10 },
      { sku: 'HDS', qty: 2 },
      { sku: 'SCL', qty: 2 },
      { sku: 'NOLEN', qty: 2 },
    ],
  });
  await upsertPurchaseOrder(db, { po_number: 'PO-2', vendor: 'NORTH', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 2, expected_serials: ['EXP0000001', 'EXP0000002'] }] });
  await upsertPurchaseOrder(db, { po_number: 'PO-3', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 5 }] });
}
