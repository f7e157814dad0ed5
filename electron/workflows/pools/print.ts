import { mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { PrintResult } from '../../../shared/api/requests/pools';
import { MAX_LABELS_PER_PRINT, type PoolSerialView } from '../../../shared/workflows/pools';
import type { Station } from '../../backend/station';
import { writeFileAtomic, sendRaw, PrinterError } from '../../labels/deliver';
import type { LabelData } from '../../labels/label-data';
import { pdfSheet } from '../../labels/pdf';
import { zplLabels } from '../../labels/zpl';
import { getBatch, listPoolSerials } from '../../storage/repos/pools';
import { getProductById } from '../../storage/repos/products';
import type { Actor } from '../../storage/repos/serials';
import { assignPrinted, serialsOfPool } from './manage';
import { poolById } from './resolve';
import { printLanguage } from '../../backend/station-language';
import { translator } from '../../../shared/i18n/format';

export interface PrintInput {
  poolId: number;
  serialIds?: number[] | undefined;
  batchId?: number | undefined;
  format: 'zpl' | 'pdf';
  destination: 'file' | 'printer';
  path?: string | undefined;
  host?: string | undefined;
  port?: number | undefined;
}

/** A file name made of safe characters only. */
function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'labels';
}

/** Absolute paths are used as given (their folder must exist); others go under `<data dir>/labels/`. */
export function labelFilePath(dataDir: string, asked: string | undefined, fallbackName: string): string {
  if (asked && isAbsolute(asked)) {
    const dir = dirname(asked);
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new StationError('validation', msg('errors-stock.pools.noSuchFolder', { folder: dir }), [{ path: 'path', message: 'no such folder' }]);
    return asked;
  }
  const base = join(dataDir, 'labels');
  const path = join(base, asked ?? fallbackName);
  if (!path.startsWith(`${base}/`) && !path.startsWith(`${base}\\`)) {
    throw new StationError('validation', msg('errors-stock.pools.pathOutsideLabels'), [{ path: 'path', message: 'leaves the labels folder' }]);
  }
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

async function serialsToPrint(station: Station, input: PrintInput): Promise<{ serials: PoolSerialView[]; batchName: string | null }> {
  const db = station.database.db;
  if (input.batchId === undefined) return { serials: await serialsOfPool(db, input.poolId, input.serialIds ?? []), batchName: null };
  const batch = await getBatch(db, input.batchId);
  if (!batch || batch.pool_id !== input.poolId) throw new StationError('not_found', msg('errors-stock.pools.batchNotInPool', { batch: String(input.batchId) }));
  const page = await listPoolSerials(db, { poolId: input.poolId, batchId: batch.id, limit: MAX_LABELS_PER_PRINT + 1 });
  if (page.total > MAX_LABELS_PER_PRINT) {
    throw new StationError('validation', msg('errors-stock.pools.tooManyLabels', { batch: batch.name, total: page.total, max: MAX_LABELS_PER_PRINT }));
  }
  return { serials: page.serials.reverse(), batchName: batch.name };
}

/**
 * Prints pool serials as labels (ZPL to a file or a printer, PDF sheet to a file), then marks
 * the available ones assigned (ledger `assigned`). Nothing is assigned when printing fails.
 */
export async function printLabels(station: Station, input: PrintInput, actor: Actor, via: string): Promise<PrintResult> {
  const db = station.database.db;
  const opt = station.options;
  const lang = printLanguage(opt);
  const pool = await poolById(db, input.poolId);
  const { serials, batchName } = await serialsToPrint(station, input);
  if (serials.length === 0) throw new StationError('validation', msg('errors-stock.pools.nothingToPrint'));
  const product = await getProductById(db, pool.product_id);
  const labels: LabelData[] = serials.map((s) => ({
    productName: product?.name ?? pool.product_name,
    sku: pool.sku,
    gtin: product?.gtin ?? null,
    serial: s.value,
    lot: s.lot,
    expiry: s.expiry,
  }));
  const data =
    input.format === 'zpl'
      ? new TextEncoder().encode(
          zplLabels(labels, { widthMm: opt.get('pools.labelWidthMm'), heightMm: opt.get('pools.labelHeightMm'), dpi: opt.get('pools.printerDpi') }, lang),
        )
      : await pdfSheet(labels, { paper: opt.get('pools.pdfPaper'), title: translator(lang)('documents.labels.poolTitle', { sku: pool.sku }), lang });

  let target: string;
  if (input.destination === 'file') {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
    target = labelFilePath(station.dataDir, input.path, `${safeName(pool.sku)}-${safeName(batchName ?? 'labels')}-${stamp}.${input.format}`);
    await writeFileAtomic(target, data).catch((err: NodeJS.ErrnoException) => {
      throw new StationError('unavailable', msg('errors-stock.pools.labelFileNotWritten', { file: target, detail: err.code ?? err.message }));
    });
  } else {
    const host = input.host ?? opt.get('pools.printerHost');
    if (!host) throw new StationError('validation', msg('errors-stock.pools.noPrinter'), [{ path: 'host', message: 'required' }]);
    const port = input.port ?? opt.get('pools.printerPort');
    target = `${host}:${port}`;
    await sendRaw(host, port, data).catch((err: unknown) => {
      throw new StationError('unavailable', err instanceof PrinterError ? err.message : String(err));
    });
  }
  const assigned = await assignPrinted(db, pool.id, serials.map((s) => s.id), actor, { via, labels: input.format, target });
  return { labels: serials.length, assigned, target, bytes: data.byteLength, pool: await poolById(db, pool.id) };
}
