import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/storage/database';
import { RaceLostError } from '../../../electron/storage/errors';
import { beforeCommit, writeTransaction } from '../../../electron/storage/transaction';
import { afterCommit, onRollback } from '../../../electron/storage/memory-hooks';
import { memoryDb, tempDir } from './helpers';

const vendor = (code: string) => ({ code, name: code, created_at: '2026-01-01T00:00:00Z' });
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('writeTransaction', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('commits everything or nothing', async () => {
    const d = await memoryDb();
    await writeTransaction(d.db, async (trx) => {
      await trx.insertInto('vendors').values(vendor('A')).execute();
      await trx.insertInto('vendors').values(vendor('B')).execute();
    });
    await expect(
      writeTransaction(d.db, async (trx) => {
        await trx.insertInto('vendors').values(vendor('C')).execute();
        await trx.insertInto('vendors').values(vendor('A')).execute(); // duplicate code
      }),
    ).rejects.toThrow(/UNIQUE|unique constraint/);
    expect((await d.db.selectFrom('vendors').select('code').orderBy('code').execute()).map((r) => r.code)).toEqual(['A', 'B']);
    await d.close();
  });

  it('a nested call joins the outer transaction', async () => {
    const d = await memoryDb();
    await expect(
      writeTransaction(d.db, async (trx) => {
        await writeTransaction(trx, async (inner) => {
          await inner.insertInto('vendors').values(vendor('IN')).execute();
        });
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await d.db.selectFrom('vendors').selectAll().execute()).toEqual([]);
    await d.close();
  });

  it('before-commit writes run last, in the outermost transaction, and not at all when it rolls back', async () => {
    const d = await memoryDb();
    const order: string[] = [];
    await writeTransaction(d.db, async (trx) => {
      await writeTransaction(trx, async (inner) => {
        await beforeCommit(inner, async () => {
          order.push('hook');
          await inner.insertInto('vendors').values(vendor('LAST')).execute();
        });
      });
      order.push('after nested');
      await trx.insertInto('vendors').values(vendor('FIRST')).execute();
      expect(await trx.selectFrom('vendors').select('code').execute()).toEqual([{ code: 'FIRST' }]);
    });
    expect(order).toEqual(['after nested', 'hook']);
    expect((await d.db.selectFrom('vendors').select(['id', 'code']).orderBy('id').execute()).map((r) => r.code)).toEqual(['FIRST', 'LAST']);
    await expect(
      writeTransaction(d.db, async (trx) => {
        await beforeCommit(trx, () => trx.insertInto('vendors').values(vendor('NEVER')).execute().then(() => undefined));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await beforeCommit(d.db, () => d.db.insertInto('vendors').values(vendor('NOW')).execute().then(() => undefined));
    expect((await d.db.selectFrom('vendors').select('code').orderBy('id').execute()).map((r) => r.code)).toEqual(['FIRST', 'LAST', 'NOW']);
    await d.close();
  });

  it('after-commit hooks run once the outermost transaction committed; a lost attempt or a rollback runs none', async () => {
    const d = await memoryDb();
    const ran: string[] = [];
    let attempts = 0;
    await writeTransaction(d.db, async (trx) => {
      attempts++;
      afterCommit(trx, () => ran.push(`outer ${attempts}`));
      await writeTransaction(trx, async (inner) => {
        await inner.insertInto('vendors').values(vendor(`V${attempts}`)).execute();
        afterCommit(inner, () => ran.push(`inner ${attempts}`));
      });
      expect(ran).toEqual([]); // not before COMMIT
      if (attempts === 1) throw new RaceLostError();
    });
    expect(ran).toEqual(['outer 2', 'inner 2']);
    await expect(
      writeTransaction(d.db, async (trx) => {
        afterCommit(trx, () => ran.push('rolled back'));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    afterCommit(d.db, () => ran.push('no transaction'));
    expect(ran).toEqual(['outer 2', 'inner 2', 'no transaction']);
    await d.close();
  });

  it('rollback undos run, last first, before a lost attempt is run again and when it rolls back; never after COMMIT', async () => {
    const d = await memoryDb();
    let step = 0;
    const seen: string[] = [];
    let attempts = 0;
    await writeTransaction(d.db, async (trx) => {
      attempts++;
      seen.push(`attempt ${attempts} starts at step ${step}`);
      const before = step;
      onRollback(trx, () => seen.push(`undo outer to ${(step = before)}`));
      step++;
      await writeTransaction(trx, async (inner) => {
        const mid = step;
        onRollback(inner, () => seen.push(`undo inner to ${(step = mid)}`));
        step++;
        await inner.insertInto('vendors').values(vendor(`R${attempts}`)).execute();
      });
      // Lost after all the work (as at COMMIT): the next attempt must begin at step 0 again.
      if (attempts === 1) throw new RaceLostError();
    });
    expect(seen).toEqual(['attempt 1 starts at step 0', 'undo inner to 1', 'undo outer to 0', 'attempt 2 starts at step 0']);
    expect(step).toBe(2);
    await expect(
      writeTransaction(d.db, async (trx) => {
        onRollback(trx, () => (step = -1));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(step).toBe(-1);
    onRollback(d.db, () => (step = 99)); // outside a transaction nothing is rolled back
    expect(step).toBe(-1);
    await d.close();
  });

  it('takes the write lock at BEGIN: another process cannot start writing meanwhile', async () => {
    const file = join(tmp.dir, 'lock.db');
    const a = await openDatabase({ file });
    const b = await openDatabase({ file });
    b.sqlite!.pragma('busy_timeout = 0');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = writeTransaction(a.db, async () => {
      await held; // no statement yet: a deferred BEGIN would not hold any lock here
    });
    await delay(10);
    expect(() => b.sqlite!.exec('begin immediate')).toThrow(/locked|busy/i);
    release();
    await first;
    b.sqlite!.exec('begin immediate; rollback');
    await a.close();
    await b.close();
  });

  it('retries a bounded number of times on SQLITE_BUSY, then gives up', async () => {
    const file = join(tmp.dir, 'busy.db');
    const a = await openDatabase({ file });
    const b = await openDatabase({ file });
    b.sqlite!.pragma('busy_timeout = 0');
    // A holds the lock briefly: B's first attempt fails, a retry after the backoff succeeds.
    const first = writeTransaction(a.db, async (trx) => {
      await trx.insertInto('vendors').values(vendor('A')).execute();
      await delay(40);
    });
    await delay(5);
    await writeTransaction(b.db, async (trx) => {
      await trx.insertInto('vendors').values(vendor('B')).execute();
    });
    await first;
    expect((await b.db.selectFrom('vendors').select('code').orderBy('code').execute()).map((r) => r.code)).toEqual(['A', 'B']);

    // A holds the lock longer than all of B's retries.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const long = writeTransaction(a.db, async () => held);
    await delay(5);
    await expect(writeTransaction(b.db, async () => undefined, { retries: 2 })).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    release();
    await long;
    await a.close();
    await b.close();
  });
});
