import type PDFKit from 'pdfkit';
import { translator, type Translate } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { FONT, registerFonts } from './pdf-fonts';
import { code128Symbol, gs1DataMatrixSymbol } from './barcodes';
import { drawBarcode } from './pdf-barcode';
import { assertPrintable, detailLine, gs1Hri, type LabelData } from './label-data';

/** A PDF sheet of serial labels (pdfkit), 3 × 7 labels per page, barcodes from bwip-js. */

export type Paper = 'A4' | 'LETTER';

const MM = 72 / 25.4;
const COLUMNS = 3;
const ROWS = 7;
const PAGE: Record<Paper, [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] };

export interface PdfOptions {
  paper: Paper;
  title?: string;
  /** The language of the words on the labels (default English). */
  lang?: Language;
  /** Uncompressed content streams (tests read the text back). */
  uncompressed?: boolean;
}

/** Renders every label; resolves with the finished PDF bytes. */
export async function pdfSheet(labels: readonly LabelData[], opts: PdfOptions): Promise<Uint8Array> {
  assertPrintable(labels);
  const [pageWidth, pageHeight] = PAGE[opts.paper];
  const margin = 8 * MM;
  const cellW = (pageWidth - 2 * margin) / COLUMNS;
  const cellH = (pageHeight - 2 * margin) / ROWS;
  // Loaded on first use: pdfkit costs start-up time to every command that never prints.
  const { default: PDFDocument } = (await import('pdfkit')) as { default: typeof PDFKit };
  const t = translator(opts.lang ?? 'en');
  const doc = new PDFDocument({
    size: opts.paper,
    margin: 0,
    autoFirstPage: false,
    compress: !opts.uncompressed,
    lang: opts.lang ?? 'en',
    info: { Title: opts.title ?? t('documents.labels.title'), Creator: 'ScanBay' },
  });
  registerFonts(doc);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as LabelData;
    const slot = i % (COLUMNS * ROWS);
    if (slot === 0) doc.addPage({ size: opts.paper, margin: 0 });
    const x = margin + (slot % COLUMNS) * cellW;
    const y = margin + Math.floor(slot / COLUMNS) * cellH;
    drawLabel(doc, l, x, y, cellW, cellH, t);
  }
  if (labels.length === 0) doc.addPage({ size: opts.paper, margin: 0 });
  doc.end();
  return done;
}

function drawLabel(doc: PDFKit.PDFDocument, l: LabelData, x: number, y: number, w: number, h: number, t: Translate): void {
  const pad = 2.5 * MM;
  const inner = w - 2 * pad;
  doc.rect(x + 1, y + 1, w - 2, h - 2).lineWidth(0.3).strokeColor('#999999').stroke();
  doc.fillColor('#000000');
  doc.font(FONT.bold).fontSize(8.5).text(l.productName, x + pad, y + pad, { width: inner, height: 11, lineBreak: false, ellipsis: true });
  doc.font(FONT.text).fontSize(6.5).text(detailLine(l, t), x + pad, y + pad + 11, { width: inner, height: 9, lineBreak: false, ellipsis: true });

  // Rows: name, details, [Code 128 | DataMatrix], serial, (01)(21) text.
  const top = y + pad + 22;
  const hriY = y + h - pad - 6;
  const serialY = hriY - 10;
  const rowHeight = serialY - 2 - top;
  const dmSide = l.gtin ? Math.min(rowHeight, 17 * MM) : 0;
  const barWidth = inner - (dmSide ? dmSide + pad : 0);
  // Module width about 0.4 mm when there is room; narrower for long serials.
  const barModules = 11 * (l.serial.length + 3) + 13;
  drawBarcode(doc, code128Symbol(l.serial), { x: x + pad, y: top, width: Math.min(barWidth, barModules * 1.2), height: rowHeight, keepAspect: false });
  doc.font(FONT.monoBold).fontSize(8).text(l.serial, x + pad, serialY, { width: inner, height: 10, lineBreak: false, ellipsis: true });
  if (l.gtin) {
    drawBarcode(doc, gs1DataMatrixSymbol(l.gtin, l.serial), { x: x + w - pad - dmSide, y: top, width: dmSide, height: dmSide, keepAspect: true });
    // The human-readable (01)(21) line, right-aligned, shrunk to fit on one line.
    const hri = gs1Hri(l.gtin, l.serial);
    doc.font(FONT.text).fontSize(5.5);
    doc.fontSize(Math.min(5.5, (5.5 * inner) / doc.widthOfString(hri)));
    doc.text(hri, x + w - pad - doc.widthOfString(hri), hriY, { lineBreak: false });
  }
}
