// Seeds a station database with a ledger of `n` in-stock serials (and their ledger events) over 20
// products P0…P19 in warehouse MAIN, in bulk: the starting point of the scaling benchmarks.
import { BulkInserter } from '../../electron/storage/bulk-insert';
import { findOrCreateWarehouse } from '../../electron/storage/repos/places';
import { eventRowValues, serialRowValues } from '../../electron/storage/repos/serials';
import type { Db } from '../../electron/storage/schema';
import { writeTransaction } from '../../electron/storage/transaction';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { DEFAULT_SERIAL_KEY_POLICY } from '../../shared/domain/types';

export const PRODUCTS = 20;
export const serialValue = (i: number) => `SN${String(i).padStart(9, '0')}`;

export async function seedLedger(db: Db, n: number): Promise<void> {
  for (let p = 0; p < PRODUCTS; p++) await upsertProduct(db, { sku: `P${p}`, name: `Product ${p}`, tracking: 'full' });
  const warehouse = await findOrCreateWarehouse(db, 'MAIN');
  const now = new Date().toISOString();
  const document = { type: 'import' as const, id: null, number: 'bench' };
  for (let start = 0; start < n; start += 50_000) {
    await writeTransaction(db, async (trx) => {
      const serials = new BulkInserter(trx, 'serials', 500, ['id', 'product_id']);
      const events = new BulkInserter(trx, 'serial_events', 500);
      const rows = [];
      for (let i = start; i < Math.min(n, start + 50_000); i++) {
        rows.push(
          serialRowValues(
            { value: serialValue(i), productId: 1 + (i % PRODUCTS), status: 'in_stock', source: 'external', warehouseId: warehouse.id, document },
            DEFAULT_SERIAL_KEY_POLICY,
            now,
          ),
        );
      }
      const ids = await serials.insert(rows);
      await events.insert(
        ids.map((r) => eventRowValues(r.id as number, r.product_id as number, { type: 'adjusted', document, details: { action: 'opening_stock' } }, now)),
      );
    });
  }
}
