import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 11: badges, API actors, cancelled RMAs', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('adds users.badge_hash (one user per badge, many without), received_via, packed_via and the RMA cancellation, keeping existing rows', async () => {
    m = await migratedTo(10);
    m.run("insert into users (name, role, pin_hash, created_at) values ('ana', 'operator', 'x', ?), ('ben', 'operator', 'x', ?), ('cy', 'operator', 'x', ?)", m.now, m.now, m.now);
    await m.migrateTo(11);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(11);
    expect(m.columns('users')).toContain('badge_hash');
    expect(m.columns('receiving_sessions')).toContain('received_via');
    expect(m.columns('shipments')).toContain('packed_via');
    expect(m.columns('returns')).toEqual(expect.arrayContaining(['cancelled_at', 'cancelled_by']));
    expect(m.sqlite.prepare('select count(*) as n from users where badge_hash is null').get()).toEqual({ n: 3 });
    m.run("update users set badge_hash = 'h1' where name = 'ana'");
    expect(() => m.run("update users set badge_hash = 'h1' where name = 'ben'")).toThrow(/UNIQUE/);
    m.run("update users set badge_hash = 'h2' where name = 'ben'");
  });
});
