import { open, type FileHandle } from 'node:fs/promises';
import { csvRecord } from './csv';

/** A file being written row by row; `close` makes it durable, `abort` drops it. */
export interface RowWriter {
  /** Writes each row's values from index 1 on (index 0 is the row's key, not exported). */
  writeRows(rows: unknown[][]): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** Opens the file (it must not exist yet); fails at once when the directory is not writable. */
async function create(path: string): Promise<FileHandle> {
  return open(path, 'wx', 0o644);
}

/** Records are encoded into one reused buffer and handed to the file when it is full. */
const BUFFER_BYTES = 256 * 1024;

export async function csvWriter(path: string, header: string[]): Promise<RowWriter> {
  const fh = await create(path);
  // Each record is copied out as UTF-8 at once: no long string is built, little lives past a batch.
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const flush = async () => {
    if (used > 0) await fh.write(buffer, 0, used);
    used = 0;
  };
  const put = async (record: string) => {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (used + record.length * 3 > BUFFER_BYTES) {
      await flush();
      if (record.length * 3 > BUFFER_BYTES) return void (await fh.write(record));
    }
    used += buffer.write(record, used);
  };
  await put(csvRecord(header, 0));
  return {
    async writeRows(rows) {
      for (const r of rows) {
        const record = csvRecord(r, 1);
        if (used + record.length * 3 > BUFFER_BYTES) await put(record);
        else used += buffer.write(record, used);
      }
    },
    async close() {
      await flush();
      await fh.sync();
      await fh.close();
    },
    async abort() {
      await fh.close().catch(() => undefined);
    },
  };
}

/**
 * XLSX through exceljs's streaming writer: rows are committed as they come and only the zip
 * stream's buffers are held. Text stays text (a cell starting with "=" is a string, never a formula).
 */
export async function xlsxWriter(path: string, header: string[], sheetName: string): Promise<RowWriter> {
  // Loaded on demand: most CLI commands never need the spreadsheet library.
  const { default: ExcelJS } = await import('exceljs');
  const fh = await create(path);
  const stream = fh.createWriteStream({ autoClose: false });
  let failed: Error | null = null;
  stream.on('error', (err) => (failed = err));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(header).commit();
  // The stream holds the file handle until it is destroyed (it does not close it: autoClose is off).
  const release = () => (stream.destroyed ? Promise.resolve() : new Promise<void>((resolve) => stream.once('close', () => resolve()).destroy()));
  const drained = () => (stream.writableNeedDrain ? new Promise<void>((resolve) => stream.once('drain', () => resolve())) : new Promise<void>((resolve) => setImmediate(resolve)));
  return {
    async writeRows(rows) {
      if (failed) throw failed;
      for (const r of rows) sheet.addRow(r.slice(1)).commit();
      await drained();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
      if (failed) throw failed;
      await fh.sync();
      await release();
      await fh.close();
    },
    async abort() {
      await release();
      await fh.close().catch(() => undefined);
    },
  };
}
