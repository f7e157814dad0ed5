import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Transaction } from 'kysely';
import type { Database } from '../../../electron/storage/database';
import { directRunner } from '../../../electron/storage/direct-run';
import { prepare } from '../../../electron/storage/prepared';
import type { DB } from '../../../electron/storage/schema';
import { writeTransaction } from '../../../electron/storage/transaction';
import { memoryDb } from './helpers';

/**
 * Prepared statements skip Kysely's executor on SQLite only where it would run them on the one
 * connection anyway (direct-run.ts). Everywhere else they must behave as through Kysely: a read
 * outside a transaction waits for the open one, a finished transaction refuses statements, and
 * a failing statement rolls its transaction back.
 */
const dialect = process.env.SCANBAY_TEST_DIALECT ?? 'sqlite';
const warehouseByCode = prepare((db, p: { code: string }) => db.selectFrom('warehouses').select(['code', 'name']).where('code', '=', p.code));
const addWarehouse = prepare((db, p: { code: string; name: string; at: string }) => db.insertInto('warehouses').values({ code: p.code, name: p.name, created_at: p.at }));
const at = '2026-12-03T10:00:00.000Z';

let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(async () => {
  await d.close();
});

describe(`prepared statements beside Kysely's executor (${dialect})`, () => {
  it('run directly only on SQLite, in an open transaction or on an idle connection', async () => {
    expect(directRunner(d.db) !== null).toBe(dialect === 'sqlite');
    let inside: Transaction<DB> | undefined;
    await writeTransaction(d.db, async (trx) => {
      inside = trx;
      expect(directRunner(trx) !== null).toBe(dialect === 'sqlite');
      // The handle itself must queue while this transaction holds the connection.
      expect(directRunner(d.db)).toBeNull();
    });
    expect(directRunner(inside!)).toBeNull();
    expect(directRunner(d.db) !== null).toBe(dialect === 'sqlite');
  });

  it('a read on the handle waits for the open transaction and never sees what it rolls back', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const didInsert = new Promise<void>((resolve) => (inserted = resolve));
    const trx = writeTransaction(d.db, async (t) => {
      await addWarehouse.run(t, { code: 'W-RB', name: 'Rolled back', at });
      inserted();
      await gate;
      throw new Error('undo');
    });
    await didInsert;
    let settled = false;
    const read = warehouseByCode.first(d.db, { code: 'W-RB' }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (dialect === 'sqlite') expect(settled).toBe(false);
    release();
    await expect(trx).rejects.toThrow('undo');
    expect(await read).toBeUndefined();
    expect(await warehouseByCode.first(d.db, { code: 'W-RB' })).toBeUndefined();
  });

  it('a transaction that has committed refuses further statements', async () => {
    let kept: Transaction<DB> | undefined;
    await writeTransaction(d.db, async (trx) => {
      kept = trx;
      await addWarehouse.run(trx, { code: 'W-C', name: 'Committed', at });
    });
    await expect(addWarehouse.run(kept!, { code: 'W-LATE', name: 'Late', at })).rejects.toThrow(/committed/i);
    expect(await warehouseByCode.first(d.db, { code: 'W-LATE' })).toBeUndefined();
    expect(await warehouseByCode.first(d.db, { code: 'W-C' })).toEqual({ code: 'W-C', name: 'Committed' });
  });

  it('a failing statement rejects (not throws) and its transaction rolls back as a whole', async () => {
    const work = writeTransaction(d.db, async (trx) => {
      await addWarehouse.run(trx, { code: 'W-1', name: 'One', at });
      const second = addWarehouse.run(trx, { code: 'W-1', name: 'Again', at });
      expect(second).toBeInstanceOf(Promise);
      await second;
    });
    await expect(work).rejects.toThrow(/unique|duplicate/i);
    expect(await warehouseByCode.first(d.db, { code: 'W-1' })).toBeUndefined();
  });
});
