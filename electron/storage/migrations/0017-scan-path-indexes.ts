import { sql, type Kysely } from 'kysely';

/**
 * The scan path's index review (issue 22, test/electron/storage/query-plans.test.ts):
 * - `imports_committing`: every serial lookup hides the rows of an import still being staged
 *   (staged-rows.ts), which asked for the imports in state `committing` by reading the whole
 *   imports table; this partial index holds just those (usually none).
 * - `scan_log_at` goes: no query reads the scan log by time (it is listed by id, and by document
 *   through `scan_log_document`), yet every scan paid a second index write for it.
 */
export const migration0017 = {
  version: 17,
  name: 'scan-path-indexes',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.createIndex('imports_committing').on('imports').column('id').where(sql.ref('state'), '=', 'committing').execute();
    await db.schema.dropIndex('scan_log_at').execute();
  },
};
