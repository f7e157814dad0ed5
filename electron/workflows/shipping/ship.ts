import { StationError } from '../../../shared/api/errors';
import type { ShipResult } from '../../../shared/workflows/shipping';
import { toMillimetres, typedWeight, weightFromReading, type DimensionUnit, type WeightUnit } from '../../../shared/workflows/shipping-weight';
import { confirmOrder, recountKitLine, shipOrder } from '../../storage/repos/packing';
import { writeTransaction } from '../../storage/transaction';
import type { WorkflowActor } from '../kit/actor';
import { orderGate } from './gates';
import { buildRows, isKitLine, kitCount, orderComplete, stillToScan } from './rows';
import type { ShippingWorkflow } from './shipping-workflow';

export interface ShipRequest {
  /** Typed (or sent by an ERP) weight. */
  weight?: { value: number; unit: WeightUnit } | undefined;
  /** Take the weight from the scale's current reading (stable and above zero only). */
  from_scale?: boolean | undefined;
  dims?: { length: number; width: number; height: number; unit: DimensionUnit } | undefined;
  tracking_number?: string | undefined;
  /** The tracking number was typed rather than scanned. */
  tracking_typed?: boolean | undefined;
}

/** Where the request came from: the bench (its scale and options apply) or a REST caller. */
export type ShipVia = 'ui' | 'rest';

function scaleConnected(wf: ShippingWorkflow): boolean {
  return wf.station.devices.list().some((d) => d.kind === 'scale' && d.status === 'connected');
}

/** The package weight in grams: the scale's stable reading, or a typed one (only without a scale, unless allowed). */
function packageGrams(wf: ShippingWorkflow, req: ShipRequest, via: ShipVia): number | null {
  const o = wf.station.options;
  if (req.from_scale) {
    const w = weightFromReading(wf.station.devices.lastReading());
    if (!w.ok) throw new StationError('validation', w.message);
    return w.grams;
  }
  if (!req.weight) return null;
  if (via === 'ui' && scaleConnected(wf) && !o.get('shipping.allowManualWeight')) {
    throw new StationError('validation', 'A scale is connected: put the package on it (typing the weight is off at this station).');
  }
  const w = typedWeight(req.weight.value, req.weight.unit);
  if (!w.ok) throw new StationError('validation', w.message);
  return w.grams;
}

/**
 * Confirm and ship: every item scanned, no serial pending, the order not shipped and allowed at
 * this station. One transaction writes the shipment (packer, station, time), its package (weight,
 * dimensions, tracking number) and lines, and each serial `shipped` with its order and shipment.
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
    const grams = packageGrams(wf, req, via);
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
      return shipOrder(trx, { orderId: ctx.order.id, station: actor.station, userId: actor.userId, trackingNumber: tracking, packages: [pkg] });
    });
    const units = rows.filter((r) => r.kind !== 'kit').reduce((n, r) => n + r.required, 0);
    const weight = grams === null ? '' : `, ${grams} g`;
    const message = `${orderNumber} shipped: shipment ${shipmentId}, ${units} unit${units === 1 ? '' : 's'}${weight}${tracking ? `, tracking ${tracking}` : ''}.`;
    wf.pending.clear(ctx.order.id);
    return { message, shipment_id: shipmentId, order_number: orderNumber, state: await wf.state(await wf.context(orderNumber, db), db) };
  });
}
