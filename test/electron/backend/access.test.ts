import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Station } from '../../../electron/backend/station';
import { createUserWithBadge } from '../../../electron/users/badges';
import { seedReceiving } from '../../helpers/receiving-data';
import { tempStation, type TempStation } from '../../helpers/station';

let temp: TempStation;
let station: Station;
beforeEach(async () => {
  temp = await tempStation();
  station = temp.station;
  await seedReceiving(station);
});
afterEach(() => temp.dispose());

const ui = (name: string, input: unknown) => station.dispatch(name, input, { origin: 'ws' });
const signIn = (name: string, pin: string) => ui('session.signIn', { name, pin });

describe('sign-in and roles for requests from the station UI', () => {
  it('general.requireSignIn (on by default): UI station work is refused with sign_in_required while nobody is signed in; REST, CLI and tests are not', async () => {
    expect(station.options.get('general.requireSignIn')).toBe(true);
    for (const [name, input] of [
      ['receiving.scan', { po_number: 'PO-1', code: 'CBL' }],
      ['shipping.scan', { order_number: 'SO-1', code: 'X' }],
      ['returns.create', { order_number: 'SO-1' }],
      ['transfers.create', { kind: 'bin', from_warehouse: 'MAIN' }],
      ['counts.start', { warehouse: 'MAIN' }],
      ['stock.adjust', { action: 'add', code: 'CBL', warehouse: 'MAIN', reason: 'found' }],
      ['pools.create', { productCode: 'SCN', mode: 'batch' }],
    ] as const) {
      const r = await ui(name, input);
      expect(r, name).toMatchObject({ ok: false, error: { code: 'sign_in_required', message: expect.stringContaining('Sign in first') } });
      expect((await station.dispatch(name, input, { origin: 'ipc' })).ok ? 'ok' : (await station.dispatch(name, input, { origin: 'ipc' }) as { error: { code: string } }).error.code, name).toBe('sign_in_required');
    }
    expect(await ui('receiving.scan', { po_number: 'PO-1', code: 'CBL' })).toMatchObject({ error: { message: expect.stringContaining('Add a user in Settings → Users first') } });
    // Reading and opening need nobody.
    expect(await ui('receiving.open', { po_number: 'PO-1' })).toMatchObject({ ok: true });
    // Not UI: no refusal (the in-process caller is not a person at the station).
    expect(await station.dispatch('receiving.scan', { po_number: 'PO-1', code: 'CBL' }, { origin: 'test' })).toMatchObject({ ok: true, value: { verdict: 'accepted' } });

    await createUserWithBadge(station.database.db, { name: 'ana', role: 'operator', pin: '1234' });
    expect(await signIn('ana', '1234')).toMatchObject({ ok: true });
    expect(await ui('receiving.scan', { po_number: 'PO-1', code: 'CBL' })).toMatchObject({ ok: true, value: { verdict: 'accepted' } });
    await ui('session.signOut', {});
    await station.options.set({ 'general.requireSignIn': false });
    expect(await ui('receiving.scan', { po_number: 'PO-1', code: 'CBL' })).toMatchObject({ ok: true, value: { verdict: 'accepted' } });
  });

  it('once the station has a supervisor, only a signed-in supervisor changes options and users from the UI', async () => {
    // A new station: setting up needs nobody.
    expect(await ui('options.set', { values: { 'general.volume': 50 } })).toMatchObject({ ok: true });
    await createUserWithBadge(station.database.db, { name: 'ana', role: 'operator', pin: '1234' });
    await createUserWithBadge(station.database.db, { name: 'sam', role: 'supervisor', pin: '9999' });
    const off = { values: { 'shipping.requirePinForOverride': false } };
    expect(await ui('options.set', off)).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Only a signed-in supervisor can change settings.' } });
    await signIn('ana', '1234');
    expect(await ui('options.set', off)).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Only a supervisor can change settings: ana is signed in as operator.' } });
    expect(await ui('users.add', { name: 'zoe', role: 'supervisor', pin: '5555' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ui('users.setBadge', { name: 'ana', badge: 'BADGE-ANA' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(station.options.get('shipping.requirePinForOverride')).toBe(true);
    await signIn('sam', '9999');
    expect(await ui('options.set', off)).toMatchObject({ ok: true });
    expect(await ui('users.add', { name: 'zoe', role: 'operator', pin: '5555', badge: 'BADGE-ZOE' })).toMatchObject({ ok: true, value: { user: { name: 'zoe' } } });
    // The CLI (local administrator) and in-process callers may change anything.
    expect(await station.dispatch('options.set', { values: { 'shipping.requirePinForOverride': true } }, { origin: 'cli' })).toMatchObject({ ok: true });
  });

  it('a badge signs its user in without a PIN while general.badgeSignIn is on; the badge is stored only as a hash', async () => {
    await createUserWithBadge(station.database.db, { name: 'ana', role: 'operator', pin: '1234', badge: 'EMP-0042' });
    expect(await ui('session.signIn', { badge: 'EMP-0042' })).toEqual({ ok: true, value: { user: expect.objectContaining({ name: 'ana', role: 'operator' }) } });
    expect(station.session.user?.name).toBe('ana');
    await ui('session.signOut', {});
    expect(await ui('session.signIn', { badge: 'EMP-9999' })).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'That badge belongs to nobody at this station.' } });
    const stored = await station.database.db.selectFrom('users').select('badge_hash').where('name', '=', 'ana').executeTakeFirstOrThrow();
    expect(stored.badge_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await station.database.db.selectFrom('users').selectAll().execute())).not.toContain('EMP-0042');
    expect((await ui('users.list', {})) as unknown).toMatchObject({ ok: true, value: { users: [{ name: 'ana', has_badge: true }] } });
    await station.options.set({ 'general.badgeSignIn': false });
    expect(await ui('session.signIn', { badge: 'EMP-0042' })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Badge sign-in is off') } });
    expect(station.session.user).toBeNull();
  });

  it('one user per badge; a bad badge is refused with the field named', async () => {
    await createUserWithBadge(station.database.db, { name: 'ana', role: 'operator', pin: '1234', badge: 'EMP-0042' });
    await expect(createUserWithBadge(station.database.db, { name: 'ben', role: 'operator', pin: '2468', badge: 'EMP-0042' })).rejects.toThrow('another user already has this badge');
    // Both or neither: ben was not created without his badge.
    expect((await station.database.db.selectFrom('users').select('name').execute()).map((u) => u.name)).toEqual(['ana']);
    await expect(createUserWithBadge(station.database.db, { name: 'ben', role: 'operator', pin: '2468', badge: 'a b' })).rejects.toThrow('badge: a badge is 4 to 64 printable characters');
  });
});
