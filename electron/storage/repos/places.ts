import { prepare } from '../prepared';
import { cachedRead } from '../scan-cache';
import type { Db } from '../schema';
import { iso } from '../time';

/** Vendors, warehouses and bins. Documents name them by code; unknown codes are created. */

export interface Vendor {
  id: number;
  code: string;
  name: string;
}

export interface Warehouse {
  id: number;
  code: string;
  name: string;
}

export interface Bin {
  id: number;
  warehouse_id: number;
  code: string;
}

export async function getVendorByCode(db: Db, code: string): Promise<Vendor | undefined> {
  return db.selectFrom('vendors').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();
}

/** The vendor named in a document: matched by code; created (code = name) when new. */
export async function findOrCreateVendor(db: Db, code: string, name = code): Promise<Vendor> {
  const found = await getVendorByCode(db, code);
  if (found) return found;
  const row = await db
    .insertInto('vendors')
    .values({ code, name, created_at: iso() })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function listVendors(db: Db): Promise<Vendor[]> {
  return db.selectFrom('vendors').select(['id', 'code', 'name']).orderBy('code').execute();
}

export async function getWarehouseByCode(db: Db, code: string): Promise<Warehouse | undefined> {
  return db.selectFrom('warehouses').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();
}

export async function getWarehouseById(db: Db, id: number): Promise<Warehouse | undefined> {
  return db.selectFrom('warehouses').select(['id', 'code', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function findOrCreateWarehouse(db: Db, code: string, name = code): Promise<Warehouse> {
  const found = await getWarehouseByCode(db, code);
  if (found) return found;
  return db
    .insertInto('warehouses')
    .values({ code, name, created_at: iso() })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow();
}

/** Where goods go when a document names no warehouse: the first one, or a new `MAIN`. */
const firstWarehouse = prepare((db, _: Record<string, never>) => db.selectFrom('warehouses').select(['id', 'code', 'name']).orderBy('id').limit(1));

export async function defaultWarehouse(db: Db): Promise<Warehouse> {
  return cachedRead(db, 'warehouse:default', async () => (await firstWarehouse.first(db, {})) ?? findOrCreateWarehouse(db, 'MAIN', 'Main warehouse'));
}

export async function listWarehouses(db: Db): Promise<Warehouse[]> {
  return db.selectFrom('warehouses').select(['id', 'code', 'name']).orderBy('code').execute();
}

export async function getBin(db: Db, warehouseId: number, code: string): Promise<Bin | undefined> {
  return db
    .selectFrom('bins')
    .select(['id', 'warehouse_id', 'code'])
    .where('warehouse_id', '=', warehouseId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function getBinById(db: Db, id: number): Promise<Bin | undefined> {
  return db.selectFrom('bins').select(['id', 'warehouse_id', 'code']).where('id', '=', id).executeTakeFirst();
}

export async function findOrCreateBin(db: Db, warehouseId: number, code: string): Promise<Bin> {
  const found = await getBin(db, warehouseId, code);
  if (found) return found;
  return db
    .insertInto('bins')
    .values({ warehouse_id: warehouseId, code })
    .returning(['id', 'warehouse_id', 'code'])
    .executeTakeFirstOrThrow();
}

export async function listBins(db: Db, warehouseId: number): Promise<Bin[]> {
  return db
    .selectFrom('bins')
    .select(['id', 'warehouse_id', 'code'])
    .where('warehouse_id', '=', warehouseId)
    .orderBy('code')
    .execute();
}
