import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { databasePath, openDataDirDatabase, openDatabase } from '../../../electron/storage/database';
import { writeTransaction } from '../../../electron/storage/transaction';
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

  it('keeps a savepoint\'s journal in memory: a group member writing many pages opens no temporary file', async () => {
    // A commit-group member runs under a savepoint. Past 64 KiB (about 16 pages, one scan's worth)
    // SQLite spilled its journal to a temporary file: open, unlink, writes and close per group.
    const d = await openDatabase({ file: join(tmp.dir, 'spill.db') });
    const sqlite = d.sqlite!;
    sqlite.exec('create table wide (id integer primary key, v text)');
    const insert = sqlite.prepare('insert into wide (v) values (?)');
    sqlite.transaction(() => {
      for (let i = 0; i < 200; i++) insert.run('x'.repeat(1000));
    })();
    const tempFiles = () => readdirSync('/proc/self/fd').flatMap((fd) => {
      try {
        return [readlinkSync(`/proc/self/fd/${fd}`)];
      } catch {
        return [];
      }
    }).filter((target) => target.includes('etilqs_'));
    sqlite.exec('begin immediate; savepoint scanbay_member');
    sqlite.prepare("update wide set v = 'y' || substr(v, 2)").run();
    const during = tempFiles();
    sqlite.exec('release scanbay_member; commit');
    await d.close();
    expect(during).toEqual([]);
  });

  it('closing waits for a transaction in flight: it commits, then the handle closes', async () => {
    const file = join(tmp.dir, 'drain.db');
    const d = await openDatabase({ file });
    d.sqlite!.exec('create table drained (n integer)');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let begun!: () => void;
    const inFlight = new Promise<void>((resolve) => (begun = resolve));
    const work = writeTransaction(d.db, async (trx) => {
      await sql`insert into drained (n) values (1)`.execute(trx);
      begun();
      await gate;
      await sql`insert into drained (n) values (2)`.execute(trx);
    });
    await inFlight;
    const closing = d.close();
    release();
    await expect(work).resolves.toBeUndefined();
    await closing;
    expect(d.sqlite!.open).toBe(false);
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.prepare('select count(*) as n from drained').get()).toEqual({ n: 2 });
    check.close();
  });

  it('closing does not wait forever for a holder that never lets go', async () => {
    const d = await openDatabase({ file: join(tmp.dir, 'stuck.db') });
    let begun!: () => void;
    const inFlight = new Promise<void>((resolve) => (begun = resolve));
    const stuck = writeTransaction(d.db, async () => {
      begun();
      await new Promise(() => {});
    });
    void stuck;
    await inFlight;
    const t0 = Date.now();
    await d.close();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1_900);
    expect(d.sqlite!.open).toBe(false);
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
