import { DEFAULT_SERIAL_KEY_POLICY, type SerialKeyPolicy } from '../../../shared/domain/types';
import { prepare } from '../prepared';
import { cachedRead } from '../scan-cache';
import type { Db } from '../schema';

/**
 * The serial key policy every process must build keys with. It lives in the database (not only in
 * the options file) so that two processes sharing a data dir can never write keys two ways;
 * `rekeySerials` is the only writer.
 */
const KEY = 'serials.keyPolicy';

const storageSetting = prepare((db, p: { key: string }) => db.selectFrom('storage_settings').select('value').where('key', '=', p.key));

/** Read once per scan transaction at most, and kept by a scan cache while nothing writes. */
export async function getSerialKeyPolicy(db: Db): Promise<SerialKeyPolicy> {
  return cachedRead(db, KEY, () => readPolicy(db));
}

async function readPolicy(db: Db): Promise<SerialKeyPolicy> {
  const row = await storageSetting.first(db, { key: KEY });
  if (!row) return DEFAULT_SERIAL_KEY_POLICY;
  const parsed = JSON.parse(row.value) as Partial<SerialKeyPolicy>;
  return {
    uniqueScope: parsed.uniqueScope === 'global' ? 'global' : 'product',
    caseSensitive: parsed.caseSensitive !== false,
  };
}

export async function putSerialKeyPolicy(db: Db, policy: SerialKeyPolicy): Promise<void> {
  const value = JSON.stringify({ uniqueScope: policy.uniqueScope, caseSensitive: policy.caseSensitive });
  await db
    .insertInto('storage_settings')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
