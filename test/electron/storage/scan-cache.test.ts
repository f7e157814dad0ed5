import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/storage/database';
import { cachedRead, rowsWritten, ScanCache } from '../../../electron/storage/scan-cache';
import { writeTransaction } from '../../../electron/storage/transaction';
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

  it('rowsWritten counts the rows a transaction writes on SQLite (equal counts: nothing written), and is unknown on PostgreSQL', async () => {
    await writeTransaction(d.db, async (trx) => {
      const start = await rowsWritten(trx);
      if (testOnPostgres()) return expect(start).toBeNull();
      await trx.selectFrom('warehouses').selectAll().execute();
      expect(await rowsWritten(trx)).toBe(start);
      await trx.insertInto('warehouses').values([{ code: 'W-A', name: 'A', created_at: '2026-12-04T00:00:00Z' }, { code: 'W-B', name: 'B', created_at: '2026-12-04T00:00:00Z' }]).execute();
      expect(await rowsWritten(trx)).toBe(start! + 2);
    });
  });
});
