import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/storage/database';
import { ConflictError, ValidationError } from '../../../electron/storage/errors';
import { hashPin, pinMatches } from '../../../electron/users/pin-hash';
import { LOCK_MS, createUser, listUsers, setPin, verifyPin } from '../../../electron/users/users';
import { memoryDb } from '../storage/helpers';

let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(() => d.close());

describe('PIN hashing', () => {
  it('stores a salted scrypt hash: the same PIN hashes differently and still verifies', async () => {
    const a = await hashPin('1234');
    const b = await hashPin('1234');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1234');
    expect(a.startsWith('scrypt$')).toBe(true);
    expect(await pinMatches('1234', a)).toBe(true);
    expect(await pinMatches('1235', a)).toBe(false);
    expect(await pinMatches('1234', 'garbage')).toBe(false);
  });
});

describe('users', () => {
  it('creates operators and supervisors and lists them without any PIN data', async () => {
    await createUser(d.db, { name: 'sam', role: 'supervisor', pin: '9999' });
    await createUser(d.db, { name: 'ana', role: 'operator', pin: '1234' });
    const users = await listUsers(d.db);
    expect(users.map((u) => [u.name, u.role])).toEqual([
      ['ana', 'operator'],
      ['sam', 'supervisor'],
    ]);
    expect(JSON.stringify(users)).not.toMatch(/pin|scrypt/i);
  });

  it('refuses a duplicate name, an unknown role and a PIN that is not 4-12 digits', async () => {
    await createUser(d.db, { name: 'ana', role: 'operator', pin: '1234' });
    await expect(createUser(d.db, { name: 'ana', role: 'operator', pin: '5678' })).rejects.toBeInstanceOf(ConflictError);
    await expect(createUser(d.db, { name: 'bob', role: 'admin' as 'operator', pin: '1234' })).rejects.toBeInstanceOf(ValidationError);
    await expect(createUser(d.db, { name: 'bob', role: 'operator', pin: '12a4' })).rejects.toThrow(/pin: must be 4 to 12 digits/);
    await expect(createUser(d.db, { name: 'bob', role: 'operator', pin: '123' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('signs a user in with the right PIN', async () => {
    await createUser(d.db, { name: 'ana', role: 'operator', pin: '1234' });
    expect(await verifyPin(d.db, { name: 'ana' }, '1234')).toMatchObject({ ok: true, user: { name: 'ana', role: 'operator' } });
    expect(await verifyPin(d.db, { name: 'nobody' }, '1234')).toEqual({ ok: false, reason: 'unknown_user' });
  });

  it('locks the user for a minute after 5 wrong PINs, even against the right PIN, then lets them in', async () => {
    const user = await createUser(d.db, { name: 'sam', role: 'supervisor', pin: '9999' });
    let now = new Date('2026-03-01T12:00:00Z');
    const clock = () => now;
    for (let left = 4; left >= 1; left--) {
      expect(await verifyPin(d.db, { id: user.id }, '0000', clock)).toEqual({ ok: false, reason: 'wrong_pin', attemptsLeft: left });
    }
    const locked = await verifyPin(d.db, { id: user.id }, '0000', clock);
    expect(locked).toEqual({ ok: false, reason: 'locked', lockedUntil: '2026-03-01T12:01:00.000Z' });
    now = new Date(now.getTime() + LOCK_MS - 1000);
    expect(await verifyPin(d.db, { id: user.id }, '9999', clock)).toMatchObject({ ok: false, reason: 'locked' });
    now = new Date(now.getTime() + 1000);
    expect(await verifyPin(d.db, { id: user.id }, '9999', clock)).toMatchObject({ ok: true });
    // The count starts again from zero.
    expect(await verifyPin(d.db, { id: user.id }, '0000', clock)).toMatchObject({ reason: 'wrong_pin', attemptsLeft: 4 });
  });

  it('a right PIN resets the failure count; a new PIN clears a lock', async () => {
    const user = await createUser(d.db, { name: 'ana', role: 'operator', pin: '1234' });
    for (let i = 0; i < 4; i++) await verifyPin(d.db, { id: user.id }, '0000');
    expect(await verifyPin(d.db, { id: user.id }, '1234')).toMatchObject({ ok: true });
    expect(await verifyPin(d.db, { id: user.id }, '0000')).toMatchObject({ attemptsLeft: 4 });
    for (let i = 0; i < 4; i++) await verifyPin(d.db, { id: user.id }, '0000');
    expect(await verifyPin(d.db, { id: user.id }, '1234')).toMatchObject({ reason: 'locked' });
    await setPin(d.db, user.id, '4321');
    expect(await verifyPin(d.db, { id: user.id }, '4321')).toMatchObject({ ok: true });
  });
});
