import type { OptionKey, OptionValues } from '../../shared/options/registry';
import { isSecretOption, maskSecret } from '../../shared/options/secret';
import type { OptionPatch } from '../../shared/options/validate';
import { rekeySerials } from '../storage/rekey';
import { recordAudit } from '../storage/repos/audit-log';
import { getSerialKeyPolicy } from '../storage/repos/settings';
import type { OptionsRecorder, OptionsService } from '../options/options-service';
import type { Db } from '../storage/schema';
import { writeTransaction } from '../storage/transaction';

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

/**
 * The database side of an option change, in one transaction that commits before the options file
 * is written: the serial rekey (serialKeyGuard) and one audit row per changed key. When the file
 * then cannot be written, the undo puts the serial key policy back and records that the change
 * was not saved, so the audit log never claims a change the station does not have.
 */
export function optionsRecorder(db: Db, who: () => { userId: number | null; station: string }): OptionsRecorder {
  return async (patch, previous) => {
    await writeTransaction(db, async (trx) => {
      await serialKeyGuard(trx)(patch, previous);
      await optionsAudit(trx, who)(patch, previous);
    });
    return async (error) => {
      const back: OptionPatch = {};
      for (const key of Object.keys(patch) as OptionKey[]) (back as Record<string, unknown>)[key] = previous[key];
      const { userId, station } = who();
      await writeTransaction(db, async (trx) => {
        await serialKeyGuard(trx)(back, { ...previous, ...patch } as OptionValues);
        await recordAudit(trx, {
          action: 'options.change_failed',
          subject: Object.keys(patch).join(', '),
          userId,
          station,
          details: { keys: Object.keys(patch), error: error instanceof Error ? error.message : String(error) },
        });
      });
    };
  };
}

/** Every option change made here goes to the audit log: who, where, from what to what. */
export function optionsAudit(db: Db, who: () => { userId: number | null; station: string }) {
  return async (patch: OptionPatch, previous: OptionValues): Promise<void> => {
    const { userId, station } = who();
    for (const [key, value] of Object.entries(patch)) {
      const from = previous[key as OptionKey];
      if (JSON.stringify(from) === JSON.stringify(value)) continue;
      // A secret option's audit row says that it changed, never what to.
      const shown = isSecretOption(key) ? { from: maskSecret(from), to: maskSecret(value) } : { from, to: value };
      await recordAudit(db, { action: 'options.change', subject: key, userId, station, details: shown });
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
