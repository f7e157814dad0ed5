import { msg } from '../../shared/i18n/message';
import { serialUniqueKey } from '../../shared/domain/serial-key';
import type { SerialKeyPolicy } from '../../shared/domain/types';
import { ConflictError } from './errors';
import { getSerialKeyPolicy, putSerialKeyPolicy } from './repos/settings';
import type { Db } from './schema';
import { writeTransaction } from './transaction';

const PAGE = 5000;
/** Prefix of a temporary key: serial values never contain control characters. */
const TEMP = '\u0001';

export interface RekeyResult {
  changed: number;
  policy: SerialKeyPolicy;
}

/**
 * Recomputes every live serial's unique key for a new uniqueness policy, in one transaction.
 * When the new policy would make two serials equal, nothing changes and a ConflictError lists the
 * colliding values (e.g. "AB1" and "ab1" when turning case sensitivity off).
 * The options service calls this before it accepts a change of serials.uniqueScope/caseSensitive.
 */
export async function rekeySerials(db: Db, policy: SerialKeyPolicy): Promise<RekeyResult> {
  return writeTransaction(db, async (trx) => {
    const seen = new Map<string, string>();
    const collisions = new Set<string>();
    const changed: { id: number; key: string }[] = [];
    let lastId = 0;
    for (;;) {
      const rows = await trx
        .selectFrom('serials')
        .select(['id', 'product_id', 'value', 'unique_key'])
        .where('id', '>', lastId)
        .where('status', '!=', 'deleted')
        .orderBy('id')
        .limit(PAGE)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        const key = serialUniqueKey(row.product_id, row.value, policy);
        const other = seen.get(key);
        if (other !== undefined) {
          collisions.add(other);
          collisions.add(row.value);
        } else seen.set(key, row.value);
        if (key !== row.unique_key) changed.push({ id: row.id, key });
      }
      lastId = rows[rows.length - 1]!.id;
    }
    if (collisions.size > 0) {
      const values = [...collisions].sort();
      const shown = values.slice(0, 20).join(', ');
      const more = values.length > 20 ? 'yes' : 'no';
      throw new ConflictError(msg('errors-storage.rekey.collisions', { values: shown, more, total: values.length }), values);
    }
    // Two passes so that a key moving onto another row's old key never trips the UNIQUE index.
    for (const { id } of changed) {
      await trx.updateTable('serials').set({ unique_key: `${TEMP}${id}` }).where('id', '=', id).execute();
    }
    for (const { id, key } of changed) {
      await trx.updateTable('serials').set({ unique_key: key }).where('id', '=', id).execute();
    }
    const current = await getSerialKeyPolicy(trx);
    if (current.uniqueScope !== policy.uniqueScope || current.caseSensitive !== policy.caseSensitive) {
      await putSerialKeyPolicy(trx, policy);
    }
    return { changed: changed.length, policy };
  });
}
