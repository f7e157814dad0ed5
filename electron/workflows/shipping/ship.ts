import { StationError } from '../../../shared/api/errors';
import { checkExpectedWeight, describeExpected, expectedWeight, type ExpectedWeight } from '../../../shared/workflows/expected-weight';
import { judgePackageWeight } from '../../../shared/workflows/package-weight';
import type { Approval, ShipResult } from '../../../shared/workflows/shipping';
import { toMillimetres, typedWeight, type DimensionUnit, type WeightUnit } from '../../../shared/workflows/shipping-weight';
import { recordAudit } from '../../storage/repos/audit-log';
import { packedItemWeights } from '../../storage/repos/package-weights';
import { confirmOrder, recountKitLine, shipOrder } from '../../storage/repos/packing';
import type { Db } from '../../storage/schema';
import { writeTransaction } from '../../storage/transaction';
import { apiActor, type WorkflowActor } from '../kit/actor';
import { approve } from './approval';
import { orderGate } from './gates';
import type { OrderContext } from './order-context';
import { buildRows, isKitLine, kitCount, orderComplete, stillToScan } from './rows';
import type { OverrideInput } from './scan-types';
import type { ShippingWorkflow } from './shipping-workflow';

export interface ShipRequest {
  /** Typed (or sent by an ERP) weight. */
  weight?: { value: number; unit: WeightUnit } | undefined;
  /** Take the weight from the scale's current reading (see shared/workflows/package-weight.ts). */
  from_scale?: boolean | undefined;
  dims?: { length: number; width: number; height: number; unit: DimensionUnit } | undefined;
  tracking_number?: string | undefined;
  /** The tracking number was typed rather than scanned. */
  tracking_typed?: boolean | undefined;
  /** A supervisor's approval of a weight outside the expected range. */
  override?: OverrideInput | undefined;
}

/** Where the request came from: the bench (its scale and options apply) or a REST caller. */
export type ShipVia = 'ui' | 'rest';

function scaleConnected(wf: ShippingWorkflow): boolean {
  return wf.station.devices.list().some((d) => d.kind === 'scale' && d.status === 'connected');
}

/** The package weight in grams and when it was read: the scale's, or a typed one (only without a scale, unless allowed). */
async function packageWeight(wf: ShippingWorkflow, db: Db, ctx: OrderContext, req: ShipRequest, via: ShipVia): Promise<{ grams: number; readAt: string } | null> {
  const o = wf.station.options;
  if (req.from_scale) {
    await wf.packageSteps.load(db, o.get('general.stationName'));
    const check = judgePackageWeight(wf.station.devices.scaleSnapshot(), wf.packageSteps.weighing(ctx.order.id), o.get('shipping.requireWeightChange'));
    if (!check.ok) throw new StationError('validation', check.message);
    return { grams: check.grams, readAt: check.reading.received_at };
  }
  if (!req.weight) return null;
  if (via === 'ui' && scaleConnected(wf) && !o.get('shipping.allowManualWeight')) {
    throw new StationError('validation', 'A scale is connected: put the package on it (typing the weight is off at this station).');
  }
  const w = typedWeight(req.weight.value, req.weight.unit);
  if (!w.ok) throw new StationError('validation', w.message);
  return { grams: w.grams, readAt: new Date().toISOString() };
}

type WeightApproval = { refused: ShipResult | null; approvedBy: { id: number; name: string } | null; reason: string | null };

/** The expected-weight check of a bench package: passes, refuses (with an approval to ask for), or is approved. */
async function expectedWeightGate(wf: ShippingWorkflow, db: Db, ctx: OrderContext, actor: WorkflowActor, grams: number, expected: ExpectedWeight, override: OverrideInput | undefined): Promise<WeightApproval> {
  const fit = checkExpectedWeight(grams, expected);
  if (fit.ok) return { refused: null, approvedBy: null, reason: null };
  const pinRequired = ctx.options['shipping.requirePinForOverride'];
  const approval: Approval = { kind: 'weight_override', pin_required: pinRequired, serial: null, sku: ctx.order.order_number, replaces: null };
  const refuse = async (reason: 'weight_out_of_tolerance' | 'pin_required' | 'bad_pin' | 'pin_locked', message: string): Promise<WeightApproval> => ({
    refused: { verdict: 'rejected', reason, message, shipment_id: null, order_number: ctx.order.order_number, state: await wf.state(ctx, db), approval },
    approvedBy: null,
    reason: null,
  });
  if (!override) return refuse('weight_out_of_tolerance', fit.message);
  const ok = await approve(wf.station, actor, override, pinRequired, `Weight ${grams} g of ${ctx.order.order_number}`, db);
  if (!ok.ok) return refuse(ok.reason, ok.message);
  return { refused: null, approvedBy: ok.approver, reason: ok.reason };
}

/**
 * Confirm and ship: every item scanned, no serial pending, the order not shipped and allowed at
 * this station. At the bench the package weight must be a new one (package-weight.ts) and, when
 * `shipping.weightTolerancePercent` is set, fit the expected weight unless a supervisor approves.
 * One transaction writes the shipment (packer, station, time), its package (weight, dimensions,
 * tracking number) and lines, each serial `shipped` with its order and shipment, and the approval.
 */
export function shipNow(wf: ShippingWorkflow, orderNumber: string, req: ShipRequest, actor: WorkflowActor, via: ShipVia): Promise<ShipResult> {
  return wf.lock(orderNumber, async (db) => {
    const ctx = await wf.context(orderNumber, db);
    const gate = orderGate(ctx);
    if (gate) throw new StationError('conflict', gate.message);
    const pending = wf.pending.get(ctx.order.id)?.units[0];
    if (pending) throw new StationError('conflict', `Scan the serial number of ${pending.sku} first, or cancel the pending units.`);
    const rows = buildRows(ctx);
    if (!orderComplete(rows)) throw new StationError('conflict', `${orderNumber} cannot ship yet: ${stillToScan(rows)} still to scan.`);
    const tracking = req.tracking_number?.trim() || null;
    if (tracking && req.tracking_typed && via === 'ui' && !wf.station.options.get('shipping.allowManualTrackingNumber')) {
      throw new StationError('validation', 'Scan the tracking number: typing it is off at this station.');
    }
    const weight = await packageWeight(wf, db, ctx, req, via);
    const o = ctx.options;
    const tolerance = via === 'ui' ? o['shipping.weightTolerancePercent'] : null;
    const expected = tolerance === null ? { check: 'off' as const } : expectedWeight(await packedItemWeights(db, ctx.order.id), o['shipping.packagingTareGrams'], tolerance);
    const gateResult = weight ? await expectedWeightGate(wf, db, ctx, actor, weight.grams, expected, req.override) : { refused: null, approvedBy: null, reason: null };
    if (gateResult.refused) return gateResult.refused;
    const grams = weight?.grams ?? null;
    const d = req.dims;
    const pkg = {
      weightGrams: grams,
      lengthMm: d ? toMillimetres(d.length, d.unit) : null,
      widthMm: d ? toMillimetres(d.width, d.unit) : null,
      heightMm: d ? toMillimetres(d.height, d.unit) : null,
      trackingNumber: tracking,
    };
    const shipmentId = await writeTransaction(db, async (trx) => {
      // Kit counts follow the kit options in force now (they may have changed since the last scan).
      for (const line of ctx.lines.filter((l) => isKitLine(ctx, l))) await recountKitLine(trx, line.line_id, kitCount(ctx, line));
      await confirmOrder(trx, ctx.order.id);
      const id = await shipOrder(trx, { orderId: ctx.order.id, station: actor.station, userId: actor.userId, via: apiActor(actor), trackingNumber: tracking, packages: [pkg], allowNegative: ctx.options['stock.allowNegative'] });
      if (gateResult.reason !== null && expected.check === 'on') {
        await recordAudit(trx, {
          userId: gateResult.approvedBy?.id ?? actor.userId,
          station: actor.station,
          action: 'shipment.weight_override',
          subject: orderNumber,
          reason: gateResult.reason,
          details: { shipment_id: id, weight_grams: grams, expected_grams: expected.grams, min_grams: expected.min_grams, max_grams: expected.max_grams, approved_by: gateResult.approvedBy?.name ?? null, packed_by: actor.userName },
        });
      }
      return id;
    });
    wf.pending.clear(ctx.order.id);
    if (via === 'ui' && weight) wf.packageSteps.shipped(ctx.order.id, weight.grams, weight.readAt);
    else wf.packageSteps.leave(ctx.order.id);
    const units = rows.filter((r) => r.kind !== 'kit').reduce((n, r) => n + r.required, 0);
    const parts = [`${orderNumber} shipped: shipment ${shipmentId}, ${units} unit${units === 1 ? '' : 's'}${grams === null ? '' : `, ${grams} g`}${tracking ? `, tracking ${tracking}` : ''}.`];
    if (gateResult.reason !== null) parts.push(`Weight approved${gateResult.approvedBy ? ` by ${gateResult.approvedBy.name}` : ''}: ${gateResult.reason.replace(/[.!?]+$/, '')}.`);
    else if (grams !== null && expected.check === 'skipped') parts.push(describeExpected(expected) ?? '');
    return { verdict: 'accepted', reason: null, message: parts.join(' '), shipment_id: shipmentId, order_number: orderNumber, state: await wf.state(await wf.context(orderNumber, db), db), approval: null };
  });
}
