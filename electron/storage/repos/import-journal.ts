import { hostname } from 'node:os';
import type { Db } from '../schema';
import { iso } from '../time';
import { writeTransaction } from '../transaction';
import { adjustStock, type StockChange } from './stock';

/**
 * The journal of serial imports staged in chunks (see ../staged-rows.ts). While an import is
 * `committing`, its serials and ledger events (document `import` with the journal id) are written a
 * chunk at a time and read by no one; `finishImport` makes them the station's in one short
 * transaction (stock totals, then `done`). When a chunk fails or its process died (the next station
 * to open notices), the import is rolled back: still unseen, each staged serial is marked deleted,
 * its key freed and an `adjusted` event says why (the ledger is append-only), then `rolled_back`
 * shows them all at once as an import that never put anything in stock.
 */

export interface ImportStart {
  kind: string;
  file: string;
  rows: number;
  station: string | null;
  at?: Date;
}

export async function beginImport(db: Db, s: ImportStart): Promise<number> {
  const row = await db
    .insertInto('imports')
    .values({ kind: s.kind, file: s.file, state: 'committing', rows: s.rows, pid: process.pid, host: hostname(), station: s.station, started_at: iso(s.at) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function noteImportProgress(db: Db, id: number, committed: number): Promise<void> {
  await db.updateTable('imports').set({ committed }).where('id', '=', id).execute();
}

/**
 * The import's one commit step: its stock totals (one row per product and place, not per serial)
 * and `done`, in one transaction — the staged serials become the station's all at once.
 */
export async function finishImport(db: Db, id: number, stock: readonly StockChange[], at?: Date): Promise<void> {
  await writeTransaction(db, async (trx) => {
    for (const change of stock) await adjustStock(trx, change);
    const done = await trx.updateTable('imports').set({ state: 'done', finished_at: iso(at) }).where('id', '=', id).where('state', '=', 'committing').executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new Error(`import ${id} is no longer committing`);
  });
}

const CHUNK = 2000;

/**
 * Takes an unfinished import back out, a chunk per transaction while it is still unseen: its staged
 * serials are deleted (key freed) with an `adjusted` event saying the import was rolled back. Stock
 * was never touched. Returns how many serials were taken out.
 */
export async function rollbackImport(db: Db, id: number, reason: string, at = new Date()): Promise<number> {
  let removed = 0;
  for (;;) {
    const n = await writeTransaction(db, async (trx) => {
      const rows = await trx
        .selectFrom('serials')
        .select(['id', 'product_id'])
        .where('document_type', '=', 'import')
        .where('document_id', '=', id)
        .where('status', '=', 'in_stock')
        .orderBy('id')
        .limit(CHUNK)
        .execute();
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      const now = iso(at);
      await trx.updateTable('serials').set({ status: 'deleted', unique_key: null, warehouse_id: null, bin_id: null, updated_at: now }).where('id', 'in', ids).execute();
      const details = JSON.stringify({ action: 'import_rolled_back', import_id: id, reason });
      await trx
        .insertInto('serial_events')
        .values(rows.map((r) => ({ type: 'adjusted' as const, serial_id: r.id, product_id: r.product_id, document_type: 'import' as const, document_id: id, at: now, details })))
        .execute();
      return rows.length;
    });
    removed += n;
    if (n < CHUNK) break;
  }
  await db.updateTable('imports').set({ state: 'rolled_back', finished_at: iso(at) }).where('id', '=', id).execute();
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Imports left `committing` by a process of this machine that is gone (killed half way): rolled
 * back. Called when a station opens. Returns the ids rolled back.
 */
export async function recoverImports(db: Db): Promise<number[]> {
  const open = await db.selectFrom('imports').select(['id', 'pid', 'host']).where('state', '=', 'committing').execute();
  const dead = open.filter((i) => i.host === hostname() && i.pid !== process.pid && !alive(i.pid));
  for (const i of dead) await rollbackImport(db, i.id, 'the importing process stopped before the import was complete');
  return dead.map((i) => i.id);
}
