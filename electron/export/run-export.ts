import { rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EXPORT_KIND_LABELS, type ExportFilter, type ExportFormat, type ExportKind } from '../../shared/workflows/lifecycle-report';
import { exportCount, exportPlan } from '../storage/repos/reports-export';
import type { ReportContext } from '../storage/repos/reports';
import type { Db } from '../storage/schema';
import { EXPORT_COLUMNS } from './columns';
import { csvWriter, xlsxWriter, type RowWriter } from './file-writers';
import { partFileFor, removeStaleParts } from './part-files';
import { chunkedRows, type RowSource } from './row-sources';

/** An export that could not be written; nothing is left behind at the target path. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled; no file was written');
    this.name = 'ExportCancelled';
  }
}

export interface ExportOptions {
  kind: ExportKind;
  format: ExportFormat;
  /** The file to write (replaced only when the export succeeds). */
  out: string;
  filter: ExportFilter;
  ctx: ReportContext;
  onProgress?(rows: number, total: number): void;
  signal?: AbortSignal;
  /** Where rows come from (default: keyset chunks through Kysely; the CLI streams one statement). */
  source?: RowSource;
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'the disk is full',
  EISDIR: 'it is a directory',
};

function fsMessage(err: unknown, path: string): string {
  const code = (err as { code?: string } | null)?.code ?? '';
  return `cannot write ${path}: ${FS_REASONS[code] ?? (err instanceof Error ? err.message : String(err))}`;
}

/**
 * Streams one export to a file with constant memory: rows are read in chunks by serial id and
 * written as they come. The file is written under a temporary name in the target's directory and
 * renamed into place at the end, so a failure or a cancel never leaves a partial file (and the part
 * files of exports killed earlier are removed first: part-files.ts).
 */
export async function runExport(db: Db, opts: ExportOptions): Promise<{ rows: number; path: string }> {
  const out = resolve(opts.out);
  const dir = dirname(out);
  const target = await stat(out).catch(() => null);
  if (target?.isDirectory()) throw new ExportError(`cannot write ${out}: it is a directory`);
  const query = { kind: opts.kind, filter: opts.filter, ctx: opts.ctx };
  // The total is only for progress reports (a count of a million rows costs a fraction of a second).
  const total = opts.onProgress ? await exportCount(db, query) : 0;
  const plan = await exportPlan(db, query);
  await removeStaleParts(dir);
  const tmp = partFileFor(dir, out);
  const columns = EXPORT_COLUMNS[opts.kind];
  const header = columns.map((c) => c.header);
  let writer: RowWriter;
  try {
    writer = opts.format === 'csv' ? await csvWriter(tmp, header) : await xlsxWriter(tmp, header, EXPORT_KIND_LABELS[opts.kind].slice(0, 31));
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new ExportError(fsMessage(err, out));
  }
  const source = opts.source ?? chunkedRows();
  let rows = 0;
  try {
    opts.onProgress?.(0, total);
    for await (const batch of source(db, plan)) {
      if (opts.signal?.aborted) throw new ExportCancelled();
      // Column 0 is the serial id (the chunk key), not part of the file.
      await writer.writeRows(batch);
      rows += batch.length;
      opts.onProgress?.(rows, Math.max(total, rows));
    }
    if (opts.signal?.aborted) throw new ExportCancelled();
    await writer.close();
    await rename(tmp, out);
  } catch (err) {
    await writer.abort();
    await rm(tmp, { force: true }).catch(() => undefined);
    if (err instanceof ExportCancelled || err instanceof ExportError) throw err;
    const code = (err as { code?: string } | null)?.code;
    if (code && FS_REASONS[code]) throw new ExportError(fsMessage(err, out));
    throw err;
  }
  return { rows, path: out };
}
