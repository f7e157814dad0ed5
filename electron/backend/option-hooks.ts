import type { OptionKey, OptionValues } from '../../shared/options/registry';
import type { OptionPatch } from '../../shared/options/validate';
import { rekeySerials } from '../storage/rekey';
import { recordAudit } from '../storage/repos/audit-log';
import { getSerialKeyPolicy } from '../storage/repos/settings';
import type { OptionsService } from '../options/options-service';
import type { Db } from '../storage/schema';

/**
 * Changing how serials are kept unique rewrites every serial's unique key first; when the new
 * rule would make two serials equal the change is refused (ConflictError lists them) and neither
 * the database nor the options change.
 */
export function serialKeyGuard(db: Db) {
  return async (patch: OptionPatch, current: OptionValues): Promise<void> => {
    const uniqueScope = patch['serials.uniqueScope'] ?? current['serials.uniqueScope'];
    const caseSensitive = patch['serials.caseSensitive'] ?? current['serials.caseSensitive'];
    if (uniqueScope === current['serials.uniqueScope'] && caseSensitive === current['serials.caseSensitive']) return;
    await rekeySerials(db, { uniqueScope, caseSensitive });
  };
}

/** Every option change made here goes to the audit log: who, where, from what to what. */
export function optionsAudit(db: Db, who: () => { userId: number | null; station: string }) {
  return async (patch: OptionPatch, previous: OptionValues): Promise<void> => {
    const { userId, station } = who();
    for (const [key, value] of Object.entries(patch)) {
      const from = previous[key as OptionKey];
      if (JSON.stringify(from) === JSON.stringify(value)) continue;
      await recordAudit(db, { action: 'options.change', subject: key, userId, station, details: { from, to: value } });
    }
  };
}

/**
 * At start-up the options file and the database must agree on the serial key policy (the file may
 * have been edited by hand or copied from another station). The database wins when the file's
 * policy would make serials collide.
 */
export async function reconcileSerialKeyPolicy(db: Db, options: OptionsService, log: (m: string) => void): Promise<void> {
  const stored = await getSerialKeyPolicy(db);
  const wanted = { uniqueScope: options.get('serials.uniqueScope'), caseSensitive: options.get('serials.caseSensitive') };
  if (stored.uniqueScope === wanted.uniqueScope && stored.caseSensitive === wanted.caseSensitive) return;
  try {
    await rekeySerials(db, wanted);
  } catch (err) {
    log(`scanbay: serial uniqueness options refused (${err instanceof Error ? err.message : String(err)}); keeping the database's rule`);
    await options.set({ 'serials.uniqueScope': stored.uniqueScope, 'serials.caseSensitive': stored.caseSensitive });
  }
}
