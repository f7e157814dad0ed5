import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { msg } from '../../shared/i18n/message';
import { CsvRecordReader, CsvSyntaxError } from './csv-record-reader';
import { ImportFileError, type RowErrors } from './errors';
import { Utf8Guard } from './utf8-decoder';

/** Longest accepted cell: a longer one is a row error (10 KB, measured in UTF-8 bytes). */
export const MAX_CELL_BYTES = 10 * 1024;
/** A record larger than this stops the import (memory guard against a runaway quote). */
const MAX_RECORD_CHARS = 1_000_000;

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** One data row; `row` counts CSV records with the header as row 1. Blank cells are absent. */
export interface CsvRow {
  row: number;
  cells: Partial<Record<string, string>>;
}

export interface ReadProgress {
  rows: number;
  bytes: number;
  /** The whole file has been read. */
  done: boolean;
}

function checkHeader(header: string[], spec: ColumnSpec, file: string): string[] {
  const names = header.map((h) => h.trim());
  const allowed = new Set([...spec.required, ...spec.optional]);
  const unknown = names.filter((n) => !allowed.has(n));
  if (unknown.length > 0) {
    throw new ImportFileError(
      msg('errors-import.file.unknownColumns', {
        file,
        count: unknown.length,
        names: unknown.map((u) => JSON.stringify(u)).join(', '),
        columns: [...allowed].join(', '),
      }),
    );
  }
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new ImportFileError(msg('errors-import.file.duplicateColumn', { file, column: dup }));
  const missing = spec.required.filter((r) => !names.includes(r));
  if (missing.length > 0) throw new ImportFileError(msg('errors-import.file.missingColumns', { file, count: missing.length, names: missing.join(', ') }));
  return names;
}

function tooLong(cell: string): boolean {
  return cell.length > MAX_CELL_BYTES || (cell.length > MAX_CELL_BYTES / 4 && Buffer.byteLength(cell) > MAX_CELL_BYTES);
}

/**
 * Streams the data rows of a CSV file (RFC 4180 quoting, newlines inside quotes, UTF-8 with or
 * without BOM) in batches as they are read. Rows with the wrong number of cells or an oversized
 * cell are reported to `errors` and not yielded; file-level problems throw ImportFileError.
 */
export async function* readCsvBatches(
  path: string,
  spec: ColumnSpec,
  errors: RowErrors,
  onProgress?: (p: ReadProgress) => void,
): AsyncGenerator<CsvRow[]> {
  const file = basename(path);
  const input = createReadStream(path, { highWaterMark: 256 * 1024 });
  const guard = new Utf8Guard(file);
  input.on('error', (err) => guard.destroy(new ImportFileError(msg('errors-import.file.cannotRead', { path, detail: err.message }))));
  input.pipe(guard);
  const decoder = new StringDecoder('utf8');
  const reader = new CsvRecordReader(MAX_RECORD_CHARS);
  let bytes = 0;
  let columns: string[] | undefined;
  let row = 0;

  function rowsOf(records: string[][]): CsvRow[] {
    const out: CsvRow[] = [];
    for (const record of records) {
      row++;
      if (!columns) {
        columns = checkHeader(record, spec, file);
        continue;
      }
      if (record.length !== columns.length) {
        errors.add(row, null, msg('errors-import.row.cellCount', { cells: record.length, columns: columns.length }));
        continue;
      }
      const cells: Partial<Record<string, string>> = {};
      let ok = true;
      for (let i = 0; i < columns.length; i++) {
        const cell = record[i]!;
        if (tooLong(cell)) {
          errors.add(row, columns[i]!, msg('errors-import.row.cellTooLong', { kb: MAX_CELL_BYTES / 1024 }));
          ok = false;
        } else if (cell.trim() !== '') cells[columns[i]!] = cell;
      }
      if (ok) out.push({ row, cells });
    }
    return out;
  }

  try {
    for await (const chunk of guard as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      const out = rowsOf(reader.push(decoder.write(chunk)));
      onProgress?.({ rows: Math.max(0, row - 1), bytes, done: false });
      if (out.length > 0) yield out;
    }
    const out = rowsOf(reader.push(decoder.end()).concat(reader.end()));
    if (out.length > 0) yield out;
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new ImportFileError(msg('errors-import.file.badCsv', { file, detail: err.message }));
    throw err;
  } finally {
    input.destroy();
  }
  if (!columns) throw new ImportFileError(msg('errors-import.file.empty', { file }));
  onProgress?.({ rows: row - 1, bytes, done: true });
}

/** The rows of `readCsvBatches` one at a time. */
export async function* readCsvRows(
  path: string,
  spec: ColumnSpec,
  errors: RowErrors,
  onProgress?: (p: ReadProgress) => void,
): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvBatches(path, spec, errors, onProgress)) yield* batch;
}
