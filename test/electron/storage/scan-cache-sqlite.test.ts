import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../electron/storage/database';
import { cachedRead, cacheSet, MAX_CACHE_ENTRIES, ScanCache } from '../../../electron/storage/scan-cache';
import type { Db } from '../../../electron/storage/schema';
import { writeTransaction } from '../../../electron/storage/transaction';
import { cachedRun, tempDir } from './helpers';

// The scan cache keeps what a write path reads between its transactions only while nothing else
// wrote: every kind of writer (this connection in or outside a transaction, another connection, a
// failed attempt, a concurrent transaction) must make the next transaction load again.

const addWarehouse = (db: Db, code: string) => db.insertInto('warehouses').values({ code, name: code, created_at: '2026-12-04T00:00:00.000Z' }).execute();

// SQLite only (this file is not in the PostgreSQL project): the stamp is SQLite's.
describe('scan cache on SQLite', () => {
  let files: ReturnType<typeof tempDir>;
  let d: Database;
  let other: Database;
  let cache: ScanCache;
  /** Loads counted by cachedRun. */
  let loads: { n: number };
  beforeEach(async () => {
    cache = new ScanCache();
    loads = { n: 0 };
    files = tempDir();
    d = await openDatabase({ file: join(files.dir, 'scanbay.db'), stationId: null });
    other = await openDatabase({ file: join(files.dir, 'scanbay.db'), stationId: null });
  });
  afterEach(async () => {
    await other.close();
    await d.close();
    files.cleanup();
  });

  it('keeps entries from one transaction to the next while only the owner writes, and keeps what it set', async () => {
    expect(await cachedRun(d, cache, loads, async (trx) => addWarehouse(trx, 'OWN1').then(() => cacheSet(trx, 'warehouses', 1)))).toBe(0);
    expect(await cachedRun(d, cache, loads)).toBe(1);
    expect(await cachedRun(d, cache, loads)).toBe(1);
    expect(loads.n).toBe(1);
    expect(cache.reuses).toBe(2);
  });

  it('loads again after a write on the same connection, in a transaction or not', async () => {
    await cachedRun(d, cache, loads);
    await addWarehouse(d.db, 'AUTO');
    expect(await cachedRun(d, cache, loads)).toBe(1);
    await writeTransaction(d.db, (trx) => addWarehouse(trx, 'TRX'));
    expect(await cachedRun(d, cache, loads)).toBe(2);
    expect(loads.n).toBe(3);
    expect(cache.reuses).toBe(0);
  });

  it('loads again after another connection commits', async () => {
    await cachedRun(d, cache, loads);
    await addWarehouse(other.db, 'ELSEWHERE');
    expect(await cachedRun(d, cache, loads)).toBe(1);
    expect(loads.n).toBe(2);
  });

  it('drops what a failed attempt changed in memory', async () => {
    await cachedRun(d, cache, loads);
    await expect(
      cachedRun(d, cache, loads, async (trx) => {
        await addWarehouse(trx, 'ROLLED');
        cacheSet(trx, 'warehouses', 99);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await cachedRun(d, cache, loads)).toBe(0);
    expect(loads.n).toBe(2);
  });

  it('transactions in flight together keep nothing, and each sees the others’ writes', async () => {
    await cachedRun(d, cache, loads);
    const together = await Promise.all(Array.from({ length: 6 }, (_, i) => cachedRun(d, cache, loads, (trx) => addWarehouse(trx, `G${i}`))));
    // Committed one after another (some in one group): each counted the warehouses before its own.
    expect([...together].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const before = loads.n;
    expect(await cachedRun(d, cache, loads)).toBe(6);
    expect(loads.n).toBe(before + 1);
  });

  it('keeps a bounded number of entries: many keys read with no other writer in between start afresh', async () => {
    for (let i = 0; i < MAX_CACHE_ENTRIES * 3; i++) {
      await writeTransaction(d.db, (trx) => cachedRead(trx, `key${i}`, async () => ++loads.n), { cache });
      expect(cache.size).toBeLessThanOrEqual(MAX_CACHE_ENTRIES + 1);
    }
    // Each key was new: one load each, and the entries were dropped at least twice on the way.
    expect(loads.n).toBe(MAX_CACHE_ENTRIES * 3);
    expect(cache.reuses).toBeLessThan(MAX_CACHE_ENTRIES * 3 - 2);
  });

  it('outside a cached transaction a read is simply a read', async () => {
    const read = () => cachedRead(d.db, 'warehouses', async () => ++loads.n);
    expect([await read(), await read()]).toEqual([1, 2]);
  });
});
