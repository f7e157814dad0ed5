import type { ExportPlan } from '../storage/repos/reports-export';
import type { Database } from '../storage/database';
import { rawRowReader } from '../storage/raw-rows';
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
 * Fastest on SQLite, for a process that does nothing else (the CLI): the whole export is one
 * statement read as arrays (no object per row), on the connection Kysely hands out and keeps for
 * the duration. Where the database has no such reader (PostgreSQL), chunks as above.
 */
export function streamedRows(database: Database, batchSize = 1000): RowSource {
  const read = rawRowReader(database);
  if (!read) return chunkedRows();
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
        for (const row of read(compiled)) {
          batch.push(plan.shape(row));
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
