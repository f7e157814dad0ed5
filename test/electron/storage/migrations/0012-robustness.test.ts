import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 12: robustness', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('keeps one approval PIN lockout row per requester, optionally tied to a user, never a negative count', async () => {
    m = await migratedTo(12);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(12);
    expect(m.columns('approval_pin_lockouts')).toEqual(['id', 'subject', 'user_id', 'failed_count', 'locked_until', 'updated_at']);
    m.run("insert into users (name, role, pin_hash, created_at) values ('ben', 'operator', 'h', ?)", m.now);
    m.run("insert into approval_pin_lockouts (subject, user_id, updated_at) values ('user:1', 1, ?)", m.now);
    expect(m.sqlite.prepare('select failed_count, locked_until from approval_pin_lockouts').get()).toEqual({ failed_count: 0, locked_until: null });
    expect(() => m.run("insert into approval_pin_lockouts (subject, updated_at) values ('user:1', ?)", m.now)).toThrow(/UNIQUE/);
    expect(() => m.run("insert into approval_pin_lockouts (subject, user_id, updated_at) values ('user:9', 9, ?)", m.now)).toThrow(/FOREIGN KEY/);
    expect(() => m.run("insert into approval_pin_lockouts (subject, failed_count, updated_at) values ('api:erp', -1, ?)", m.now)).toThrow(/CHECK/);
    m.run("insert into approval_pin_lockouts (subject, failed_count, updated_at) values ('station:Dock 1', 3, ?)", m.now);
  });
});
