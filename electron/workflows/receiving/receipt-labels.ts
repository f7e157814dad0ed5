import { StationError } from '../../../shared/api/errors';
import type { Station } from '../../backend/station';
import { PrinterError, sendRaw, writeFileAtomic } from '../../labels/deliver';
import type { LabelData } from '../../labels/label-data';
import { pdfSheet } from '../../labels/pdf';
import { zplLabels } from '../../labels/zpl';
import { labelFilePath } from '../pools/print';
import { deliverPdf } from '../../printing/pdf-print';
import { printLanguage } from '../../backend/station-language';
import { translator } from '../../../shared/i18n/format';
import { msg } from '../../../shared/i18n/message';

/**
 * "Print labels" at receipt: one label per serial received on the PO (or one receiving session),
 * and one per unit received without a serial (its SKU as the barcode) — the pools' label layout,
 * with a GS1 DataMatrix of (01) + (21) when the product has a GTIN. ZPL to the label printer or a
 * file, PDF sheet to a file.
 */
export interface ReceiptLabelsInput {
  po_number: string;
  session_id?: number | undefined;
  format: 'zpl' | 'pdf';
  destination: 'file' | 'printer';
}

export interface ReceiptLabelsResult {
  labels: number;
  serials: number;
  units_without_serial: number;
  target: string;
}

async function receiptLabels(station: Station, input: ReceiptLabelsInput): Promise<{ labels: LabelData[]; serials: number }> {
  const db = station.database.db;
  const po = await db.selectFrom('purchase_orders').select('id').where('po_number', '=', input.po_number).executeTakeFirst();
  if (!po) throw new StationError('not_found', msg('errors-receiving.labels.poNotFound', { po: input.po_number }));
  let q = db
    .selectFrom('serials')
    .innerJoin('po_lines', 'po_lines.id', 'serials.received_po_line_id')
    .innerJoin('products', 'products.id', 'serials.product_id')
    .select(['serials.value', 'serials.lot', 'serials.expiry', 'products.sku', 'products.name', 'products.gtin'])
    .where('po_lines.po_id', '=', po.id)
    .where('serials.unique_key', 'is not', null);
  if (input.session_id !== undefined) q = q.where('serials.received_session_id', '=', input.session_id);
  const serials = await q.orderBy('po_lines.line_no').orderBy('serials.id').execute();
  const labels: LabelData[] = serials.map((s) => ({ productName: s.name, sku: s.sku, gtin: s.gtin, serial: s.value, lot: s.lot, expiry: s.expiry }));
  // Units received without a serial: received quantity beyond the line's serials (whole PO only).
  if (input.session_id === undefined) {
    const lines = await db
      .selectFrom('po_lines')
      .innerJoin('products', 'products.id', 'po_lines.product_id')
      .select(['products.sku', 'products.name', 'po_lines.received_qty', 'po_lines.serial_count'])
      .where('po_lines.po_id', '=', po.id)
      .orderBy('po_lines.line_no')
      .execute();
    for (const l of lines) {
      for (let i = 0; i < Math.max(0, l.received_qty - l.serial_count); i++) labels.push({ productName: l.name, sku: l.sku, gtin: null, serial: l.sku });
    }
  }
  return { labels, serials: serials.length };
}

export async function printReceiptLabels(station: Station, input: ReceiptLabelsInput): Promise<ReceiptLabelsResult> {
  const opt = station.options;
  const lang = printLanguage(opt);
  const { labels, serials } = await receiptLabels(station, input);
  if (labels.length === 0) {
    throw new StationError(
      'validation',
      input.session_id
        ? msg('errors-receiving.labels.nothingReceivedInSession', { po: input.po_number, session: String(input.session_id) })
        : msg('errors-receiving.labels.nothingReceived', { po: input.po_number }),
    );
  }
  if (labels.length > 2000) throw new StationError('validation', msg('errors-receiving.labels.tooMany', { count: labels.length }));
  let data: Uint8Array;
  try {
    data =
      input.format === 'zpl'
        ? new TextEncoder().encode(zplLabels(labels, { widthMm: opt.get('pools.labelWidthMm'), heightMm: opt.get('pools.labelHeightMm'), dpi: opt.get('pools.printerDpi') }, lang))
        : await pdfSheet(labels, { paper: opt.get('pools.pdfPaper'), title: translator(lang)('documents.labels.poTitle', { po: input.po_number }), lang });
  } catch (err) {
    if (err instanceof RangeError) throw new StationError('validation', `${err.message}.`);
    throw err;
  }
  let target: string;
  if (input.destination === 'file' || input.format === 'pdf') {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
    target = labelFilePath(station.dataDir, undefined, `receipts/${input.po_number.replace(/[^A-Za-z0-9._-]+/g, '_')}-${stamp}.${input.format}`);
    await writeFileAtomic(target, data);
    // pools.pdfTarget "dialog": the desktop app also opens the print dialog for the sheet.
    if (input.format === 'pdf') deliverPdf(station, target);
  } else {
    const host = opt.get('pools.printerHost').trim();
    if (!host) throw new StationError('validation', msg('errors-receiving.labels.noPrinter'));
    const port = opt.get('pools.printerPort');
    target = `${host}:${port}`;
    await sendRaw(host, port, data).catch((err: unknown) => {
      throw new StationError('unavailable', err instanceof PrinterError ? err.message : String(err));
    });
  }
  return { labels: labels.length, serials, units_without_serial: labels.length - serials, target };
}
