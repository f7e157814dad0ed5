/** Problems found while importing a CSV file. */

/** One bad cell or row; rows count CSV records with the header as row 1. */
export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** C0/C1 controls, line and paragraph separators, bidi controls, lone surrogates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cell text as a report shows it: characters that would break or reorder a line are written as
 * escapes (`\n`, `\u0000`), so a cell can never forge report lines and one problem is one line.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatRowError(e: RowError): string {
  return e.column === null ? `row ${e.row}: ${e.message}` : `row ${e.row}, column ${e.column}: ${e.message}`;
}

/** The file as a whole cannot be read (not UTF-8, bad header, broken CSV): nothing is imported. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(escapeControls(message));
    this.name = 'ImportFileError';
  }
}

/** Collects row errors; the import keeps validating after the first so the report is complete. */
export class RowErrors {
  readonly list: RowError[] = [];

  readonly #cells = new Set<string>();

  /** Messages may quote cell text: it is escaped here, once, for every report that shows it. */
  add(row: number, column: string | null, message: string): void {
    this.list.push({ row, column: column === null ? null : escapeControls(column), message: escapeControls(message) });
    this.#cells.add(`${row}\u0000${column ?? ''}`);
  }

  /** Adds the error unless this cell already has one (a bad cell is reported once). */
  addOnce(row: number, column: string | null, message: string): void {
    if (!this.#cells.has(`${row}\u0000${column ?? ''}`)) this.add(row, column, message);
  }

  get count(): number {
    return this.list.length;
  }
}
