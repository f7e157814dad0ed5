import type PDFKit from 'pdfkit';
import { translator, type Translate } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { formatWeight } from '../../shared/i18n/numbers';
import type { PackingSlip } from '../../shared/workflows/shipping';
import { FONT, registerFonts } from '../labels/pdf-fonts';
import { fitText, zplText } from '../labels/zpl';

/** The packing slip of a shipment, in the station's language: an A4/Letter PDF (pdfkit), or a 4×6 in ZPL label. */

const MM = 72 / 25.4;

function address(slip: PackingSlip): string[] {
  return slip.ship_to ? Object.values(slip.ship_to).filter((v) => v.trim() !== '') : [];
}

function packageLine(p: PackingSlip['packages'][number], t: Translate, lang: Language): string {
  const parts = [t('documents.slip.package', { package: String(p.package_no) }), t('documents.slip.units', { units: p.units })];
  if (p.weight_grams !== null) parts.push(formatWeight(lang, p.weight_grams, 'g'));
  if (p.dims_mm) parts.push(`${p.dims_mm.length}×${p.dims_mm.width}×${p.dims_mm.height} mm`);
  if (p.tracking_number) parts.push(t('documents.slip.tracking', { tracking: p.tracking_number }));
  return parts.join(' · ');
}

const date = (slip: PackingSlip) => slip.shipped_at.slice(0, 10);

export async function packingSlipPdf(slip: PackingSlip, opts: { paper: 'A4' | 'LETTER'; lang?: Language; uncompressed?: boolean }): Promise<Uint8Array> {
  const lang = opts.lang ?? 'en';
  const t = translator(lang);
  const { default: PDFDocument } = (await import('pdfkit')) as { default: typeof PDFKit };
  const doc = new PDFDocument({ size: opts.paper, margin: 15 * MM, compress: !opts.uncompressed, lang, info: { Title: t('documents.slip.title', { order: slip.order_number }), Creator: 'ScanBay' } });
  registerFonts(doc);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONT.bold).fontSize(16).text(t('documents.slip.title', { order: slip.order_number }));
  doc.font(FONT.text).fontSize(9).text(t('documents.slip.shipment', { shipment: String(slip.shipment_id), date: date(slip), station: slip.station }));
  const to = address(slip);
  if (to.length > 0) doc.moveDown(0.5).font(FONT.bold).text(t('documents.slip.shipTo')).font(FONT.text).text(to.join('\n'));
  doc.moveDown().font(FONT.bold).fontSize(11).text(t('documents.slip.items'));
  for (const l of slip.lines) {
    doc.font(FONT.text).fontSize(10).text(t('documents.slip.line', { line: String(l.line_no), sku: l.sku, name: l.name, shipped: l.shipped, ordered: l.ordered }));
    if (l.serials.length > 0) doc.font(FONT.mono).fontSize(8).text(t('documents.slip.serials', { serials: l.serials.join(', ') }), { indent: 12 });
  }
  doc.moveDown().font(FONT.bold).fontSize(11).text(t('documents.slip.packages'));
  for (const p of slip.packages) {
    doc.font(FONT.text).fontSize(10).text(packageLine(p, t, lang));
    const items = p.items.map((i) => `${i.sku} ×${i.qty}`).join(', ');
    if (items) doc.fontSize(8).text(items + (p.serials.length ? ` · ${t('documents.slip.packageSerials', { serials: p.serials.join(', ') })}` : ''), { indent: 12 });
  }
  doc.end();
  return done;
}

/** A 4×6 in label (203 dpi: 812 × 1218 dots): order, lines with serials, packages; one label per page of lines. */
export function packingSlipZpl(slip: PackingSlip, lang: Language = 'en'): string {
  const t = translator(lang);
  const rows = [
    ...address(slip).map((a) => `  ${a}`),
    ...slip.lines.flatMap((l) => [`${l.sku} ${l.shipped}/${l.ordered}`, ...(l.serials.length ? [`  SN ${l.serials.join(' ')}`] : [])]),
    ...slip.packages.map((p) => packageLine(p, t, lang)),
  ];
  const perLabel = 30;
  const labels: string[] = [];
  for (let i = 0; i === 0 || i < rows.length; i += perLabel) {
    const body = rows
      .slice(i, i + perLabel)
      .map((r, k) => `^FO40,${150 + k * 34}^A0N,28,28^FH\\^FD${zplText(fitText(r, 740, 28))}^FS`)
      .join('\n');
    labels.push(`^XA^CI28^PW812^LL1218\n^FO40,40^A0N,50,50^FH\\^FD${zplText(t('documents.slip.title', { order: slip.order_number }))}^FS\n^FO40,100^A0N,28,28^FH\\^FD${zplText(t('documents.slip.shipmentShort', { shipment: String(slip.shipment_id), date: date(slip) }))}^FS\n${body}\n^XZ`);
  }
  return labels.join('\n');
}
