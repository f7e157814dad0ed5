import type { StockRow } from '../../../shared/domain/views';
import { prepare } from '../prepared';
import type { Db } from '../schema';
import { notStaged } from '../staged-rows';

/** Units on hand per product and location (serialized or not). */

export interface StockChange {
  productId: number;
  warehouseId: number;
  binId: number | null;
  delta: number;
}

const addToStock = prepare((db, p: { productId: number; warehouseId: number; binKey: number; delta: number }) =>
  db
    .insertInto('stock')
    .values({ product_id: p.productId, warehouse_id: p.warehouseId, bin_key: p.binKey, qty: p.delta })
    .onConflict((oc) =>
      oc.columns(['product_id', 'warehouse_id', 'bin_key']).doUpdateSet((eb) => ({ qty: eb('stock.qty', '+', eb.ref('excluded.qty')) })),
    ),
);

export async function adjustStock(db: Db, change: StockChange): Promise<void> {
  if (change.delta === 0) return;
  await addToStock.run(db, { productId: change.productId, warehouseId: change.warehouseId, binKey: change.binId ?? 0, delta: change.delta });
}

export interface StockFilter {
  productId?: number;
  warehouseId?: number;
  binId?: number | null;
}

/** Stock by product / warehouse / bin with the number of serials in stock at each location. */
export async function stockByLocation(db: Db, filter: StockFilter = {}): Promise<StockRow[]> {
  let units = db
    .selectFrom('stock')
    .innerJoin('products', 'products.id', 'stock.product_id')
    .innerJoin('warehouses', 'warehouses.id', 'stock.warehouse_id')
    .leftJoin('bins', 'bins.id', 'stock.bin_key')
    .select([
      'stock.product_id',
      'products.sku',
      'stock.warehouse_id',
      'warehouses.code as warehouse',
      'bins.id as bin_id',
      'bins.code as bin',
      'stock.qty',
    ]);
  let serials = db
    .selectFrom('serials')
    .select(['product_id', 'warehouse_id', 'bin_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'in_stock')
    .where(notStaged('serials'))
    .groupBy(['product_id', 'warehouse_id', 'bin_id']);
  if (filter.productId !== undefined) {
    units = units.where('stock.product_id', '=', filter.productId);
    serials = serials.where('product_id', '=', filter.productId);
  }
  if (filter.warehouseId !== undefined) {
    units = units.where('stock.warehouse_id', '=', filter.warehouseId);
    serials = serials.where('warehouse_id', '=', filter.warehouseId);
  }
  if (filter.binId !== undefined) {
    units = units.where('stock.bin_key', '=', filter.binId ?? 0);
    serials = filter.binId === null ? serials.where('bin_id', 'is', null) : serials.where('bin_id', '=', filter.binId);
  }
  const counts = new Map<string, number>();
  for (const s of await serials.execute()) {
    counts.set(`${s.product_id}/${s.warehouse_id}/${s.bin_id ?? 0}`, Number(s.n));
  }
  const rows = await units.where('stock.qty', '!=', 0).orderBy('products.sku').orderBy('warehouses.code').execute();
  return rows.map((r) => ({
    product_id: r.product_id,
    sku: r.sku,
    warehouse_id: r.warehouse_id,
    warehouse: r.warehouse,
    bin_id: r.bin_id,
    bin: r.bin,
    qty: r.qty,
    serial_count: counts.get(`${r.product_id}/${r.warehouse_id}/${r.bin_id ?? 0}`) ?? 0,
  }));
}
