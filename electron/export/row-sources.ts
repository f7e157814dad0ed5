import type BetterSqlite3 from 'better-sqlite3';
import type { ExportPlan } from '../storage/repos/reports-export';
import type { Db } from '../storage/schema';

/**
 * Where an export's rows come from: batches of rows, each row `[serial id, ...column values]` in
 * the export's column order. Memory is about one batch whatever the export's size.
 */
export type RowSource = (db: Db, plan: ExportPlan) => AsyncIterable<unknown[][]>;

/**
 * Portable, and friendly to a busy station: chunks read by serial id (keyset), each its own short
 * query, so scans at the station run between chunks.
 */
export function chunkedRows(chunkSize = 5000): RowSource {
  return async function* (db, plan) {
    for (let after = 0; ; ) {
      const { rows } = await db.executeQuery<Record<string, unknown>>(plan.chunk(after, chunkSize));
      const last = rows.at(-1);
      if (!last) return;
      yield rows.map((r) => plan.shape(Object.values(r)));
      after = Number(last.id);
    }
  };
}

/**
 * SQLite-specific and fastest, for a process that does nothing else (the CLI): the whole export is
 * one statement read as arrays (better-sqlite3's raw mode builds no object per row), on the
 * connection Kysely hands out and keeps for the duration.
 */
export function streamedRows(sqlite: BetterSqlite3.Database, batchSize = 1000): RowSource {
  return (db, plan) => ({
    async *[Symbol.asyncIterator]() {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      // Hold the connection until the iteration ends (or is abandoned).
      await new Promise<void>((ready) => void db.connection().execute(async () => {
        ready();
        await held;
      }));
      try {
        const compiled = plan.all();
        let batch: unknown[][] = [];
        for (const row of sqlite.prepare(compiled.sql).raw(true).iterate(...(compiled.parameters as unknown[]))) {
          batch.push(plan.shape(row as unknown[]));
          if (batch.length === batchSize) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      } finally {
        release();
      }
    },
  });
}
