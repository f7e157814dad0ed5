import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { SignedInUser } from '../../../shared/api/requests/session';
import { isEmpty, seedDemo } from '../../demo/seed';
import { createUserWithBadge, findUserByBadge, setBadge, usersWithBadge } from '../../users/badges';
import { listUsers, verifyPin } from '../../users/users';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

type SessionHandlers = Pick<
  Handlers,
  'session.current' | 'session.signIn' | 'session.signOut' | 'users.list' | 'users.add' | 'users.setBadge' | 'demo.status' | 'demo.seed'
>;

export function sessionHandlers(station: Station): SessionHandlers {
  const db = station.database.db;
  const signIn = (u: SignedInUser) => {
    const user: SignedInUser = { id: u.id, name: u.name, role: u.role };
    station.session.signIn(user);
    return { user };
  };
  const listed = async () => {
    const badges = new Set(await usersWithBadge(db));
    return (await listUsers(db)).map((u) => ({ ...u, has_badge: badges.has(u.id) }));
  };
  return {
    'session.current': () => ({ user: station.session.user }),
    'session.signIn': async (input) => {
      if ('badge' in input) {
        // The badge itself is never echoed: it signs its holder in.
        if (!station.options.get('general.badgeSignIn')) throw new StationError('forbidden', msg('errors-station.session.badgeOff'));
        const user = await findUserByBadge(db, input.badge);
        if (!user) throw new StationError('unauthenticated', msg('errors-station.session.unknownBadge'));
        return signIn(user);
      }
      const { name, pin } = input;
      const v = await verifyPin(db, { name }, pin);
      if (v.ok) return signIn(v.user);
      if (v.reason === 'locked') {
        throw new StationError('locked', msg('errors-station.session.locked', { name, until: new Date(v.lockedUntil).getTime() }));
      }
      if (v.reason === 'wrong_pin') {
        throw new StationError('unauthenticated', msg('errors-station.session.wrongPin', { name, left: v.attemptsLeft }));
      }
      throw new StationError('unauthenticated', msg('errors-station.session.unknownUser', { name }));
    },
    'session.signOut': () => {
      station.session.signOut();
      return { user: null };
    },
    'users.list': async () => ({ users: await listed() }),
    // Who may add users and badges is checked before (backend/access.ts).
    'users.add': async (input) => ({ user: await createUserWithBadge(db, input) }),
    'users.setBadge': async ({ name, badge }) => {
      await setBadge(db, name, badge);
      const user = (await listed()).find((u) => u.name === name);
      if (!user) throw new StationError('not_found', msg('errors-station.users.notFound', { name }));
      return { user };
    },
    'demo.status': async () => ({ empty: await isEmpty(db) }),
    'demo.seed': async () => {
      const result = await seedDemo(db);
      if (!result.seeded) throw new StationError('conflict', msg('errors-station.demo.notEmpty'));
      return result;
    },
  };
}
