import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 2: users', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('creates users with a unique name, a role and a PIN hash (no PIN column)', async () => {
    m = await migratedTo(2);
    expect(m.columns('users')).toEqual(['id', 'name', 'role', 'pin_hash', 'failed_pin_count', 'locked_until', 'created_at', 'disabled_at']);
    const add = (name: string, role: string) =>
      m.run('insert into users (name, role, pin_hash, created_at) values (?, ?, ?, ?)', name, role, 'scrypt$x', m.now);
    add('ana', 'operator');
    expect(() => add('ana', 'supervisor')).toThrow(/UNIQUE/);
    expect(() => add('bob', 'admin')).toThrow(/CHECK/);
  });
});
