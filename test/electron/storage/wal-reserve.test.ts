import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { walBytesAtCap } from '../../../electron/storage/checkpointer';
import { openDatabase, type Database } from '../../../electron/storage/database';
import { reserveWal } from '../../../electron/storage/wal-reserve';
import { smallDisk } from '../../helpers/storage-faults';
import { tempDir } from './helpers';

/**
 * A running station writes its WAL file out to the checkpointer's cap at open (wal-reserve.ts), so
 * no commit after a start has to grow the file; the bytes past the valid frames are never read.
 */
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function dir(): string {
  const t = tempDir('scanbay-walres-');
  cleanups.push(t.cleanup);
  return t.dir;
}

async function open(file: string, reserve: boolean): Promise<Database> {
  const d = await openDatabase({ file, backgroundCheckpoints: true, reserveWal: reserve });
  cleanups.push(() => (d.sqlite!.open ? d.close() : undefined));
  return d;
}

const walSize = (file: string) => statSync(`${file}-wal`).size;
const CAP = walBytesAtCap(4096);

describe('WAL reserve (SQLite)', () => {
  it('a running station opens with its WAL at the working size; rows written over the zeros survive a reopen', async () => {
    const file = join(dir(), 'scanbay.db');
    const d = await open(file, true);
    expect(d.walReserve).toEqual({ reserved: true, from: expect.any(Number), to: CAP });
    expect(walSize(file)).toBe(CAP);
    d.sqlite!.exec('create table filler (id integer primary key, body text not null)');
    const insert = d.sqlite!.prepare('insert into filler (body) values (?)');
    for (let i = 0; i < 300; i++) insert.run(`row ${i} ${'x'.repeat(1500)}`);
    // Commits overwrote the reserved space: the file did not grow.
    expect(walSize(file)).toBe(CAP);
    await d.close();

    const again = await open(file, false);
    expect(again.sqlite!.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(again.sqlite!.prepare('select count(*) as n from filler').get()).toEqual({ n: 300 });
    expect(again.sqlite!.prepare('select body from filler where id = 300').get()).toEqual({ body: expect.stringMatching(/^row 299 /) });
  });

  it('only where asked: without reserveWal the WAL starts as small as SQLite makes it', async () => {
    const file = join(dir(), 'scanbay.db');
    const d = await open(file, false);
    expect(d.walReserve ?? null).toBeNull();
    expect(walSize(file)).toBeLessThan(1024 * 1024);
  });

  it('another connection reads a reserved WAL: the frames before the zeros, nothing after them', async () => {
    const file = join(dir(), 'scanbay.db');
    const d = await open(file, true);
    const reader = new BetterSqlite3(file, { readonly: true });
    cleanups.push(() => void reader.close());
    const count = 'select count(*) as n from schema_migrations';
    // The migrations' rows are still only in the WAL's frames (no checkpoint yet copied them).
    expect(reader.prepare(count).get()).toEqual(d.sqlite!.prepare(count).get());
    expect((reader.prepare(count).get() as { n: number }).n).toBeGreaterThanOrEqual(17);
    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
    await d.close();
  });

  it('leaves a WAL already at or past the size as it is', async () => {
    const file = join(dir(), 'scanbay.db');
    const d = await open(file, true);
    expect(reserveWal(d.sqlite!, CAP)).toEqual({ reserved: false, why: 'large_enough' });
    expect(walSize(file)).toBe(CAP);
  });

  it('does not wait for another process holding the write lock, and keeps the busy timeout', async () => {
    const file = join(dir(), 'scanbay.db');
    const d = await open(file, false);
    const other = new BetterSqlite3(file);
    cleanups.push(() => void other.close());
    other.exec('begin immediate');
    const started = Date.now();
    expect(reserveWal(d.sqlite!, CAP)).toEqual({ reserved: false, why: 'busy' });
    // The station's own busy timeout is 5 s; the reserve must not have waited for it.
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(d.sqlite!.pragma('busy_timeout', { simple: true })).toBe(5000);
    other.exec('rollback');
    expect(reserveWal(d.sqlite!, CAP)).toMatchObject({ reserved: true, to: CAP });
  });

  it('on a full disk gives the space back and the station still opens and writes', async (ctx) => {
    // A genuinely full disk needs a small tmpfs (root; CI runs as root).
    const disk = smallDisk(8 * 1024);
    if (!disk) return ctx.skip();
    cleanups.push(() => disk.dispose());
    const logged: string[] = [];
    const station = await openStation({ dataDir: disk.dir, shell: 'browser', reserveWal: true, log: (m) => logged.push(m) });
    cleanups.push(() => station.close());
    const reserve = station.database.walReserve;
    expect(reserve).toMatchObject({ reserved: false, why: 'write_failed', message: expect.stringMatching(/ENOSPC/) });
    expect(walSize(join(disk.dir, 'scanbay.db'))).toBeLessThan(CAP);
    expect(logged.join('\n')).toMatch(/WAL file could not be made its working size \(.*ENOSPC/);
    // Room the reserve took is given back: the station commits as before.
    writeFileSync(join(disk.dir, 'probe.txt'), 'room left');
    station.database.sqlite!.exec('create table t (x); insert into t values (1)');
    expect(station.database.sqlite!.prepare('select count(*) as n from t').get()).toEqual({ n: 1 });
  });
});
