import { hostname } from 'node:os';
import type { Db } from '../schema';
import { iso } from '../time';
import { writeTransaction } from '../transaction';
import { adjustStock } from './stock';

/**
 * The journal of serial imports committed in chunks. While an import is `committing`, its serials
 * (document `import` with the journal id) are written a chunk at a time; it ends `done`, or
 * `rolled_back` when a chunk fails or its process died (the next station to open rolls it back).
 * A rollback is itself recorded in the ledger: each serial the import put in stock is taken out
 * again with an `adjusted` event that says so.
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

export async function finishImport(db: Db, id: number, at?: Date): Promise<void> {
  await db.updateTable('imports').set({ state: 'done', finished_at: iso(at) }).where('id', '=', id).execute();
}

const CHUNK = 2000;

/**
 * Takes an unfinished import back out, a chunk per transaction: its serials still in stock where
 * the import put them are removed with an `adjusted` event (ledger: the import was rolled back)
 * and stock follows. Returns how many serials were taken out.
 */
export async function rollbackImport(db: Db, id: number, reason: string, at = new Date()): Promise<number> {
  let removed = 0;
  for (;;) {
    const n = await writeTransaction(db, async (trx) => {
      const rows = await trx
        .selectFrom('serials')
        .select(['id', 'product_id', 'warehouse_id', 'bin_id'])
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
      const groups = new Map<string, { productId: number; warehouseId: number; binId: number | null; delta: number }>();
      for (const r of rows) {
        if (r.warehouse_id === null) continue;
        const key = `${r.product_id}/${r.warehouse_id}/${r.bin_id ?? 0}`;
        const g = groups.get(key) ?? { productId: r.product_id, warehouseId: r.warehouse_id, binId: r.bin_id, delta: 0 };
        g.delta--;
        groups.set(key, g);
      }
      for (const g of groups.values()) await adjustStock(trx, g);
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
