import { msg } from '../../shared/i18n/message';
import { convertCells, type CellType } from './cells';
import type { CsvRow } from './csv-rows';
import type { RowErrors } from './errors';

/**
 * Groups the rows of a document file (one row per line) by document number. Header fields are
 * repeated on every row of a document and must agree; a row that disagrees is a row error.
 */

export interface DocumentLine {
  row: number;
  fields: Record<string, unknown>;
}

export interface DocumentGroup {
  number: string;
  firstRow: number;
  header: Record<string, unknown>;
  lines: DocumentLine[];
  /** A row of this document already has an error (the file will not be committed). */
  bad: boolean;
}

export class DocumentGrouper {
  readonly #groups = new Map<string, DocumentGroup & { rawHeader: Partial<Record<string, string>> }>();

  constructor(
    private readonly key: string,
    private readonly headerFields: Readonly<Record<string, CellType>>,
    private readonly lineFields: Readonly<Record<string, CellType>>,
    private readonly errors: RowErrors,
  ) {}

  add({ row, cells }: CsvRow): void {
    const number = cells[this.key]?.trim();
    if (number === undefined || number === '') {
      this.errors.add(row, this.key, msg('errors-import.cell.required'));
      return;
    }
    const before = this.errors.count;
    const header = convertCells(row, cells, this.headerFields, this.errors);
    const fields = convertCells(row, cells, this.lineFields, this.errors);
    let group = this.#groups.get(number);
    if (!group) {
      const rawHeader: Partial<Record<string, string>> = {};
      for (const name of Object.keys(this.headerFields)) rawHeader[name] = cells[name]?.trim();
      group = { number, firstRow: row, header: header.value, lines: [], bad: false, rawHeader };
      this.#groups.set(number, group);
    } else {
      for (const name of Object.keys(this.headerFields)) {
        const first = group.rawHeader[name];
        const here = cells[name]?.trim();
        if (first !== here) {
          this.errors.add(
            row,
            name,
            msg('errors-import.document.headerMismatch', {
              hereState: here === undefined ? 'blank' : 'value',
              here: here === undefined ? '' : JSON.stringify(here),
              firstRow: group.firstRow,
              key: this.key,
              number,
              firstState: first === undefined ? 'blank' : 'value',
              first: first === undefined ? '' : JSON.stringify(first),
            }),
          );
        }
      }
    }
    if (this.errors.count > before) group.bad = true;
    group.lines.push({ row, fields: fields.value });
  }

  groups(): DocumentGroup[] {
    return [...this.#groups.values()];
  }
}

/** Where a document field path (`lines.3.qty`, `vendor`) sits in the file. */
export function locate(group: DocumentGroup, path: string): { row: number; column: string | null } {
  const parts = path.split('.');
  if (parts[0] === 'lines' && parts.length >= 2) {
    const line = group.lines[Number(parts[1])];
    return { row: line?.row ?? group.firstRow, column: parts[2] ?? null };
  }
  return { row: group.firstRow, column: parts[0] === '' ? null : (parts[0] ?? null) };
}
