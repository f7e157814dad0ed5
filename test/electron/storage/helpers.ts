import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../../../electron/storage/database';
import { parseStoreUrl } from '../../../electron/storage/store-url';
import { createTestDatabase, testOnPostgres } from '../../helpers/postgres';
import type { Db } from '../../../electron/storage/schema';
import { cachedRead, type ScanCache } from '../../../electron/storage/scan-cache';
import { writeTransaction } from '../../../electron/storage/transaction';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../../electron/storage/writers/purchase-order-writer';
import type { ProductDocumentInput, PurchaseOrderDocumentInput } from '../../../shared/domain/documents';

/**
 * A migrated throw-away database: in-memory SQLite, or (in the PostgreSQL test project) a fresh
 * PostgreSQL database dropped again by `close()`.
 */
export async function memoryDb(opts: { stationId?: string } = {}): Promise<Database> {
  if (!testOnPostgres()) return openDatabase({ file: ':memory:', stationId: opts.stationId ?? null });
  const pg = await createTestDatabase();
  const d = await openDatabase({ location: parseStoreUrl(pg.url, '/'), stationId: opts.stationId ?? null });
  return {
    ...d,
    async close() {
      await d.close();
      await pg.drop();
    },
  };
}

/** A temporary directory removed by the returned cleanup. */
export function tempDir(prefix = 'scanbay-storage-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function product(db: Db, doc: Partial<ProductDocumentInput> & { sku: string }) {
  const { value } = await upsertProduct(db, { name: doc.sku, tracking: 'full', ...doc });
  return value;
}

export async function purchaseOrder(db: Db, doc: Partial<PurchaseOrderDocumentInput> & { po_number: string }) {
  const { value } = await upsertPurchaseOrder(db, { vendor: 'ACME', lines: [], ...doc });
  return value;
}

/** Rows of a query with `?` placeholders, on either dialect, for assertions. */
export async function rows(database: Database, text: string, ...params: unknown[]): Promise<Record<string, unknown>[]> {
  let i = 0;
  const parts = text.split('?');
  const query = sql.join(
    parts.map((part, n) => (n === parts.length - 1 ? sql.raw(part) : sql`${sql.raw(part)}${params[i++]}`)),
    sql``,
  );
  return (await sql<Record<string, unknown>>`${query}`.execute(database.db)).rows;
}

export async function count(database: Database, table: string): Promise<number> {
  const [row] = await rows(database, `select count(*) as n from ${table}`);
  return Number(row?.n ?? 0);
}

export const warehouseCount = async (db: Db) => Number((await db.selectFrom('warehouses').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** One transaction with a scan cache (scan-cache tests): reads the warehouse count through it, counting loads; optionally writes. */
export function cachedRun(d: Database, cache: ScanCache, loads: { n: number }, write?: (trx: Db) => Promise<unknown>) {
  return writeTransaction(
    d.db,
    async (trx) => {
      const n = await cachedRead(trx, 'warehouses', () => {
        loads.n++;
        return warehouseCount(trx);
      });
      if (write) await write(trx);
      return n;
    },
    { cache },
  );
}
