// Seeds a station database with a ledger of `n` in-stock serials (and their ledger events) over 20
// products P0…P19 in warehouse MAIN, in bulk: the starting point of the scaling benchmarks. The
// values are random (serials.ts), so later scans land all over the indexes, as in a real ledger.
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { dialectOf } from '../../electron/storage/dialect';
import { BulkInserter } from '../../electron/storage/bulk-insert';
import { findOrCreateWarehouse } from '../../electron/storage/repos/places';
import { eventRowValues, serialRowValues } from '../../electron/storage/repos/serials';
import type { Db } from '../../electron/storage/schema';
import { writeTransaction } from '../../electron/storage/transaction';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { DEFAULT_SERIAL_KEY_POLICY } from '../../shared/domain/types';
import { runBenchChild } from './child-process';
import { benchSerial, SERIAL_STREAMS } from './serials';

export const PRODUCTS = 20;
/** The i-th serial of the seeded ledger (of product P{i % 20}). */
export const serialValue = (i: number): string => benchSerial(SERIAL_STREAMS.ledger, i);

/**
 * SQLite: random keys touch pages all over the indexes, so seeding a large ledger with the default
 * 2 MB page cache and a sync per chunk takes long. Set-up is not what is measured: seed with a big
 * cache and no syncs, then put the connection back as it was and checkpoint, so the measured part
 * starts from a durable file and the station's own settings.
 */
async function withFastSeeding(db: Db, seed: () => Promise<void>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return seed();
  const [cache] = (await sql<{ cache_size: number }>`pragma cache_size`.execute(db)).rows;
  const [sync] = (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows;
  await sql`pragma cache_size = -1048576`.execute(db);
  await sql`pragma synchronous = OFF`.execute(db);
  try {
    await seed();
  } finally {
    await sql.raw(`pragma cache_size = ${Number(cache?.cache_size ?? -2000)}`).execute(db);
    await sql.raw(`pragma synchronous = ${Number(sync?.synchronous ?? 2)}`).execute(db);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  }
}

const SEED_CHILD = fileURLToPath(new URL('./seed-ledger-child.ts', import.meta.url));

/**
 * Seeds the SQLite database `file` (created and migrated when new) with a ledger of `n` serials, in a
 * process of its own. Benches seed this way before they time: seeded in the measuring process, a
 * 10 M-serial ledger's set-up went on weighing on the scans timed after it (1 M p99 2.01 and 2.15 ms
 * in two huge scaling runs, 0.98 and 1.16 ms seeded in a child).
 */
export function seedLedgerFile(file: string, n: number): void {
  runBenchChild(SEED_CHILD, [file, String(n)], `seeding the ${n}-serial ledger`);
}

export async function seedLedger(db: Db, n: number): Promise<void> {
  const productIds: number[] = [];
  for (let p = 0; p < PRODUCTS; p++) productIds.push((await upsertProduct(db, { sku: `P${p}`, name: `Product ${p}`, tracking: 'full' })).value.id);
  const warehouse = await findOrCreateWarehouse(db, 'MAIN');
  const now = new Date().toISOString();
  const document = { type: 'import' as const, id: null, number: 'bench' };
  await withFastSeeding(db, async () => {
    for (let start = 0; start < n; start += 50_000) {
      await writeTransaction(db, async (trx) => {
        const serials = new BulkInserter(trx, 'serials', 500, ['id', 'product_id']);
        const events = new BulkInserter(trx, 'serial_events', 500);
        const rows = [];
        for (let i = start; i < Math.min(n, start + 50_000); i++) {
          rows.push(
            serialRowValues(
              { value: serialValue(i), productId: productIds[i % PRODUCTS]!, status: 'in_stock', source: 'external', warehouseId: warehouse.id, document },
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
  });
}
