import { StorageError, type FieldIssue } from '../../storage/errors';
import type { Trx } from '../../storage/schema';
import type { CsvRow } from '../csv-rows';
import type { RowErrors } from '../errors';

export interface ImportContext {
  trx: Trx;
  errors: RowErrors;
  /** File name, recorded as the document of opening-stock ledger events. */
  fileName: string;
  /** `serials.defaultLength` for products without their own length rule. */
  defaultSerialLength: number | null;
  at: Date;
}

export interface ImportCounts {
  rows: number;
  documents?: number;
  created?: number;
  updated?: number;
  lines?: number;
  serials?: number;
}

/** Reads the file's rows: one at a time, or in batches for the bulk path. */
export interface RowSource {
  rows(): AsyncIterable<CsvRow>;
  batches(): AsyncIterable<CsvRow[]>;
}

export type Importer = (source: RowSource, ctx: ImportContext) => Promise<ImportCounts>;

/**
 * Turns a storage error about a document into row errors (each field issue at its row and column);
 * anything that is not a document problem is rethrown.
 */
export function reportDocumentError(
  err: unknown,
  errors: RowErrors,
  locate: (path: string) => { row: number; column: string | null },
  fallbackRow: number,
): void {
  if (!(err instanceof StorageError)) throw err;
  const issues = (err as { issues?: FieldIssue[] }).issues ?? [];
  if (issues.length === 0) {
    errors.addOnce(fallbackRow, null, err.text ?? err.message);
    return;
  }
  for (const issue of issues) {
    const at = locate(issue.path);
    errors.addOnce(at.row, at.column, issue.message);
  }
}
