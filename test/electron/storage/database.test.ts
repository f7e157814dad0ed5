import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databasePath, openDataDirDatabase, openDatabase } from '../../../electron/storage/database';
import { tempDir } from './helpers';

describe('openDatabase', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('uses WAL, synchronous=FULL, foreign keys and a 5 s busy timeout', async () => {
    const d = await openDatabase({ file: join(tmp.dir, 'p.db') });
    expect(d.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(d.sqlite!.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(d.sqlite!.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(d.sqlite!.pragma('busy_timeout', { simple: true })).toBe(5000);
    await d.close();
  });

  it('keeps the station database as scanbay.db in the data dir, creating the dir', async () => {
    const dataDir = join(tmp.dir, 'station', 'nested');
    expect(databasePath(dataDir)).toBe(join(dataDir, 'scanbay.db'));
    const d = await openDataDirDatabase(dataDir);
    expect(existsSync(join(dataDir, 'scanbay.db'))).toBe(true);
    await d.db.insertInto('vendors').values({ code: 'V', name: 'V', created_at: 'now' }).execute();
    await d.close();
    const ro = await openDatabase({ file: databasePath(dataDir), readonly: true });
    expect(await ro.db.selectFrom('vendors').select('code').execute()).toEqual([{ code: 'V' }]);
    await expect(ro.db.insertInto('vendors').values({ code: 'W', name: 'W', created_at: 'now' }).execute()).rejects.toThrow(
      /read-only/,
    );
    await ro.close();
  });

  it('a read-only open of a missing file fails instead of creating it', async () => {
    await expect(openDatabase({ file: join(tmp.dir, 'missing.db'), readonly: true })).rejects.toThrow();
    expect(existsSync(join(tmp.dir, 'missing.db'))).toBe(false);
  });
});
