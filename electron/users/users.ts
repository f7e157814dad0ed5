import { msg } from '../../shared/i18n/message';
import { normalizeText, textProblem } from '../../shared/domain/identifiers';
import { USER_ROLES, type UserRole } from '../../shared/domain/types';
import type { UserView } from '../../shared/domain/views';
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from '../storage/errors';
import type { Db } from '../storage/schema';
import { iso } from '../storage/time';
import { writeTransaction } from '../storage/transaction';
import { hashPin, isValidPin, pinMatches } from './pin-hash';

/** Station users: create, list, sign in with a PIN; 5 wrong PINs lock the user for a minute. */

export const MAX_PIN_FAILURES = 5;
export const LOCK_MS = 60_000;

export type Clock = () => Date;
const systemClock: Clock = () => new Date();

export interface NewUser {
  name: string;
  role: UserRole;
  pin: string;
}

export async function createUser(db: Db, input: NewUser, clock: Clock = systemClock): Promise<UserView> {
  const name = normalizeText(input.name.trim());
  const issues = [];
  if (name.length === 0 || name.length > 64) issues.push({ path: 'name', message: 'must be 1 to 64 characters' });
  else {
    const problem = textProblem(name);
    if (problem) issues.push({ path: 'name', message: problem });
  }
  if (!(USER_ROLES as readonly string[]).includes(input.role)) {
    issues.push({ path: 'role', message: 'must be operator or supervisor' });
  }
  if (!isValidPin(input.pin)) issues.push({ path: 'pin', message: 'must be 4 to 12 digits' });
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  const pinHash = await hashPin(input.pin);
  try {
    const row = await db
      .insertInto('users')
      .values({ name, role: input.role, pin_hash: pinHash, created_at: iso(clock()) })
      .returning(['id', 'name', 'role', 'created_at', 'locked_until'])
      .executeTakeFirstOrThrow();
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(msg('errors-station.users.exists', { name }), [name]);
    throw err;
  }
}

export async function listUsers(db: Db): Promise<UserView[]> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'created_at', 'locked_until'])
    .where('disabled_at', 'is', null)
    .orderBy('name')
    .execute();
}

export async function getUserByName(db: Db, name: string): Promise<UserView | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'created_at', 'locked_until'])
    .where('name', '=', name)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

/** Changes a user's PIN and clears any lockout. */
export async function setPin(db: Db, userId: number, pin: string): Promise<void> {
  if (!isValidPin(pin)) throw ValidationError.fromIssues([{ path: 'pin', message: 'must be 4 to 12 digits' }]);
  const pinHash = await hashPin(pin);
  const r = await db
    .updateTable('users')
    .set({ pin_hash: pinHash, failed_pin_count: 0, locked_until: null })
    .where('id', '=', userId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new NotFoundError('user', String(userId));
}

export type PinVerdict =
  | { ok: true; user: UserView }
  | { ok: false; reason: 'unknown_user' }
  | { ok: false; reason: 'wrong_pin'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; lockedUntil: string };

/**
 * Checks a user's PIN. Each wrong PIN is counted; the fifth locks the user for one minute, during
 * which even the right PIN is refused. A right PIN resets the count.
 */
export async function verifyPin(
  db: Db,
  who: { name: string } | { id: number },
  pin: string,
  clock: Clock = systemClock,
): Promise<PinVerdict> {
  let q = db.selectFrom('users').selectAll().where('disabled_at', 'is', null);
  q = 'id' in who ? q.where('id', '=', who.id) : q.where('name', '=', who.name);
  const user = await q.executeTakeFirst();
  if (!user) return { ok: false, reason: 'unknown_user' };
  const at = clock();
  const now = iso(at);
  const lockedAt = (lockedUntil: string | null) => lockedUntil !== null && lockedUntil > now;
  if (lockedAt(user.locked_until)) return { ok: false, reason: 'locked', lockedUntil: user.locked_until! };
  // The hash is checked outside the write lock: scrypt takes tens of milliseconds.
  const matches = await pinMatches(pin, user.pin_hash);
  return writeTransaction(db, async (trx): Promise<PinVerdict> => {
    const current = await trx
      .selectFrom('users')
      .select(['failed_pin_count', 'locked_until'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    if (lockedAt(current.locked_until)) return { ok: false, reason: 'locked', lockedUntil: current.locked_until! };
    const set = (failed_pin_count: number, locked_until: string | null) =>
      trx.updateTable('users').set({ failed_pin_count, locked_until }).where('id', '=', user.id).execute();
    if (matches) {
      await set(0, null);
      const { id, name, role, created_at } = user;
      return { ok: true, user: { id, name, role, created_at, locked_until: null } };
    }
    // A lock that has expired starts a fresh count.
    const failures = (current.locked_until !== null ? 0 : current.failed_pin_count) + 1;
    if (failures >= MAX_PIN_FAILURES) {
      const lockedUntil = iso(new Date(at.getTime() + LOCK_MS));
      await set(0, lockedUntil);
      return { ok: false, reason: 'locked', lockedUntil };
    }
    await set(failures, null);
    return { ok: false, reason: 'wrong_pin', attemptsLeft: MAX_PIN_FAILURES - failures };
  });
}

/**
 * The supervisor whose PIN this is (supervisor approval by PIN alone). It does not count failures
 * against any user: the station counts approval failures itself (workflows/kit/supervisor-pin.ts).
 */
export async function findSupervisorByPin(db: Db, pin: string): Promise<UserView | undefined> {
  if (!isValidPin(pin)) return undefined;
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'created_at', 'locked_until', 'pin_hash'])
    .where('role', '=', 'supervisor')
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
  for (const { pin_hash, ...user } of rows) if (await pinMatches(pin, pin_hash)) return user;
  return undefined;
}
