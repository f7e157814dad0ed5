import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { getBatch, listBatches, listPoolSerials, listPools, updatePool } from '../../storage/repos/pools';
import { writeTransaction } from '../../storage/transaction';
import { cryptoRandom, poolActor, poolAlphabet, poolDefaults } from '../../workflows/pools/context';
import { createPool } from '../../workflows/pools/create-pool';
import { generateSerials } from '../../workflows/pools/generate';
import { deletePoolSerials, releasePoolSerials } from '../../workflows/pools/manage';
import { printLabels } from '../../workflows/pools/print';
import { poolById, productByCode } from '../../workflows/pools/resolve';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

type PoolRequests =
  | 'pools.list'
  | 'pools.get'
  | 'pools.create'
  | 'pools.update'
  | 'pools.generate'
  | 'pools.batches'
  | 'pools.serials'
  | 'pools.delete'
  | 'pools.release'
  | 'pools.print';

/** Handlers of the pools requests (shared/api/requests/pools.ts): Serials → Pools. */
export function poolsHandlers(station: Station): Pick<Handlers, PoolRequests> {
  const db = () => station.database.db;
  return {
    'pools.list': async ({ filter }) => ({ pools: await listPools(db(), filter) }),
    'pools.get': async ({ poolId }) => ({ pool: await poolById(db(), poolId) }),
    'pools.create': async (input) => {
      const product = await productByCode(db(), input.productCode);
      const id = await createPool(
        db(),
        {
          product,
          mode: input.mode,
          source: 'station',
          ...(input.codeSchema ? { codeSchema: input.codeSchema } : {}),
          ...(input.name ? { name: input.name } : {}),
          ...(input.limit ? { limit: input.limit } : {}),
          ...(input.serialLength ? { serialLength: input.serialLength } : {}),
        },
        poolDefaults(station),
      );
      return { pool: await poolById(db(), id) };
    },
    'pools.update': async ({ poolId, ...patch }) => {
      await writeTransaction(db(), async (trx) => {
        await poolById(trx, poolId);
        await updatePool(trx, poolId, {
          ...(patch.name ? { name: patch.name } : {}),
          ...(patch.mode ? { mode: patch.mode } : {}),
          ...(patch.limit ? { limit: patch.limit } : {}),
          ...(patch.serialLength ? { serialLength: patch.serialLength } : {}),
        });
      });
      return { pool: await poolById(db(), poolId) };
    },
    'pools.generate': async ({ poolId, count, batchName }) => {
      const { actor, via } = poolActor(station);
      const made = await generateSerials(db(), {
        poolId,
        count,
        ...(batchName ? { batchName } : {}),
        alphabet: poolAlphabet(station),
        random: cryptoRandom,
        actor,
        via,
      });
      const batch = made.batchId === null ? null : ((await getBatch(db(), made.batchId)) ?? null);
      return { pool: await poolById(db(), poolId), batch, serials: made.values };
    },
    'pools.batches': async ({ poolId }) => {
      await poolById(db(), poolId);
      return { batches: await listBatches(db(), poolId) };
    },
    'pools.serials': async ({ poolId, batchId, search, status, offset, limit }) => {
      await poolById(db(), poolId);
      return listPoolSerials(db(), {
        poolId,
        offset,
        limit,
        ...(batchId !== undefined ? { batchId } : {}),
        ...(search !== undefined ? { search } : {}),
        ...(status !== undefined ? { status } : {}),
      });
    },
    'pools.delete': async ({ poolId, serialIds }) => {
      const { actor } = poolActor(station);
      const deleted = await deletePoolSerials(db(), poolId, serialIds, actor, 'deleted from the serial pool');
      return { deleted, pool: await poolById(db(), poolId) };
    },
    'pools.release': async ({ poolId, serialIds }) => {
      const { actor, via } = poolActor(station);
      const released = await releasePoolSerials(db(), poolId, serialIds, actor, via);
      return { released, pool: await poolById(db(), poolId) };
    },
    'pools.print': async (input) => {
      const { actor, via } = poolActor(station);
      if (input.serialIds === undefined && input.batchId === undefined) throw new StationError('validation', msg('errors-station.pools.printWhat'));
      return printLabels(station, input, actor, via);
    },
  };
}
