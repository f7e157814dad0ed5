import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from './schema';

/**
 * Serials an import has staged but not yet committed. A serial import writes its serials and their
 * ledger events a chunk at a time (each chunk a short transaction, so scans go on), all tagged with
 * its journal entry (`document_type = 'import'`, `document_id` = the `imports` row). While that row
 * is `committing` they are not part of the station's data: every read that lists or looks up serials
 * adds `notStaged`, and stock is not touched. Committing is then one short step: the stock totals and
 * `state = 'done'` (repos/import-journal.ts), after which the rows read like any other.
 *
 * What still sees staged rows on purpose: the unique key (a staged serial cannot be received or
 * imported twice meanwhile — recordReceipt says it is being imported), a product's lock checks,
 * a serial-key rekey, and the journal itself.
 */
/** The journal state whose rows are staged; both checks below read it from here. */
const STAGING = 'committing';
const STAGED_DOCUMENT = 'import';

export function notStaged(table: string): RawBuilder<SqlBool> {
  const type = sql.ref(`${table}.document_type`);
  const id = sql.ref(`${table}.document_id`);
  return sql<SqlBool>`(${type} is null or ${type} <> ${sql.lit(STAGED_DOCUMENT)} or ${id} is null or ${id} not in (select imports.id from imports where imports.state = ${sql.lit(STAGING)}))`;
}

/** Whether this serial row is staged by an import still committing. */
export async function isStaged(db: Db, row: { document_type: string | null; document_id: number | null }): Promise<boolean> {
  if (row.document_type !== STAGED_DOCUMENT || row.document_id === null) return false;
  const open = await db.selectFrom('imports').select('id').where('id', '=', row.document_id).where('state', '=', STAGING).executeTakeFirst();
  return open !== undefined;
}
