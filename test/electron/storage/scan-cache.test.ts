import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/storage/database';
import { cachedRead, ScanCache } from '../../../electron/storage/scan-cache';
import { testOnPostgres } from '../../helpers/postgres';
import { cachedRun, memoryDb } from './helpers';

// On either database a cached transaction reads a key once; only SQLite has a change stamp to keep
// it for the next transaction (scan-cache-sqlite.test.ts tries every kind of writer there).



describe('scan cache on either database', () => {
  let d: Database;
  beforeEach(async () => {
    d = await memoryDb();
  });
  afterEach(() => d.close());

  it('reads a key once per transaction, and keeps it for the next transaction only on SQLite (PostgreSQL: other stations commit unseen)', async () => {
    const cache = new ScanCache();
    const loads = { n: 0 };
    await cachedRun(d, cache, loads, async (trx) => {
      expect(await cachedRead(trx, 'warehouses', () => Promise.resolve(-1))).toBe(0);
    });
    await cachedRun(d, cache, loads);
    expect(loads.n).toBe(testOnPostgres() ? 2 : 1);
    expect(cache.reuses).toBe(testOnPostgres() ? 0 : 1);
  });
});
