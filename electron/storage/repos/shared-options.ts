import type { Db } from '../schema';
import { iso } from '../time';

/**
 * Warehouse-wide options of stations sharing a PostgreSQL database (`shared_options`), one row per
 * key with its JSON value. The options service validates what it reads and writes.
 */

export async function readSharedOptions(db: Db): Promise<Map<string, unknown>> {
  const rows = await db.selectFrom('shared_options').select(['key', 'value']).execute();
  const out = new Map<string, unknown>();
  for (const r of rows) {
    try {
      out.set(r.key, JSON.parse(r.value));
    } catch {
      // A hand-broken value: ignored (the option keeps its default), and replaced by the next change.
    }
  }
  return out;
}

/** Writes (inserts or replaces) the given values; `onlyMissing` leaves keys already present alone. */
export async function writeSharedOptions(db: Db, values: Record<string, unknown>, by: string | null, opts: { onlyMissing?: boolean } = {}): Promise<void> {
  const at = iso();
  const rows = Object.entries(values).map(([key, value]) => ({ key, value: JSON.stringify(value), updated_at: at, updated_by: by }));
  if (rows.length === 0) return;
  await db
    .insertInto('shared_options')
    .values(rows)
    .onConflict((oc) => (opts.onlyMissing ? oc.column('key').doNothing() : oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at'), updated_by: eb.ref('excluded.updated_by') }))))
    .execute();
}
