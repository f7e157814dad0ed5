import type { InsertObject } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BulkInserter } from '../../../electron/storage/bulk-insert';
import type { Database } from '../../../electron/storage/database';
import type { DB } from '../../../electron/storage/schema';
import { writeTransaction } from '../../../electron/storage/transaction';
import { memoryDb } from './helpers';

// One inserter serving several transactions (as an import's chunks do): its compiled statement is
// reused, and each call's rows land in the transaction it was given — no more, no fewer.
let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(() => d.close());

// `created_at` comes from the inserter's constants, so the rows leave it out.
const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ code: `W${String(from + i).padStart(5, '0')}`, name: `Warehouse ${from + i}` })) as unknown as InsertObject<DB, 'warehouses'>[];
const codeOf = (r: InsertObject<DB, 'warehouses'>) => r.code as string;
const codes = async () => (await d.db.selectFrom('warehouses').select('code').execute()).map((r) => r.code).sort();

describe('BulkInserter across transactions', () => {
  it('writes each call into the transaction passed, skips conflicts, and a rolled-back call leaves nothing', async () => {
    const inserter = new BulkInserter(d.db, 'warehouses', 500, ['id', 'code'], 'code', { created_at: '2026-12-04T00:00:00.000Z' });
    const first = await writeTransaction(d.db, (trx) => inserter.insert(rows(0, 1200), trx));
    expect(first).toHaveLength(1200);
    await expect(
      writeTransaction(d.db, async (trx) => {
        await inserter.insert(rows(5000, 1000), trx);
        throw new Error('chunk refused');
      }),
    ).rejects.toThrow('chunk refused');
    // 1,000 new and 200 already there: only the new ones come back.
    const second = await writeTransaction(d.db, (trx) => inserter.insert(rows(1000, 1200), trx));
    expect(second.map((r) => r.code).sort()).toEqual(rows(1200, 1000).map(codeOf));
    expect(await codes()).toEqual(rows(0, 2200).map(codeOf));
    const stamped = await d.db.selectFrom('warehouses').select('created_at').distinct().execute();
    expect(stamped).toEqual([{ created_at: '2026-12-04T00:00:00.000Z' }]);
  });

  it('run counts the rows written, conflicts not included', async () => {
    const inserter = new BulkInserter(d.db, 'warehouses', 500, [], 'code', { created_at: '2026-12-04T00:00:00.000Z' });
    expect(await writeTransaction(d.db, (trx) => inserter.run(rows(0, 700), trx))).toBe(700);
    expect(await writeTransaction(d.db, (trx) => inserter.run(rows(200, 1000), trx))).toBe(500);
    expect(await codes()).toHaveLength(1200);
  });
});
