import type PDFKit from 'pdfkit';
import type { PackingSlip } from '../../shared/workflows/shipping';
import { fitText, zplText } from '../labels/zpl';

/** The packing slip of a shipment: an A4/Letter PDF (pdfkit), or a 4×6 in ZPL label. */

const MM = 72 / 25.4;

function address(slip: PackingSlip): string[] {
  return slip.ship_to ? Object.values(slip.ship_to).filter((v) => v.trim() !== '') : [];
}

function packageLine(p: PackingSlip['packages'][number]): string {
  const parts = [`Package ${p.package_no}`, `${p.units} unit${p.units === 1 ? '' : 's'}`];
  if (p.weight_grams !== null) parts.push(`${p.weight_grams} g`);
  if (p.dims_mm) parts.push(`${p.dims_mm.length}×${p.dims_mm.width}×${p.dims_mm.height} mm`);
  if (p.tracking_number) parts.push(`tracking ${p.tracking_number}`);
  return parts.join(' · ');
}

export async function packingSlipPdf(slip: PackingSlip, opts: { paper: 'A4' | 'LETTER'; uncompressed?: boolean }): Promise<Uint8Array> {
  const { default: PDFDocument } = (await import('pdfkit')) as { default: typeof PDFKit };
  const doc = new PDFDocument({ size: opts.paper, margin: 15 * MM, compress: !opts.uncompressed, info: { Title: `Packing slip ${slip.order_number}`, Creator: 'ScanBay' } });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(`Packing slip ${slip.order_number}`);
  doc.font('Helvetica').fontSize(9).text(`Shipment ${slip.shipment_id} · ${slip.shipped_at.slice(0, 10)} · ${slip.station}`);
  const to = address(slip);
  if (to.length > 0) doc.moveDown(0.5).font('Helvetica-Bold').text('Ship to').font('Helvetica').text(to.join('\n'));
  doc.moveDown().font('Helvetica-Bold').fontSize(11).text('Items');
  for (const l of slip.lines) {
    doc.font('Helvetica').fontSize(10).text(`${l.line_no}. ${l.sku} — ${l.name}: ${l.shipped} of ${l.ordered}`);
    if (l.serials.length > 0) doc.font('Courier').fontSize(8).text(`Serials: ${l.serials.join(', ')}`, { indent: 12 });
  }
  doc.moveDown().font('Helvetica-Bold').fontSize(11).text('Packages');
  for (const p of slip.packages) {
    doc.font('Helvetica').fontSize(10).text(packageLine(p));
    const items = p.items.map((i) => `${i.sku} ×${i.qty}`).join(', ');
    if (items) doc.fontSize(8).text(items + (p.serials.length ? ` · serials ${p.serials.join(', ')}` : ''), { indent: 12 });
  }
  doc.end();
  return done;
}

/** A 4×6 in label (203 dpi: 812 × 1218 dots): order, lines with serials, packages; one label per page of lines. */
export function packingSlipZpl(slip: PackingSlip): string {
  const rows = [
    ...address(slip).map((a) => `  ${a}`),
    ...slip.lines.flatMap((l) => [`${l.sku} ${l.shipped}/${l.ordered}`, ...(l.serials.length ? [`  SN ${l.serials.join(' ')}`] : [])]),
    ...slip.packages.map(packageLine),
  ];
  const perLabel = 30;
  const labels: string[] = [];
  for (let i = 0; i === 0 || i < rows.length; i += perLabel) {
    const body = rows
      .slice(i, i + perLabel)
      .map((r, k) => `^FO40,${150 + k * 34}^A0N,28,28^FH\\^FD${zplText(fitText(r, 740, 28))}^FS`)
      .join('\n');
    labels.push(`^XA^CI28^PW812^LL1218\n^FO40,40^A0N,50,50^FH\\^FD${zplText(`Packing slip ${slip.order_number}`)}^FS\n^FO40,100^A0N,28,28^FH\\^FD${zplText(`Shipment ${slip.shipment_id} ${slip.shipped_at.slice(0, 10)}`)}^FS\n${body}\n^XZ`);
  }
  return labels.join('\n');
}
