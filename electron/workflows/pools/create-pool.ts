import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { PoolMode, ProductCodeSchema } from '../../../shared/domain/types';
import type { ProductView } from '../../../shared/domain/views';
import { MAX_POOL_SERIAL_LENGTH, type PoolSource } from '../../../shared/workflows/pools';
import { getPoolRowOfProduct, insertPool } from '../../storage/repos/pools';
import type { Db } from '../../storage/schema';
import { lockPool } from '../../storage/locks';
import { writeTransaction } from '../../storage/transaction';

export interface PoolDefaults {
  /** `pools.defaultLimit`. */
  limit: number;
  /** `pools.defaultLength`; a product's own fixed serial length (≤ 20) wins. */
  serialLength: number;
}

export interface CreatePoolInput {
  product: ProductView;
  codeSchema?: ProductCodeSchema;
  name?: string;
  mode: PoolMode;
  limit?: number;
  serialLength?: number;
  source: PoolSource;
  at?: Date;
}

/** The serial length a new pool uses: asked, else the product's fixed length when GS1 can carry it, else the default. */
export function poolSerialLength(product: ProductView, asked: number | undefined, defaults: PoolDefaults): number {
  if (asked !== undefined) return asked;
  const own = product.serial_length;
  return own !== null && own >= 1 && own <= MAX_POOL_SERIAL_LENGTH ? own : defaults.serialLength;
}

/**
 * Creates the product's pool (one per product: a second is a conflict). Schema GTIN names the
 * pool by the product's GTIN-14 and needs one; SKU names it by SKU. Inside or outside a transaction.
 */
export async function createPool(db: Db, input: CreatePoolInput, defaults: PoolDefaults): Promise<number> {
  const { product } = input;
  const schema = input.codeSchema ?? (product.gtin ? 'GTIN' : 'SKU');
  if (schema === 'GTIN' && !product.gtin) {
    throw new StationError('validation', msg('errors-stock.pools.noGtin', { sku: product.sku }), [
      { path: 'codeSchema', message: 'the product has no GTIN' },
    ]);
  }
  return writeTransaction(db, async (trx) => {
    await lockPool(trx, product.id);
    if (await getPoolRowOfProduct(trx, product.id)) {
      throw new StationError('conflict', msg('errors-stock.pools.poolExists', { sku: product.sku }), undefined, [product.sku]);
    }
    return insertPool(trx, {
      productId: product.id,
      productCode: schema === 'GTIN' ? (product.gtin as string) : product.sku,
      codeSchema: schema,
      name: input.name?.trim() || product.name,
      source: input.source,
      mode: input.mode,
      limit: input.limit ?? defaults.limit,
      serialLength: poolSerialLength(product, input.serialLength, defaults),
      ...(input.at ? { at: input.at } : {}),
    });
  });
}
