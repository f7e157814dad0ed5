import { msg } from '../../shared/i18n/message';
import { createHash } from 'node:crypto';
import type { UserView } from '../../shared/domain/views';
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from '../storage/errors';
import type { Db } from '../storage/schema';
import { writeTransaction } from '../storage/transaction';
import { createUser, type NewUser } from './users';

/** A badge: what a user's badge barcode carries — 4 to 64 printable characters. */
export const BADGE_PATTERN = /^[\x21-\x7e]{4,64}$/;

/**
 * Badges are looked up by a hash (the code itself is never stored). A badge signs its user in
 * without a PIN, so whoever holds the badge card is that user: like a door card.
 */
export function badgeHash(code: string): string {
  return createHash('sha256').update(`scanbay-badge:${code}`).digest('hex');
}

function checkBadge(code: string): void {
  if (!BADGE_PATTERN.test(code)) throw ValidationError.fromIssues([{ path: 'badge', message: 'a badge is 4 to 64 printable characters without spaces' }]);
}

/** Gives a user a badge (or takes it away with null); one user per badge. */
export async function setBadge(db: Db, name: string, code: string | null): Promise<void> {
  if (code !== null) checkBadge(code);
  try {
    const r = await db.updateTable('users').set({ badge_hash: code === null ? null : badgeHash(code) }).where('name', '=', name).where('disabled_at', 'is', null).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new NotFoundError('user', name);
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(msg('errors-station.users.badgeTaken'));
    throw err;
  }
}

/** Creates a user and, when given, their badge: both or neither. */
export async function createUserWithBadge(db: Db, input: NewUser & { badge?: string | undefined }): Promise<UserView> {
  if (input.badge !== undefined) checkBadge(input.badge);
  return writeTransaction(db, async (trx) => {
    const user = await createUser(trx, input);
    if (input.badge !== undefined) await setBadge(trx, user.name, input.badge);
    return user;
  });
}

/** The enabled user whose badge this is, if any. */
export async function findUserByBadge(db: Db, code: string): Promise<UserView | undefined> {
  if (!BADGE_PATTERN.test(code)) return undefined;
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'created_at', 'locked_until'])
    .where('badge_hash', '=', badgeHash(code))
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

/** Ids of the enabled users that have a badge. */
export async function usersWithBadge(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('badge_hash', 'is not', null).where('disabled_at', 'is', null).execute();
  return rows.map((r) => r.id);
}

/** Whether any enabled supervisor exists (until then, setting up a station needs nobody). */
export async function hasSupervisor(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('role', '=', 'supervisor').where('disabled_at', 'is', null).limit(1).executeTakeFirst();
  return row !== undefined;
}
