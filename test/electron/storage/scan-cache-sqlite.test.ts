import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../electron/storage/database';
import { cachedRead, cacheSet, MAX_CACHE_ENTRIES, ScanCache } from '../../../electron/storage/scan-cache';
import type { Db } from '../../../electron/storage/schema';
import { groupCommitStats } from '../../../electron/storage/group-commit';
import { writeTransaction } from '../../../electron/storage/transaction';
import { cachedRun, tempDir, warehouseCount } from './helpers';

// The scan cache keeps what a write path reads between its transactions only while nothing else
// wrote: every kind of writer (this connection in or outside a transaction, another connection, a
// failed attempt, a lost commit group) must make the next transaction load again; the members of
// one commit group go on with the entries one after another.

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

  /** Counts the warehouses (cached), adds one and keeps the count right, as an owner must. */
  const countAndAdd = (code: string, fail = false) =>
    writeTransaction(
      d.db,
      async (trx) => {
        const n = await cachedRead(trx, 'warehouses', () => {
          loads.n++;
          return warehouseCount(trx);
        });
        await addWarehouse(trx, code);
        cacheSet(trx, 'warehouses', n + 1);
        if (fail) throw new Error(`${code} refused`);
        return n;
      },
      { cache },
    );

  /** Rounds of four at once until one formed a commit group (a station alone gathers now and then). */
  async function untilGrouped() {
    for (let i = 0; i < 40 && groupCommitStats(d.db).groups === 0; i++) await Promise.all([1, 2, 3, 4].map((j) => countAndAdd(`W${i}-${j}`)));
    expect(groupCommitStats(d.db).groups).toBeGreaterThan(0);
  }

  it('members of one commit group go on with the entries the member before them left, and each sees the others’ writes', async () => {
    await untilGrouped();
    const start = await warehouseCount(d.db);
    const [groups, reuses, loaded] = [groupCommitStats(d.db).groups, cache.reuses, loads.n];
    const counts = await Promise.all([1, 2, 3, 4].map((j) => countAndAdd(`G${j}`)));
    // One group of four: the leader and each member found the entries of the one before still good.
    expect(groupCommitStats(d.db).groups - groups).toBe(1);
    expect(cache.reuses - reuses).toBeGreaterThanOrEqual(3);
    expect(loads.n - loaded).toBeLessThanOrEqual(1);
    // Each counted the warehouses before its own, the others' uncommitted ones included.
    expect(counts).toEqual([start, start + 1, start + 2, start + 3]);
    expect(await cachedRun(d, cache, loads)).toBe(start + 4);
  });

  it('a member rolled back alone drops the entries: the next member loads again and counts right', async () => {
    await untilGrouped();
    const start = await warehouseCount(d.db);
    const loaded = loads.n;
    const results = await Promise.allSettled([countAndAdd('F1'), countAndAdd('F2', true), countAndAdd('F3'), countAndAdd('F4')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    // F2's count (start + 2 in memory) is not in the database: F3 loads and counts F1 only.
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : null))).toEqual([start, null, start + 1, start + 2]);
    expect(loads.n - loaded).toBeGreaterThanOrEqual(1);
    expect(await warehouseCount(d.db)).toBe(start + 3);
    expect(await cachedRun(d, cache, loads)).toBe(start + 3);
  });

  it('a lost group drops the entries its members went on with', async () => {
    await untilGrouped();
    const start = await warehouseCount(d.db);
    // The leader fails: SQLite's transaction is rolled back and the members run again on their own.
    const results = await Promise.allSettled([countAndAdd('L1', true), countAndAdd('L2'), countAndAdd('L3')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(results.slice(1).map((r) => (r as PromiseFulfilledResult<number>).value)).toEqual([start, start + 1]);
    expect(await cachedRun(d, cache, loads)).toBe(start + 2);
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
