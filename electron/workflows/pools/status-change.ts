import type { SerialEventType } from '../../../shared/domain/types';
import type { Actor, DocumentRef } from '../../storage/repos/serials';
import type { Db } from '../../storage/schema';
import { chunks, iso } from '../../storage/time';
import { appendEvents } from './ledger-rows';

export interface PoolStatusChange {
  poolId: number;
  productId: number;
  productCode: string;
  serialIds: number[];
  from: 'available' | 'assigned';
  to: 'available' | 'assigned';
  event: Extract<SerialEventType, 'assigned' | 'released'>;
  actor: Actor;
  details: Record<string, unknown>;
}

/**
 * Moves pool serials between available and assigned with one ledger event each, in the caller's
 * transaction. Only rows still in `from` change (the WHERE says so); returns the ids changed.
 */
export async function changePoolStatus(db: Db, c: PoolStatusChange): Promise<number[]> {
  const now = iso(c.actor.at);
  const changed: number[] = [];
  for (const part of chunks(c.serialIds)) {
    const rows = await db
      .updateTable('serials')
      .set({ status: c.to, updated_at: now })
      .where('id', 'in', part)
      .where('pool_id', '=', c.poolId)
      .where('status', '=', c.from)
      .returning('id')
      .execute();
    for (const r of rows) changed.push(r.id);
  }
  changed.sort((a, b) => a - b);
  const document: DocumentRef = { type: 'serial_pool', id: c.poolId, number: c.productCode };
  const event = { ...c.actor, type: c.event, document, details: c.details };
  await appendEvents(db, changed, c.productId, event, now);
  return changed;
}
