import type { Db } from '../schema';
import { writeTransaction } from '../transaction';

/** Wrong approval PINs, counted per requester in the database (see migration 0012). */

export interface LockoutRule {
  maxFailures: number;
  lockMs: number;
}

export type LockoutState = { locked: false; failures: number } | { locked: true; until: string };

/** Whether `subject` is locked out at `now`. */
export async function approvalLockout(db: Db, subject: string, now: Date): Promise<LockoutState> {
  const row = await db.selectFrom('approval_pin_lockouts').select(['failed_count', 'locked_until']).where('subject', '=', subject).executeTakeFirst();
  if (row?.locked_until && row.locked_until > now.toISOString()) return { locked: true, until: row.locked_until };
  return { locked: false, failures: row && row.locked_until === null ? row.failed_count : 0 };
}

/**
 * Counts one wrong PIN for `subject` (one transaction, so two processes cannot lose a count); the
 * `maxFailures`-th locks it for `lockMs`. A lock that has run out starts a fresh count.
 */
export async function recordApprovalFailure(db: Db, subject: string, userId: number | null, now: Date, rule: LockoutRule): Promise<LockoutState> {
  return writeTransaction(db, async (trx) => {
    const at = now.toISOString();
    const current = await approvalLockout(trx, subject, now);
    if (current.locked) return current;
    const failures = current.failures + 1;
    const lockedUntil = failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs).toISOString() : null;
    const values = { failed_count: lockedUntil ? 0 : failures, locked_until: lockedUntil, updated_at: at };
    await trx
      .insertInto('approval_pin_lockouts')
      .values({ subject, user_id: userId, ...values })
      .onConflict((oc) => oc.column('subject').doUpdateSet(values))
      .execute();
    return lockedUntil ? { locked: true, until: lockedUntil } : { locked: false, failures };
  }, { bookkeeping: true });
}

/** A right PIN: the count starts again. */
export async function clearApprovalFailures(db: Db, subject: string): Promise<void> {
  await db.deleteFrom('approval_pin_lockouts').where('subject', '=', subject).execute();
}
