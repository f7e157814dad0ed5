import { foldSerial } from '../../../shared/domain/serial-key';
import type { PoolMode, ProductCodeSchema } from '../../../shared/domain/types';
import type { BatchView, PoolSerialView, PoolView } from '../../../shared/workflows/pools';
import type { Db } from '../schema';
import { containsText } from '../text-match';
import { chunks, iso } from '../time';

/** Serial pools and batches: reads with their counts, and the pool/batch rows themselves. */

interface Counts {
  available: number;
  assigned: number;
  generated: number;
}

/** Live (not deleted) serials per pool: available, everything else (assigned), and generated ones. */
async function poolCounts(db: Db, poolIds: number[]): Promise<Map<number, Counts>> {
  const out = new Map<number, Counts>(poolIds.map((id) => [id, { available: 0, assigned: 0, generated: 0 }]));
  for (const part of chunks(poolIds)) {
    const rows = await db
      .selectFrom('serials')
      .select(['pool_id', 'status', 'source', (eb) => eb.fn.countAll<number>().as('n')])
      .where('pool_id', 'in', part)
      .where('status', '!=', 'deleted')
      .groupBy(['pool_id', 'status', 'source'])
      .execute();
    for (const r of rows) {
      const c = out.get(r.pool_id as number);
      if (!c) continue;
      const n = Number(r.n);
      if (r.status === 'available') c.available += n;
      else c.assigned += n;
      if (r.source === 'generated') c.generated += n;
    }
  }
  return out;
}

function poolRows(db: Db) {
  return db
    .selectFrom('serial_pools')
    .innerJoin('products', 'products.id', 'serial_pools.product_id')
    .select([
      'serial_pools.id',
      'serial_pools.product_id',
      'products.sku',
      'products.name as product_name',
      'products.gtin',
      'serial_pools.product_code',
      'serial_pools.code_schema',
      'serial_pools.name',
      'serial_pools.source',
      'serial_pools.mode',
      'serial_pools.limit_count',
      'serial_pools.serial_length',
      'serial_pools.created_at',
      (eb) => eb.selectFrom('serial_batches').select(eb.fn.countAll<number>().as('n')).whereRef('serial_batches.pool_id', '=', 'serial_pools.id').as('batches'),
    ]);
}

type PoolRow = Awaited<ReturnType<ReturnType<typeof poolRows>['execute']>>[number];

async function withCounts(db: Db, rows: PoolRow[]): Promise<PoolView[]> {
  const counts = await poolCounts(db, rows.map((r) => r.id));
  return rows.map(({ limit_count, batches, ...r }) => ({
    ...r,
    limit: limit_count,
    batches: Number(batches ?? 0),
    ...(counts.get(r.id) ?? { available: 0, assigned: 0, generated: 0 }),
  }));
}

/** Pools ordered by product code; `filter` matches product code, SKU or product/pool name. */
export async function listPools(db: Db, filter?: string): Promise<PoolView[]> {
  let q = poolRows(db);
  const text = filter?.trim();
  if (text) {
    q = q.where((eb) => eb.or(['serial_pools.product_code', 'products.sku', 'products.name', 'serial_pools.name'].map((c) => containsText(db, c, text))));
  }
  return withCounts(db, await q.orderBy('serial_pools.product_code').orderBy('serial_pools.id').execute());
}

export async function getPool(db: Db, id: number): Promise<PoolView | undefined> {
  const row = await poolRows(db).where('serial_pools.id', '=', id).executeTakeFirst();
  return row && (await withCounts(db, [row]))[0];
}

export async function getPoolOfProduct(db: Db, productId: number): Promise<PoolView | undefined> {
  const row = await poolRows(db).where('serial_pools.product_id', '=', productId).executeTakeFirst();
  return row && (await withCounts(db, [row]))[0];
}

/** The pool row alone (no counts): for write paths that only need its identity and settings. */
export async function getPoolRowOfProduct(db: Db, productId: number) {
  return db.selectFrom('serial_pools').selectAll().where('product_id', '=', productId).executeTakeFirst();
}

export interface NewPool {
  productId: number;
  productCode: string;
  codeSchema: ProductCodeSchema;
  name: string;
  source: string;
  mode: PoolMode;
  limit: number;
  serialLength: number;
  at?: Date;
}

/** Inserts a pool row (a product has at most one: the UNIQUE constraint refuses a second). */
export async function insertPool(db: Db, p: NewPool): Promise<number> {
  const row = await db
    .insertInto('serial_pools')
    .values({
      product_id: p.productId,
      product_code: p.productCode,
      code_schema: p.codeSchema,
      name: p.name,
      source: p.source,
      mode: p.mode,
      limit_count: p.limit,
      serial_length: p.serialLength,
      created_at: iso(p.at),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface PoolPatch {
  name?: string;
  mode?: PoolMode;
  limit?: number;
  serialLength?: number;
}

export async function updatePool(db: Db, id: number, patch: PoolPatch): Promise<void> {
  const set: { name?: string; mode?: PoolMode; limit_count?: number; serial_length?: number } = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.mode !== undefined) set.mode = patch.mode;
  if (patch.limit !== undefined) set.limit_count = patch.limit;
  if (patch.serialLength !== undefined) set.serial_length = patch.serialLength;
  if (Object.keys(set).length > 0) await db.updateTable('serial_pools').set(set).where('id', '=', id).execute();
}

/** Live serials generated in a pool: what its limit counts. */
export async function countGenerated(db: Db, poolId: number): Promise<number> {
  const row = await db
    .selectFrom('serials')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('pool_id', '=', poolId)
    .where('source', '=', 'generated')
    .where('status', '!=', 'deleted')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listBatches(db: Db, poolId: number): Promise<BatchView[]> {
  const batches = await db
    .selectFrom('serial_batches')
    .select(['id', 'pool_id', 'name', 'created_at'])
    .where('pool_id', '=', poolId)
    .orderBy('id', 'desc')
    .execute();
  const counts = await db
    .selectFrom('serials')
    .select(['batch_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('pool_id', '=', poolId)
    .where('batch_id', 'is not', null)
    .where('status', '!=', 'deleted')
    .groupBy(['batch_id', 'status'])
    .execute();
  return batches.map((b) => {
    let available = 0;
    let assigned = 0;
    for (const c of counts) {
      if (c.batch_id !== b.id) continue;
      if (c.status === 'available') available += Number(c.n);
      else assigned += Number(c.n);
    }
    return { ...b, available, assigned };
  });
}

export async function getBatch(db: Db, id: number): Promise<BatchView | undefined> {
  const row = await db.selectFrom('serial_batches').select(['id', 'pool_id']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return (await listBatches(db, row.pool_id)).find((b) => b.id === id);
}

export async function findBatchByName(db: Db, poolId: number, name: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('serial_batches').select('id').where('pool_id', '=', poolId).where('name', '=', name).executeTakeFirst();
}

export async function insertBatch(db: Db, poolId: number, name: string, at?: Date): Promise<number> {
  const row = await db
    .insertInto('serial_batches')
    .values({ pool_id: poolId, name, created_at: iso(at) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface PoolSerialQuery {
  poolId: number;
  batchId?: number;
  /** Any part of the value, any case. */
  search?: string;
  status?: 'available' | 'assigned';
  offset?: number;
  limit?: number;
  ids?: number[];
}

function serialQuery(db: Db, q: PoolSerialQuery) {
  let query = db.selectFrom('serials').where('serials.pool_id', '=', q.poolId).where('serials.status', '!=', 'deleted');
  if (q.batchId !== undefined) query = query.where('serials.batch_id', '=', q.batchId);
  if (q.search) query = query.where(containsText(db, 'serials.value_fold', foldSerial(q.search)));
  if (q.status === 'available') query = query.where('serials.status', '=', 'available');
  if (q.status === 'assigned') query = query.where('serials.status', '!=', 'available');
  if (q.ids) query = query.where('serials.id', 'in', q.ids);
  return query;
}

/** A page of a pool's live serials, newest first, with the total matching. */
export async function listPoolSerials(db: Db, q: PoolSerialQuery): Promise<{ serials: PoolSerialView[]; total: number }> {
  const total = await serialQuery(db, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // The page's ids first (an index-only sort when nothing but the pool filters), then their rows.
  const ids = await serialQuery(db, q)
    .select('serials.id')
    .orderBy('serials.id', 'desc')
    .limit(q.limit ?? 100)
    .offset(q.offset ?? 0)
    .execute();
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('serials')
          .leftJoin('serial_batches', 'serial_batches.id', 'serials.batch_id')
          .select([
            'serials.id',
            'serials.value',
            'serials.status',
            'serials.source',
            'serials.batch_id',
            'serial_batches.name as batch',
            'serials.lot',
            'serials.expiry',
            'serials.created_at',
          ])
          .where('serials.id', 'in', ids.map((r) => r.id))
          .orderBy('serials.id', 'desc')
          .execute();
  // History beyond generation, looked up for this page only (not for every row before sorting).
  const busy = new Set<number>();
  for (const part of chunks(rows.map((r) => r.id))) {
    const found = await db
      .selectFrom('serial_events')
      .select('serial_id')
      .distinct()
      .where('serial_id', 'in', part)
      .where('type', '!=', 'generated')
      .execute();
    for (const f of found) busy.add(f.serial_id);
  }
  return { serials: rows.map((r) => ({ ...r, deletable: !busy.has(r.id) })), total: Number(total.n) };
}

/** Serials of a pool by id (live ones only), in the order asked. */
export async function poolSerialsByIds(db: Db, poolId: number, ids: number[]): Promise<PoolSerialView[]> {
  const found = new Map<number, PoolSerialView>();
  for (const part of chunks([...new Set(ids)])) {
    const page = await listPoolSerials(db, { poolId, ids: part, limit: part.length });
    for (const s of page.serials) found.set(s.id, s);
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}
