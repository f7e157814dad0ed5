import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../../electron/storage/database';
import type { Db } from '../../../electron/storage/schema';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../../electron/storage/writers/purchase-order-writer';
import type { ProductDocumentInput, PurchaseOrderDocumentInput } from '../../../shared/domain/documents';

/** A migrated in-memory database. */
export function memoryDb(): Promise<Database> {
  return openDatabase({ file: ':memory:' });
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

/** Rows of a table, for assertions. */
export function rows(database: Database, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  return database.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
}

export function count(database: Database, table: string): number {
  return (database.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}
