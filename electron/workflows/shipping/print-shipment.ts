import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Station } from '../../backend/station';
import { sendRaw, writeFileAtomic } from '../../labels/deliver';
import { deliverPdf } from '../../printing/pdf-print';
import { packingSlipPdf, packingSlipZpl } from '../../shipping-docs/packing-slip';
import { packingSlipData, shipmentIdsOfOrder } from '../../storage/repos/shipment-docs';
import { getOrderHeader } from '../../storage/repos/shipping-queries';
import { StationError } from '../../../shared/api/errors';
import type { ShippedPackage } from '../../../shared/workflows/shipping';
import { shipmentPackages } from '../../storage/repos/order-packages';

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

async function output(station: Station, folder: string, name: string, data: Uint8Array, zpl: boolean): Promise<string> {
  const host = station.options.get('pools.printerHost').trim();
  if (zpl && host !== '') {
    const port = station.options.get('pools.printerPort');
    await sendRaw(host, port, data);
    return `sent to ${host}:${port}`;
  }
  const dir = join(station.dataDir, 'labels', folder);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, safe(name));
  await writeFileAtomic(path, data);
  return zpl ? `saved as ${path}` : deliverPdf(station, path);
}

export async function printShipment(station: Station, shipmentId: number, what: PrintWhat): Promise<{ ok: boolean; message: string }> {
  const slip = await packingSlipData(station.database.db, shipmentId);
  if (!slip) return { ok: false, message: `No shipment ${shipmentId}.` };
  const done: string[] = [];
  const failed: string[] = [];
  const step = async (what: string, fn: () => Promise<string>) => {
    try {
      done.push(`${what} ${await fn()}`);
    } catch (err) {
      failed.push(`${what} not printed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const base = `${slip.order_number}-${slip.shipment_id}`;
  if (what.labels) {
    for (const p of slip.packages) {
      if (!p.label) continue;
      const label = p.label;
      await step(`Label of package ${p.package_no}`, () => output(station, 'shipping', `${base}-${p.package_no}.${label.format}`, Buffer.from(label.data, 'base64'), label.format === 'zpl'));
    }
  }
  if (what.slip) {
    const zpl = station.options.get('shipping.packingSlipFormat') === 'zpl';
    await step('Packing slip', async () =>
      output(station, 'slips', `${base}.${zpl ? 'zpl' : 'pdf'}`, zpl ? Buffer.from(packingSlipZpl(slip)) : await packingSlipPdf(slip, { paper: station.options.get('pools.pdfPaper') }), zpl),
    );
  }
  const parts = [...done, ...failed];
  return { ok: failed.length === 0, message: parts.length === 0 ? 'Nothing to print.' : `${parts.join('; ')}.` };
}

/** Reprint from the Orders view: the labels or the packing slip of a shipment of the order (its latest by default). */
export async function reprint(station: Station, input: { order_number: string; what: 'labels' | 'packing_slip'; shipment_id?: number | undefined }): Promise<{ ok: boolean; message: string }> {
  const db = station.database.db;
  const order = await getOrderHeader(db, input.order_number);
  if (!order) throw new StationError('not_found', `No order ${input.order_number}.`);
  const ids = await shipmentIdsOfOrder(db, order.id);
  const id = input.shipment_id ?? ids[0];
  if (id === undefined || !ids.includes(id)) throw new StationError('conflict', `${input.order_number} has no shipment${input.shipment_id ? ` ${input.shipment_id}` : ''} to print.`);
  const r = await printShipment(station, id, { labels: input.what === 'labels', slip: input.what === 'packing_slip' });
  if (input.what === 'labels' && r.message === 'Nothing to print.') return { ok: false, message: `Shipment ${id} of ${input.order_number} has no labels.` };
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
