import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../electron/storage/database';
import { tempDir } from './helpers';

/**
 * WAL checkpoints of a running station happen on a worker thread (checkpointer.ts): the station's
 * connection only keeps a far safety net, so no scan's commit copies the WAL into the database.
 */
const opened: { d: Database; cleanup(): void }[] = [];
afterEach(async () => {
  for (const { d, cleanup } of opened.splice(0)) {
    await d.close();
    cleanup();
  }
});

async function station(backgroundCheckpoints: boolean) {
  const { dir, cleanup } = tempDir('scanbay-ckpt-');
  const file = join(dir, 'scanbay.db');
  const d = await openDatabase({ file, backgroundCheckpoints });
  opened.push({ d, cleanup });
  await d.sqlite!.exec('create table filler (id integer primary key, body text not null)');
  return { d, file, wal: () => statSync(`${file}-wal`).size };
}

/** Commits one by one, as scans do: `n` transactions of a ~2 KB row each (about one page). */
async function commits(d: Database, n: number) {
  const insert = d.sqlite!.prepare('insert into filler (body) values (?)');
  for (let i = 0; i < n; i++) {
    insert.run('x'.repeat(2000) + i);
    if (i % 50 === 0) await new Promise((r) => setImmediate(r));
  }
}

describe('background WAL checkpoints (SQLite)', () => {
  it('a running station: the worker copies the WAL, the writer starts it over, the WAL stays small', async () => {
    const s = await station(true);
    expect(s.d.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    for (let round = 0; round < 6; round++) {
      await commits(s.d, 500);
      await new Promise((r) => setTimeout(r, 400));
    }
    expect(s.d.checkpoints?.running).toBe(true);
    expect(s.d.checkpoints!.checkpointed).toBeGreaterThan(2_500);
    // 3,000 one-page commits never checkpointed by the writer would leave a WAL of ~3,000 pages (12 MB).
    expect(s.wal()).toBeLessThan(8 * 1024 * 1024);
  });

  it('without the worker (a CLI command) SQLite checkpoints itself every 1,000 pages', async () => {
    const s = await station(false);
    expect(s.d.checkpoints ?? null).toBeNull();
    expect(s.d.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    await commits(s.d, 3_000);
    expect(s.wal()).toBeLessThan(8 * 1024 * 1024);
  });

  it('when the worker stops, the station checkpoints itself again; close removes the WAL', async () => {
    const s = await station(true);
    await s.d.checkpoints!.stop();
    expect(s.d.checkpoints!.running).toBe(false);
    expect(s.d.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    await commits(s.d, 100);
    const { d } = opened.pop()!;
    await d.close();
    expect(() => statSync(`${s.file}-wal`)).toThrow(/ENOENT/);
  });
});
