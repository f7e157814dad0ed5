/** Problems found while importing a CSV file. */

/** One bad cell or row; rows count CSV records with the header as row 1. */
export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

export function formatRowError(e: RowError): string {
  return e.column === null ? `row ${e.row}: ${e.message}` : `row ${e.row}, column ${e.column}: ${e.message}`;
}

/** The file as a whole cannot be read (not UTF-8, bad header, broken CSV): nothing is imported. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** Collects row errors; the import keeps validating after the first so the report is complete. */
export class RowErrors {
  readonly list: RowError[] = [];

  readonly #cells = new Set<string>();

  add(row: number, column: string | null, message: string): void {
    this.list.push({ row, column, message });
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
