import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { defaultBatchName } from '../../../shared/workflows/pools';
import { randomSerials, serialSpace, type RandomBytes } from '../../../shared/workflows/pools-alphabet';
import { BulkInserter } from '../../storage/bulk-insert';
import { countGenerated, findBatchByName, insertBatch } from '../../storage/repos/pools';
import { serialRowValues, type Actor, type DocumentRef } from '../../storage/repos/serials';
import { getSerialKeyPolicy } from '../../storage/repos/settings';
import type { Db } from '../../storage/schema';
import { iso } from '../../storage/time';
import { lockPool } from '../../storage/locks';
import { writeTransaction } from '../../storage/transaction';
import { appendEvents } from './ledger-rows';

export interface GenerateInput {
  poolId: number;
  count: number;
  /** Batch pools: the batch name (blank: the date and time). */
  batchName?: string;
  alphabet: string;
  random: RandomBytes;
  actor: Actor;
  via: string;
}

export interface Generated {
  batchId: number | null;
  values: string[];
}

/** Rounds of fresh candidates when values are taken; after that the pool's space is too crowded. */
const ROUNDS = 8;

/**
 * Generates serials into a pool, all in one transaction: a continuous pool makes one at a time,
 * a batch pool a named batch. Refused whole (nothing written) when the pool's limit would be
 * passed. Every serial is unique in the station's uniqueness scope: the database's UNIQUE key
 * decides, and values already taken are replaced by new random ones.
 */
export async function generateSerials(db: Db, input: GenerateInput): Promise<Generated> {
  const at = input.actor.at ?? new Date();
  return writeTransaction(db, async (trx) => {
    const found = await trx.selectFrom('serial_pools').select('product_id').where('id', '=', input.poolId).executeTakeFirst();
    if (!found) throw new StationError('not_found', msg('errors-stock.pools.poolNotFound', { pool: String(input.poolId) }));
    // Two stations generating into one pool at once: the second counts what the first made.
    await lockPool(trx, found.product_id);
    const pool = await trx.selectFrom('serial_pools').selectAll().where('id', '=', input.poolId).executeTakeFirstOrThrow();
    if (pool.mode === 'continuous' && input.count !== 1) {
      throw new StationError('validation', msg('errors-stock.pools.continuousOneAtATime'), [
        { path: 'count', message: 'must be 1 for a continuous pool' },
      ]);
    }
    const used = await countGenerated(trx, pool.id);
    if (used + input.count > pool.limit_count) {
      const left = Math.max(0, pool.limit_count - used);
      throw new StationError(
        'conflict',
        msg('errors-stock.pools.limitReached', { pool: pool.name, used, limit: pool.limit_count, left }),
        [{ path: 'count', message: `at most ${left}` }],
      );
    }
    if (serialSpace(input.alphabet, pool.serial_length) < (used + input.count) * 4) {
      throw new StationError('validation', msg('errors-stock.pools.serialLengthTooShort', { length: pool.serial_length, count: used + input.count }), [
        { path: 'count', message: 'the serial length is too short' },
      ]);
    }

    let batchId: number | null = null;
    let document: DocumentRef = { type: 'serial_pool', id: pool.id, number: pool.product_code };
    if (pool.mode === 'batch') {
      const name = await batchNameFor(trx, pool.id, input.batchName, at);
      batchId = await insertBatch(trx, pool.id, name, at);
      document = { type: 'serial_batch', id: batchId, number: name };
    }

    const policy = await getSerialKeyPolicy(trx);
    const now = iso(at);
    const serials = new BulkInserter(trx, 'serials', 500, ['id', 'value'], 'unique_key');
    const made: { id: number; value: string }[] = [];
    for (let round = 0; made.length < input.count && round < ROUNDS; round++) {
      const candidates = randomSerials(input.alphabet, pool.serial_length, input.count - made.length, input.random);
      const rows = candidates.map((value) =>
        serialRowValues({ value, productId: pool.product_id, status: 'available', source: 'generated', poolId: pool.id, batchId, document }, policy, now),
      );
      for (const r of await serials.insert(rows)) made.push({ id: r.id as number, value: r.value as string });
    }
    if (made.length < input.count) {
      throw new StationError('conflict', msg('errors-stock.pools.noUnusedSerials', { count: input.count, length: pool.serial_length }));
    }
    made.sort((a, b) => a.id - b.id);
    const event = { ...input.actor, type: 'generated' as const, document, details: { via: input.via } };
    await appendEvents(trx, made.map((s) => s.id), pool.product_id, event, now);
    return { batchId, values: made.map((s) => s.value) };
  });
}

/** The asked name (a taken one is a conflict), or the date and time (made unique with a suffix). */
async function batchNameFor(db: Db, poolId: number, asked: string | undefined, at: Date): Promise<string> {
  const name = asked?.trim();
  if (name) {
    if (await findBatchByName(db, poolId, name)) {
      throw new StationError('conflict', msg('errors-stock.pools.batchNameTaken', { name }), [{ path: 'batchName', message: 'name taken' }], [name]);
    }
    return name;
  }
  const base = defaultBatchName(at);
  let candidate = base;
  for (let n = 2; await findBatchByName(db, poolId, candidate); n++) candidate = `${base} (${n})`;
  return candidate;
}
