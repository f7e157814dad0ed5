import { StationError } from '../../../shared/api/errors';
import type { SignedInUser } from '../../../shared/api/requests/session';
import { isEmpty, seedDemo } from '../../demo/seed';
import { createUser, listUsers, verifyPin } from '../../users/users';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

type SessionHandlers = Pick<
  Handlers,
  'session.current' | 'session.signIn' | 'session.signOut' | 'users.list' | 'users.add' | 'demo.status' | 'demo.seed'
>;

export function sessionHandlers(station: Station): SessionHandlers {
  const db = station.database.db;
  return {
    'session.current': () => ({ user: station.session.user }),
    'session.signIn': async ({ name, pin }) => {
      const v = await verifyPin(db, { name }, pin);
      if (v.ok) {
        const user: SignedInUser = { id: v.user.id, name: v.user.name, role: v.user.role };
        station.session.signIn(user);
        return { user };
      }
      if (v.reason === 'locked') {
        throw new StationError('locked', `${name} is locked after 5 wrong PINs until ${new Date(v.lockedUntil).toLocaleTimeString()}`);
      }
      if (v.reason === 'wrong_pin') {
        throw new StationError('unauthenticated', `wrong PIN for ${name}: ${v.attemptsLeft} attempt${v.attemptsLeft === 1 ? '' : 's'} left before a one-minute lock`);
      }
      throw new StationError('unauthenticated', `no user named ${name}`);
    },
    'session.signOut': () => {
      station.session.signOut();
      return { user: null };
    },
    'users.list': async () => ({ users: await listUsers(db) }),
    'users.add': async (input) => {
      const users = await listUsers(db);
      if (users.some((u) => u.role === 'supervisor') && station.session.user?.role !== 'supervisor') {
        throw new StationError('forbidden', 'only a signed-in supervisor can add users');
      }
      return { user: await createUser(db, input) };
    },
    'demo.status': async () => ({ empty: await isEmpty(db) }),
    'demo.seed': async () => {
      const result = await seedDemo(db);
      if (!result.seeded) throw new StationError('conflict', 'demo data goes only into an empty station; this one already holds data');
      return result;
    },
  };
}
