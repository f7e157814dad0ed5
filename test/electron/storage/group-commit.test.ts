import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../electron/storage/database';
import { directRunner } from '../../../electron/storage/direct-run';
import { groupCommitStats } from '../../../electron/storage/group-commit';
import { setCommitObserver, writeTransaction } from '../../../electron/storage/transaction';
import { onRollback } from '../../../electron/storage/memory-hooks';
import { tempDir } from './helpers';

/**
 * Group commit (group-commit.ts, SQLite): write transactions that arrive together run one after
 * another in one SQLite transaction, each under a savepoint, and share its COMMIT. Each must still
 * settle only after that COMMIT, fail alone, run in its own async context, and never be lost or
 * written twice when another member's failure takes the whole transaction down.
 */
let d: Database;
let reader: BetterSqlite3.Database;
let cleanup: () => void;

beforeEach(async () => {
  const tmp = tempDir('scanbay-group-');
  cleanup = tmp.cleanup;
  const file = join(tmp.dir, 'scanbay.db');
  d = await openDatabase({ file });
  await sql`create table t (id integer primary key, who integer not null)`.execute(d.db);
  // Another connection, as another process would read the file: it sees only what is committed.
  reader = new BetterSqlite3(file, { readonly: true });
});
afterEach(async () => {
  setCommitObserver(null);
  reader.close();
  await d.close();
  cleanup();
});

const committed = (who: number) => (reader.prepare('select count(*) as n from t where who = ?').get(who) as { n: number }).n;
const insert = (trx: Transaction<any>, who: number) => sql`insert into t (who) values (${who})`.execute(trx);

/** Four transactions started in one tick (four clients' scans arriving together). */
function together(body: (trx: Transaction<any>, who: number) => Promise<void>) {
  return [1, 2, 3, 4].map((who) => writeTransaction(d.db, (trx) => body(trx as Transaction<any>, who)));
}

/** Until a group forms: a station alone gathers only now and then; after a group it keeps gathering. */
async function gathering() {
  for (let i = 0; i < 40 && groupCommitStats(d.db).groups === 0; i++) await Promise.all(together(async () => {}));
  expect(groupCommitStats(d.db).groups).toBeGreaterThan(0);
}

describe('group commit (SQLite)', () => {
  it('transactions arriving together share one COMMIT; each settles only once it is committed, in its own context', async () => {
    await gathering();
    const before = groupCommitStats(d.db);
    const scope = new AsyncLocalStorage<number>();
    const seen: [number, number | undefined, boolean][] = [];
    const settled = [1, 2, 3, 4].map((who) =>
      scope.run(who, () =>
        writeTransaction(d.db, async (trx) => {
          seen.push([who, scope.getStore(), directRunner(trx) !== null]);
          await insert(trx as Transaction<any>, who);
        }).then(() => committed(who)),
      ),
    );
    // Each promise saw its own row committed (readable from another connection) when it settled.
    expect(await Promise.all(settled)).toEqual([1, 1, 1, 1]);
    expect(seen).toEqual([1, 2, 3, 4].map((who) => [who, who, true]));
    const after = groupCommitStats(d.db);
    expect(after.groups - before.groups).toBe(1);
    expect(after.members - before.members).toBe(3);
    // Rows in the order the transactions were started.
    expect(reader.prepare('select who from t order by id').pluck().all().slice(-4)).toEqual([1, 2, 3, 4]);
  });

  it('a transaction that arrives while the group runs joins its COMMIT instead of waiting for it', async () => {
    await gathering();
    const before = groupCommitStats(d.db);
    let late: Promise<number> | undefined;
    const settled = together(async (trx, who) => {
      // A request read from its socket at the loop's next turn, while the group is at work.
      if (who === 1) setImmediate(() => (late = writeTransaction(d.db, (t) => insert(t as Transaction<any>, 50)).then(() => committed(50))));
      await insert(trx, who * 5);
    });
    await Promise.all(settled);
    expect(await late).toBe(1);
    const after = groupCommitStats(d.db);
    expect(after.groups - before.groups).toBe(1);
    expect(after.members - before.members).toBe(4);
    expect(reader.prepare('select who from t order by id').pluck().all().slice(-5)).toEqual([5, 10, 15, 20, 50]);
  });

  it('a request read at the next poll, which reads before it writes, joins the group begun in an I/O callback', async () => {
    await gathering();
    const before = groupCommitStats(d.db);
    const settled: Promise<unknown>[] = [];
    const server = createServer((socket) =>
      socket.on('data', (bytes) => {
        for (const request of bytes.toString()) {
          if (request === 'A') {
            // Begun in an I/O callback; the next request is sent only after this callback's turn.
            settled.push(writeTransaction(d.db, (trx) => insert(trx as Transaction<any>, 61)));
            setImmediate(() => client.write('B'));
          } else {
            // Like a REST request, which reads its API token first: a read waits while a transaction is open.
            settled.push(sql`select count(*) from t`.execute(d.db).then(() => writeTransaction(d.db, (trx) => insert(trx as Transaction<any>, 62))));
          }
        }
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
    try {
      await new Promise<void>((resolve) => client.once('connect', resolve));
      client.write('A');
      while (settled.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
      await Promise.all(settled);
    } finally {
      client.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
    expect([61, 62].map(committed)).toEqual([1, 1]);
    const after = groupCommitStats(d.db);
    expect(after.groups - before.groups).toBe(1);
    expect(after.members - before.members).toBe(1);
  });

  it('a member that fails is rolled back alone; the others commit', async () => {
    await gathering();
    const before = groupCommitStats(d.db);
    const results = await Promise.allSettled(
      together(async (trx, who) => {
        await insert(trx, who * 10);
        if (who === 2) throw new Error('member 2 refused');
      }),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('member 2 refused');
    expect([10, 20, 30, 40].map(committed)).toEqual([1, 0, 1, 1]);
    expect(groupCommitStats(d.db).groups - before.groups).toBe(1);
  });

  it('a leader that fails leaves its members to commit on their own', async () => {
    await gathering();
    const results = await Promise.allSettled(
      together(async (trx, who) => {
        await insert(trx, who * 100);
        if (who === 1) throw new Error('leader refused');
      }),
    );
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect([100, 200, 300, 400].map(committed)).toEqual([0, 1, 1, 1]);
  });

  it('when a member takes the whole transaction down, the others run again: nothing lost, nothing twice', async () => {
    await gathering();
    const runs = new Map<number, number>();
    const results = await Promise.allSettled(
      together(async (trx, who) => {
        runs.set(who, (runs.get(who) ?? 0) + 1);
        await insert(trx, who * 1000);
        if (who === 2 && runs.get(2) === 1) {
          // What SQLite does on disk full or an I/O error: the transaction is gone, savepoints too.
          await sql`rollback`.execute(trx);
          throw new Error('member 2 lost the transaction');
        }
      }),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('member 2 lost the transaction');
    expect([1000, 2000, 3000, 4000].map(committed)).toEqual([1, 0, 1, 1]);
    // The leader's work was in the lost transaction: it ran again.
    expect(runs.get(1)).toBe(2);
    expect(runs.get(2)).toBe(1);
  });

  it('memory a failed member changed is put back before the next member begins', async () => {
    await gathering();
    // Like a wizard's step on one document: each scan takes the step as it finds it and moves it on.
    let step: number[] = [];
    const found = new Map<number, number[]>();
    const results = await Promise.allSettled(
      together(async (trx, who) => {
        found.set(who, step);
        const before = step;
        onRollback(trx, () => (step = before));
        step = [...step, who];
        await insert(trx, who * 7);
        if (who === 2) throw new Error('member 2 refused');
      }),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(found.get(3)).toEqual([1]);
    expect(step).toEqual([1, 3, 4]);
  });

  it('when a group is lost, the memory its members changed is put back last member first, and each runs again from there', async () => {
    await gathering();
    let step: number[] = [];
    const runs = new Map<number, number>();
    const results = await Promise.allSettled(
      together(async (trx, who) => {
        runs.set(who, (runs.get(who) ?? 0) + 1);
        const before = step;
        onRollback(trx, () => (step = before));
        step = [...step, who];
        await insert(trx, who * 11);
        if (who === 4 && runs.get(4) === 1) {
          await sql`rollback`.execute(trx);
          throw new Error('member 4 lost the transaction');
        }
      }),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect([1, 2, 3].map((who) => runs.get(who))).toEqual([2, 2, 2]);
    // Undone in the order the members ran, the first member's undo would have been overwritten by
    // the later ones' (each restores what it found): [1, 2] would be left behind the retries.
    expect(step).toEqual([1, 2, 3]);
    expect([11, 22, 33, 44].map(committed)).toEqual([1, 1, 1, 0]);
  });

  it('what the commit observer recorded for work that was lost is put back, so the work run again records it again', async () => {
    await sql`create table events (who integer not null)`.execute(d.db);
    // Like the operation layer's feed writer: one document event per operation, remembered in the
    // operation's scope (outside the database) once written.
    const operation = new AsyncLocalStorage<{ who: number; eventWritten: boolean }>();
    setCommitObserver({
      start: async () => undefined,
      async beforeCommit(trx) {
        const op = operation.getStore();
        if (!op || op.eventWritten) return;
        await sql`insert into events (who) values (${op.who})`.execute(trx);
        op.eventWritten = true;
      },
      save: () => ({ op: operation.getStore(), eventWritten: operation.getStore()?.eventWritten }),
      restore(saved) {
        const s = saved as { op?: { eventWritten: boolean }; eventWritten?: boolean };
        if (s.op) s.op.eventWritten = s.eventWritten ?? false;
      },
    });
    await gathering();
    let broken = false;
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((who) =>
        operation.run({ who, eventWritten: false }, () =>
          writeTransaction(d.db, async (trx) => {
            await insert(trx as Transaction<any>, who * 7);
            if (who === 2 && !broken) {
              broken = true;
              await sql`rollback`.execute(trx);
              throw new Error('member 2 lost the transaction');
            }
          }),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const events = reader.prepare('select who from events order by who').pluck().all();
    expect(events.filter((w) => [1, 2, 3, 4].includes(w as number))).toEqual([1, 3, 4]);
  });

  it('transactions started one after another form no group', async () => {
    const before = groupCommitStats(d.db);
    for (let i = 0; i < 40; i++) await writeTransaction(d.db, async (trx) => void (await insert(trx as Transaction<any>, 7)));
    expect(committed(7)).toBe(40);
    expect(groupCommitStats(d.db)).toEqual(before);
  });
});
