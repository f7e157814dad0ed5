import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { normalizeGtin } from '../../../shared/domain/gtin';
import type { ProductView } from '../../../shared/domain/views';
import type { PoolView } from '../../../shared/workflows/pools';
import { getPool, getPoolOfProduct, getPoolRowOfProduct } from '../../storage/repos/pools';
import { findProductByCode, getProductById, toProductView } from '../../storage/repos/products';
import type { Db } from '../../storage/schema';

/** Finding the product and the pool a request names (REST names them by product code). */

function unknownProduct(code: string): StationError {
  return new StationError('unknown_product', msg('errors-stock.pools.noProduct', { code: JSON.stringify(code) }), [
    { path: 'product_code', message: 'no such product' },
  ]);
}

/** A product by GTIN (any GTIN length with a right check digit), or by a GTIN pool's product code. */
export async function productByGtin(db: Db, code: string): Promise<ProductView> {
  const gtin = normalizeGtin(code);
  if (gtin !== null) {
    const row = await db.selectFrom('products').selectAll().where('gtin', '=', gtin).executeTakeFirst();
    if (row) return toProductView(row);
  }
  const pool = await db.selectFrom('serial_pools').select('product_id').where('product_code', '=', code).where('code_schema', '=', 'GTIN').executeTakeFirst();
  const product = pool && (await getProductById(db, pool.product_id));
  if (!product) throw unknownProduct(code);
  return product;
}

/** A product by any of its codes: a pool's product code, SKU, alias, GTIN or UPC. */
export async function productByCode(db: Db, code: string): Promise<ProductView> {
  const pool = await db.selectFrom('serial_pools').select('product_id').where('product_code', '=', code).executeTakeFirst();
  const byPool = pool && (await getProductById(db, pool.product_id));
  if (byPool) return byPool;
  const match = await findProductByCode(db, code);
  if (!match) throw unknownProduct(code);
  return match.product;
}

/** The pool of the product a code names: 404 ProductError for an unknown product, 404 NotFound without a pool. */
export async function poolByProductCode(db: Db, code: string): Promise<PoolView> {
  const product = await productByCode(db, code);
  const pool = await getPoolOfProduct(db, product.id);
  if (!pool) throw new StationError('not_found', msg('errors-stock.pools.noPool', { sku: product.sku }));
  return pool;
}

/** The pool row (no counts) of the product a code names; the same errors as `poolByProductCode`. */
export async function poolRowByProductCode(db: Db, code: string) {
  const product = await productByCode(db, code);
  const pool = await getPoolRowOfProduct(db, product.id);
  if (!pool) throw new StationError('not_found', msg('errors-stock.pools.noPool', { sku: product.sku }));
  return { ...pool, sku: product.sku };
}

export async function poolById(db: Db, id: number): Promise<PoolView> {
  const pool = await getPool(db, id);
  if (!pool) throw new StationError('not_found', msg('errors-stock.pools.poolNotFound', { pool: String(id) }));
  return pool;
}
