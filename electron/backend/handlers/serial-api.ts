import { getBatch } from '../../storage/repos/pools';
import { writeTransaction } from '../../storage/transaction';
import { commissionSerials, releaseSerialValues, requestSerials } from '../../workflows/pools/commission';
import { cryptoRandom, poolActor, poolAlphabet, poolDefaults } from '../../workflows/pools/context';
import { createPool } from '../../workflows/pools/create-pool';
import { generateSerials } from '../../workflows/pools/generate';
import { poolByProductCode, productByGtin } from '../../workflows/pools/resolve';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

type SerialApiHandlers = Pick<Handlers, 'serials.commission' | 'serials.request' | 'serials.release' | 'serialPools.create' | 'serialPools.generate'>;

/** Handlers of the commission API operations (shared/api/requests/serial-api.ts). */
export function serialApiHandlers(station: Station): SerialApiHandlers {
  const db = () => station.database.db;
  return {
    'serials.commission': (body, ctx) => {
      const { actor, via } = poolActor(station, ctx.apiKeyName);
      return commissionSerials(db(), { productCode: body.product_code, batch: body.batch, expiryDate: body.expiry_date, serials: body.serials, actor, via }, poolDefaults(station));
    },
    'serials.request': (body, ctx) => {
      const { actor, via } = poolActor(station, ctx.apiKeyName);
      return requestSerials(db(), body.product_code, body.count, actor, via);
    },
    'serials.release': (body, ctx) => {
      const { actor, via } = poolActor(station, ctx.apiKeyName);
      return releaseSerialValues(db(), body.product_code, body.serials, actor, via);
    },
    'serialPools.create': async (body, ctx) => {
      const product = await productByGtin(db(), body.product_code);
      const source = ctx.origin === 'rest' ? ('api' as const) : ('station' as const);
      const pool = { product, codeSchema: 'GTIN' as const, mode: body.mode ?? 'batch', source, ...(body.length ? { serialLength: body.length } : {}), ...(body.limit ? { limit: body.limit } : {}) };
      // The transaction's result is the operation's output: an Idempotency-Key stores it with the
      // pool, and a retry after a lost reply rebuilds the reply from it.
      return writeTransaction(db(), async (trx) => ({ poolId: await createPool(trx, pool, poolDefaults(station)) }));
    },
    'serialPools.generate': async (body, ctx) => {
      const pool = await poolByProductCode(db(), body.product_code);
      const { actor, via } = poolActor(station, ctx.apiKeyName);
      const request = { poolId: pool.id, count: body.count, ...(body.batch_name ? { batchName: body.batch_name } : {}), alphabet: poolAlphabet(station), random: cryptoRandom, actor, via };
      // The output is the transaction's result, stored with an Idempotency-Key (see serialPools.create).
      return writeTransaction(db(), async (trx) => {
        const made = await generateSerials(trx, request);
        const batch = made.batchId === null ? null : ((await getBatch(trx, made.batchId))?.name ?? null);
        return { product_code: pool.product_code, batch, serials: made.values };
      });
    },
  };
}
