import { afterAll, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { findUserByBadge } from '../../../electron/users/badges';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../storage/helpers';

describe('scanbay users', () => {
  const tmp = tempDir('scanbay-cli-users-');
  afterAll(() => tmp.cleanup());

  it('adds users (printed as JSON, never the PIN) and lists them one JSON line each', () => {
    const add = runCli(['users', 'add', '--name', 'sam', '--role', 'supervisor', '--pin', '9999', '--data-dir', tmp.dir]);
    expect([add.status, add.stderr]).toEqual([0, '']);
    const user = JSON.parse(add.stdout) as Record<string, unknown>;
    expect(user).toMatchObject({ name: 'sam', role: 'supervisor' });
    expect(add.stdout).not.toContain('9999');
    runCli(['users', 'add', '--name', 'ana', '--role', 'operator', '--pin', '1234', '--data-dir', tmp.dir]);
    const list = runCli(['users', 'list', '--data-dir', tmp.dir]);
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { name: string }).name)).toEqual(['ana', 'sam']);
  });

  it('users add --badge gives the user a badge (printed nowhere) that signs them in', async () => {
    const add = runCli(['users', 'add', '--name', 'bea', '--role', 'operator', '--pin', '1357', '--badge', 'BADGE-BEA-01', '--data-dir', tmp.dir]);
    expect([add.status, add.stderr]).toEqual([0, '']);
    expect(add.stdout).not.toContain('BADGE-BEA-01');
    const station = await openStation({ dataDir: tmp.dir, shell: 'cli', log: () => {} });
    try {
      expect((await findUserByBadge(station.database.db, 'BADGE-BEA-01'))?.name).toBe('bea');
    } finally {
      await station.close();
    }
    const dup = runCli(['users', 'add', '--name', 'cy', '--role', 'operator', '--pin', '1357', '--badge', 'BADGE-BEA-01', '--data-dir', tmp.dir]);
    expect([dup.status, dup.stderr]).toEqual([1, 'scanbay: another user already has this badge\n']);
  });

  it('fails with one line on stderr for a duplicate name, a bad role or a bad PIN', () => {
    const dup = runCli(['users', 'add', '--name', 'sam', '--role', 'operator', '--pin', '1111', '--data-dir', tmp.dir]);
    expect([dup.status, dup.stderr]).toEqual([1, 'scanbay: user sam already exists\n']);
    const role = runCli(['users', 'add', '--name', 'x', '--role', 'boss', '--pin', '1111', '--data-dir', tmp.dir]);
    expect(role.status).not.toBe(0);
    expect(role.stderr).toMatch(/^scanbay: .*boss.*\n$/);
    const pin = runCli(['users', 'add', '--name', 'x', '--role', 'operator', '--pin', 'abcd', '--data-dir', tmp.dir]);
    expect(pin.status).toBe(1);
    expect(pin.stderr).toBe('scanbay: invalid document: pin: a PIN is 4 to 12 digits\n');
  });
});
