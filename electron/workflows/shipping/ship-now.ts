import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { ShipResult } from '../../../shared/workflows/shipping';
import type { ReasonCode, VerdictText } from '../../../shared/workflows/verdict';
import { requestLabels, labelServiceUrl, type LabelReply } from '../../integrations/label-service';
import { allIntoPackageOne, openPackages, unshippedScanIds } from '../../storage/repos/order-packages';
import { confirmOrder, recountKitLine, shipOrder } from '../../storage/repos/packing';
import type { Db } from '../../storage/schema';
import { afterCommit } from '../../storage/memory-hooks';
import { apiActor, type WorkflowActor } from '../kit/actor';
import { orderGate } from './gates';
import { printShipment } from './print-shipment';
import type { OrderContext } from './order-context';
import { buildRows, isKitLine, kitCount, orderComplete, stillToScan } from './rows';
import { auditWeightApproval, weighBenchPackage, weightNote, type ShipRequest, type ShipVia, type WeighedPackage } from './ship';
import { dimsMm, missingRequired, restPackages, type PlannedPackage } from './ship-plan';
import type { ShippingWorkflow } from './shipping-workflow';
import { joined, replySentence, textOf } from './text';

/** A shipment checked and measured, not written yet (the label service is asked in between). */
interface Plan {
  ctx: OrderContext;
  packages: PlannedPackage[];
  /** The bench's last package (weighed now), for its approval audit and the scale memory. */
  last: WeighedPackage | null;
  /** The packing it was made from: nothing may change before it ships. */
  fingerprint: string;
}

type Refusal = { reason: ReasonCode; message: VerdictText; approval?: ShipResult['approval'] };

async function refuse(wf: ShippingWorkflow, orderNumber: string, r: Refusal, db?: Db): Promise<ShipResult> {
  const state = db ? await wf.state(await wf.context(orderNumber, db), db) : await wf.lock(orderNumber, async (d) => wf.state(await wf.context(orderNumber, d), d), { bookkeeping: true });
  return { verdict: 'rejected', reason: r.reason, ...replySentence(r.message), shipment_id: null, order_number: orderNumber, state, approval: r.approval ?? null };
}

/** Checks the order and measures its packages (bench: the measured ones and the one on the scale now; REST: the body). */
async function plan(wf: ShippingWorkflow, db: Db, orderNumber: string, req: ShipRequest, actor: WorkflowActor, via: ShipVia): Promise<Plan | Refusal> {
  const ctx = await wf.context(orderNumber, db);
  const gate = orderGate(ctx);
  if (gate) throw new StationError('conflict', gate.message);
  const pending = wf.pending.get(ctx.order.id)?.units[0];
  if (pending) throw new StationError('conflict', msg('verdicts-shipping.scan.serialFirst', { sku: pending.sku }));
  const rows = buildRows(ctx);
  const partial = ctx.options['shipping.allowPartial'] && (via === 'rest' || wf.packageSteps.partial(ctx.order.id));
  if (!orderComplete(rows) && !partial) throw new StationError('conflict', msg('verdicts-shipping.ship.notYet', { order: orderNumber, rest: stillToScan(rows) }));
  let packages: PlannedPackage[];
  let last: WeighedPackage | null = null;
  if (req.packages && req.packages.length > 0) {
    packages = await restPackages(db, ctx, req.packages);
  } else {
    // REST's one-package body ships everything in one package.
    if (via === 'rest') await allIntoPackageOne(db, ctx.order.id);
    const packed = await openPackages(db, ctx.order.id);
    if (packed.length === 0) throw new StationError('conflict', msg('verdicts-shipping.ship.nothingPacked', { order: orderNumber }));
    const n = via === 'rest' ? 1 : packed.length;
    const measured = await wf.packageSteps.measured(db, ctx.order.id);
    const missing = packed.slice(0, n - 1).findIndex((_, i) => !measured.some((m) => m.package_no === i + 1));
    if (missing >= 0) throw new StationError('conflict', msg('verdicts-shipping.ship.weighFirst', { no: missing + 1, order: orderNumber }));
    last = await weighBenchPackage(wf, db, ctx, req, actor, via, n > 1 ? packed[n - 1]?.package_no : undefined);
    if (last.gate.refused) return last.gate.refused;
    const everything = { package_no: 1, units: packed.reduce((s, p) => s + p.units, 0), serials: packed.flatMap((p) => p.serials), items: packed.flatMap((p) => p.items) };
    packages = packed.slice(0, n).map((contents, i) => {
      const m = measured.find((x) => x.package_no === i + 1);
      const isLast = i === n - 1;
      return {
        package_no: contents.package_no,
        grams: isLast ? (last?.weight?.grams ?? null) : (m?.weight_grams ?? null),
        dims: isLast ? dimsMm(req.dims) : (m?.dims_mm ?? null),
        tracking: isLast ? req.tracking_number?.trim() || null : (m?.tracking_number ?? null),
        contents: n === 1 ? everything : contents,
        label: null,
      };
    });
  }
  const missing = missingRequired(ctx, packages, labelServiceUrl(wf.station) !== null || ctx.order.labels !== null);
  if (missing) return missing;
  return { ctx, packages, last, fingerprint: await unshippedScanIds(db, ctx.order.id) };
}

/** Writes the shipment of a plan (the packing must be the one planned). */
async function commit(wf: ShippingWorkflow, db: Db, p: Plan, actor: WorkflowActor, via: ShipVia): Promise<ShipResult> {
  const { ctx } = p;
  const number = ctx.order.order_number;
  if ((await unshippedScanIds(db, ctx.order.id)) !== p.fingerprint) throw new StationError('conflict', msg('verdicts-shipping.ship.changed', { order: number }));
  const fresh = await wf.context(number, db);
  // Kit counts follow the kit options in force now (they may have changed since the last scan).
  for (const line of fresh.lines.filter((l) => isKitLine(fresh, l))) await recountKitLine(db, line.line_id, kitCount(fresh, line));
  if (orderComplete(buildRows(fresh))) await confirmOrder(db, ctx.order.id);
  const first = p.packages[0];
  const shipmentId = await shipOrder(db, {
    orderId: ctx.order.id,
    station: actor.station,
    userId: actor.userId,
    via: apiActor(actor),
    trackingNumber: first?.tracking ?? null,
    packages: p.packages.map((k) => ({ packageNo: k.package_no, weightGrams: k.grams, lengthMm: k.dims?.length ?? null, widthMm: k.dims?.width ?? null, heightMm: k.dims?.height ?? null, trackingNumber: k.tracking, label: k.label })),
    allowNegative: ctx.options['stock.allowNegative'],
  });
  if (p.last) await auditWeightApproval(db, ctx, actor, p.last, shipmentId, p.packages.at(-1)?.package_no ?? 1);
  await wf.packageSteps.forget(db, ctx.order.id);
  wf.pending.clear(ctx.order.id);
  const w = p.last?.weight;
  // The bench's memory changes once the shipment is committed: a ship retried after a lost race
  // must still find its package step and the weight before it as they were.
  afterCommit(db, () => {
    if (via === 'ui' && w) wf.packageSteps.shipped(ctx.order.id, w.grams, w.readAt);
    else wf.packageSteps.setPartial(ctx.order.id, false);
  });
  const units = p.packages.reduce((n, k) => n + k.contents.units, 0);
  const grams = p.packages.reduce<number | null>((g, k) => (k.grams === null ? g : (g ?? 0) + k.grams), null);
  const tracking = p.packages.flatMap((k) => (k.tracking ? [k.tracking] : [])).join(', ');
  const state = await wf.state(await wf.context(number, db), db);
  const message = msg('verdicts-shipping.ship.done', {
    order: number,
    // The shipment id names it (an identifier, not a quantity).
    shipment: String(shipmentId),
    multi: p.packages.length > 1 ? 'yes' : 'no',
    packages: p.packages.length,
    units,
    weighed: grams === null ? 'no' : 'yes',
    grams: grams ?? 0,
    tracked: tracking ? 'yes' : 'no',
    tracking,
    ...weightNote(p.last),
    rest: state.status !== 'shipped' ? 'open' : 'no',
  });
  return { verdict: 'accepted', reason: null, ...replySentence(message), shipment_id: shipmentId, order_number: number, state, approval: null };
}

/** Fills tracking numbers and labels from the order's own labels (REST `labels`) or the label service. */
async function label(wf: ShippingWorkflow, p: Plan): Promise<Refusal | null> {
  let reply: LabelReply | null = null;
  if (p.ctx.order.labels !== null) reply = { packages: JSON.parse(p.ctx.order.labels) as LabelReply['packages'] };
  else if (labelServiceUrl(wf.station) !== null) {
    const r = await requestLabels(wf.station, p.ctx, p.packages);
    // The label service's trouble (label-service.ts) is given as its English sentence.
    if (!r.ok) return { reason: 'label_service_failed', message: msg('verdicts-shipping.ship.labelServiceFailed', { problem: r.message, order: p.ctx.order.order_number }) };
    reply = r.reply;
  }
  if (!reply) return null;
  if (reply.packages.length < p.packages.length) {
    return { reason: 'label_service_failed', message: msg('verdicts-shipping.ship.labelsShort', { labels: reply.packages.length, packages: p.packages.length, order: p.ctx.order.order_number }) };
  }
  p.packages.forEach((k, i) => {
    const got = reply.packages[i];
    if (!got) return;
    k.tracking = got.tracking_number;
    k.label = got.label;
  });
  return missingRequired(p.ctx, p.packages, false);
}

/**
 * Confirm and ship: every item scanned (or, with `shipping.allowPartial`, what is packed), no
 * serial pending, the order not shipped and allowed at this station. Each package is weighed
 * under the scale rules at the bench and, when `shipping.weightTolerancePercent` is set, fits its
 * expected weight unless a supervisor approves. With a label service, the station asks it for the
 * labels outside the order's lock, then ships in one transaction (shipment, packages with their
 * serials, tracking numbers and labels, each serial `shipped`), provided the packing did not change.
 */
export async function shipNow(wf: ShippingWorkflow, orderNumber: string, req: ShipRequest, actor: WorkflowActor, via: ShipVia): Promise<ShipResult> {
  const r = await shipOnly(wf, orderNumber, req, actor, via);
  if (r.verdict !== 'accepted') return r;
  // After the commit: a printer that fails leaves the order shipped and says so (reprint from Orders).
  const labels = r.state.shipment?.packages.some((p) => p.label !== null) ?? false;
  const slip = wf.station.options.get('shipping.printPackingSlip');
  if (!labels && !slip) return r;
  const printed = await printShipment(wf.station, r.shipment_id, { labels, slip });
  // The shipment and what was printed: one reply of two sentences (text.ts).
  return { ...r, ...joined([textOf(r), textOf(printed)]) };
}

async function shipOnly(wf: ShippingWorkflow, orderNumber: string, req: ShipRequest, actor: WorkflowActor, via: ShipVia): Promise<ShipResult> {
  const needsLabels = labelServiceUrl(wf.station) !== null;
  if (!needsLabels) {
    return wf.lock(orderNumber, async (db) => {
      const p = await plan(wf, db, orderNumber, req, actor, via);
      if (!('ctx' in p)) return refuse(wf, orderNumber, p, db);
      const refused = await label(wf, p);
      if (refused) return refuse(wf, orderNumber, refused, db);
      return commit(wf, db, p, actor, via);
    });
  }
  // Planning is not the ship: the feed's shipment.shipped belongs to the commit's transaction.
  const p = await wf.lock(orderNumber, (db) => plan(wf, db, orderNumber, req, actor, via), { bookkeeping: true });
  if (!('ctx' in p)) return refuse(wf, orderNumber, p);
  const refused = await label(wf, p);
  if (refused) return refuse(wf, orderNumber, refused);
  return wf.lock(orderNumber, (db) => commit(wf, db, p, actor, via));
}
