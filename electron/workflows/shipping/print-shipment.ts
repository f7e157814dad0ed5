import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Station } from '../../backend/station';
import { sendRaw, writeFileAtomic } from '../../labels/deliver';
import { deliverPdf } from '../../printing/pdf-print';
import { packingSlipPdf, packingSlipZpl } from '../../shipping-docs/packing-slip';
import { packingSlipData, shipmentIdsOfOrder } from '../../storage/repos/shipment-docs';
import { getOrderHeader } from '../../storage/repos/shipping-queries';
import { StationError } from '../../../shared/api/errors';
import { msg, type Message } from '../../../shared/i18n/message';
import type { PrintResult, ShippedPackage } from '../../../shared/workflows/shipping';
import { shipmentPackages } from '../../storage/repos/order-packages';
import { joinedText, replySentence } from './text';

/**
 * Prints what a shipment brings: each package's shipping label (ZPL raw to the label printer at
 * `pools.printerHost`:`pools.printerPort`, else a file; PDF to a file under `<data dir>/labels/shipping/`)
 * and, with `shipping.printPackingSlip`, the packing slip (PDF file, or 4×6 ZPL like a label).
 * A printer that fails does not undo the shipment: the sentence says what was printed and what not.
 */
export interface PrintWhat {
  labels: boolean;
  slip: boolean;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

/** How one document was printed: the `how` of print.part and what it names. */
type How = { how: 'sent'; host: string; port: string } | { how: 'saved' | 'desktopOnly' | 'dialog'; path: string } | { how: 'words'; words: string } | { how: 'failed'; error: string };

/** What pdf-print.ts said it did with the PDF, as a `how`; its words as they are when they are none of these. */
function pdfHow(said: string, path: string): How {
  const known = { saved: `saved as ${path}`, desktopOnly: `saved as ${path} (the print dialog is only in the desktop app)`, dialog: `saved as ${path} and opened in the print dialog` } as const;
  for (const how of ['saved', 'desktopOnly', 'dialog'] as const) if (known[how] === said) return { how, path };
  return { how: 'words', words: said };
}

async function output(station: Station, folder: string, name: string, data: Uint8Array, zpl: boolean): Promise<How> {
  const host = station.options.get('pools.printerHost').trim();
  if (zpl && host !== '') {
    const port = station.options.get('pools.printerPort');
    await sendRaw(host, port, data);
    // The port is part of an address, not a quantity.
    return { how: 'sent', host, port: String(port) };
  }
  const dir = join(station.dataDir, 'labels', folder);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, safe(name));
  await writeFileAtomic(path, data);
  return zpl ? { how: 'saved', path } : pdfHow(deliverPdf(station, path), path);
}

/** The parameters of print.part / print.one: which document, and how it was printed. */
function partParams(what: { what: 'label' | 'slip'; no: number }, h: How): Record<string, string | number> {
  return { ...what, host: '', port: '', path: '', error: '', words: '', ...h };
}

const printResult = (ok: boolean, m: Message): PrintResult => ({ ok, ...replySentence(m) });

export async function printShipment(station: Station, shipmentId: number, what: PrintWhat): Promise<PrintResult> {
  const slip = await packingSlipData(station.database.db, shipmentId);
  if (!slip) return printResult(false, msg('verdicts-shipping.print.noShipment', { shipment: String(shipmentId) }));
  const done: Record<string, string | number>[] = [];
  const failed: Record<string, string | number>[] = [];
  const step = async (doc: { what: 'label' | 'slip'; no: number }, fn: () => Promise<How>) => {
    try {
      done.push(partParams(doc, await fn()));
    } catch (err) {
      // The printer's or the file system's own words.
      failed.push(partParams(doc, { how: 'failed', error: err instanceof Error ? err.message : String(err) }));
    }
  };
  const base = `${slip.order_number}-${slip.shipment_id}`;
  if (what.labels) {
    for (const p of slip.packages) {
      if (!p.label) continue;
      const label = p.label;
      await step({ what: 'label', no: p.package_no }, () => output(station, 'shipping', `${base}-${p.package_no}.${label.format}`, Buffer.from(label.data, 'base64'), label.format === 'zpl'));
    }
  }
  if (what.slip) {
    const zpl = station.options.get('shipping.packingSlipFormat') === 'zpl';
    await step({ what: 'slip', no: 0 }, async () =>
      output(station, 'slips', `${base}.${zpl ? 'zpl' : 'pdf'}`, zpl ? Buffer.from(packingSlipZpl(slip)) : await packingSlipPdf(slip, { paper: station.options.get('pools.pdfPaper') }), zpl),
    );
  }
  const parts = [...done, ...failed];
  const ok = failed.length === 0;
  const [only] = parts;
  if (!only) return printResult(ok, msg('verdicts-shipping.print.nothing'));
  if (parts.length === 1) return printResult(ok, msg('verdicts-shipping.print.one', only));
  // Several documents: one sentence listing each (text.ts).
  return printResult(ok, msg('verdicts-common.sentence', { text: joinedText(parts.map((p) => msg('verdicts-shipping.print.part', p)), 'verdicts-common.listed') }));
}

/** Reprint from the Orders view: the labels or the packing slip of a shipment of the order (its latest by default). */
export async function reprint(station: Station, input: { order_number: string; what: 'labels' | 'packing_slip'; shipment_id?: number | undefined }): Promise<PrintResult> {
  const db = station.database.db;
  const order = await getOrderHeader(db, input.order_number);
  if (!order) throw new StationError('not_found', msg('verdicts-shipping.order.notFound', { order: input.order_number }));
  const ids = await shipmentIdsOfOrder(db, order.id);
  const id = input.shipment_id ?? ids[0];
  if (id === undefined || !ids.includes(id)) {
    const named = input.shipment_id ? 'yes' : 'no';
    throw new StationError('conflict', msg('verdicts-shipping.print.noShipmentToPrint', { order: input.order_number, named, shipment: String(input.shipment_id ?? '') }));
  }
  const r = await printShipment(station, id, { labels: input.what === 'labels', slip: input.what === 'packing_slip' });
  if (input.what === 'labels' && r.message_key === 'verdicts-shipping.print.nothing') return printResult(false, msg('verdicts-shipping.print.noLabels', { shipment: String(id), order: input.order_number }));
  return r;
}

/** REST `GET /orders/{order}`: every shipped package (with its shipment) and the latest shipment's packing slip (PDF, base64). */
export async function orderPackagesAndSlip(station: Station, orderId: number): Promise<{ packages: (ShippedPackage & { shipment_id: number })[]; packing_slip: { shipment_id: number; format: 'pdf'; data: string } | null }> {
  const db = station.database.db;
  const ids = await shipmentIdsOfOrder(db, orderId);
  const packages: (ShippedPackage & { shipment_id: number })[] = [];
  for (const id of [...ids].reverse()) packages.push(...(await shipmentPackages(db, orderId, id)).map((p) => ({ shipment_id: id, ...p })));
  const latest = ids[0] === undefined ? null : await packingSlipData(db, ids[0]);
  const pdf = latest ? await packingSlipPdf(latest, { paper: station.options.get('pools.pdfPaper') }) : null;
  return { packages, packing_slip: latest && pdf ? { shipment_id: latest.shipment_id, format: 'pdf', data: Buffer.from(pdf).toString('base64') } : null };
}
