import { BulkInserter } from '../../storage/bulk-insert';
import { handleInfo } from '../../storage/handle-info';
import { eventRowValues, type EventInput } from '../../storage/repos/serials';
import type { Db } from '../../storage/schema';

/**
 * Appends the same ledger event to many serials of one product in bulk: the row (with its JSON
 * details) is built once and only `serial_id` differs.
 */
export async function appendEvents(db: Db, serialIds: readonly number[], productId: number, event: EventInput, now: string): Promise<void> {
  if (serialIds.length === 0) return;
  const base = eventRowValues(0, productId, event, now, handleInfo(db).stationId);
  await new BulkInserter(db, 'serial_events', 500).insert(serialIds.map((serial_id) => ({ ...base, serial_id })));
}
