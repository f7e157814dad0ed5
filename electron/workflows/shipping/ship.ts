import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { checkExpectedWeight, expectedWeight, type ExpectedWeight } from '../../../shared/workflows/expected-weight';
import { judgePackageWeight } from '../../../shared/workflows/package-weight';
import type { Approval, MeasureResult } from '../../../shared/workflows/shipping';
import { refusalMessage, typedWeight, type WeightUnit } from '../../../shared/workflows/shipping-weight';
import type { ReasonCode, VerdictText } from '../../../shared/workflows/verdict';
import { recordAudit } from '../../storage/repos/audit-log';
import { openPackages } from '../../storage/repos/order-packages';
import { packedItemWeights } from '../../storage/repos/package-weights';
import type { Db } from '../../storage/schema';
import type { WorkflowActor } from '../kit/actor';
import { approve } from './approval';
import type { OrderContext } from './order-context';
import type { OverrideInput } from './scan-types';
import { dimsMm, type DimsInput, type PackageRequest } from './ship-plan';
import type { ShippingWorkflow } from './shipping-workflow';
import { ownWords, replySentence } from './text';

export interface ShipRequest {
  /** Typed (or sent by an ERP) weight. */
  weight?: { value: number; unit: WeightUnit } | undefined;
  /** Take the weight from the scale's current reading (see shared/workflows/package-weight.ts). */
  from_scale?: boolean | undefined;
  dims?: DimsInput | undefined;
  tracking_number?: string | undefined;
  /** The tracking number was typed rather than scanned. */
  tracking_typed?: boolean | undefined;
  /** A supervisor's approval of a weight outside the expected range. */
  override?: OverrideInput | undefined;
  /** REST: several packages (the single-package fields above are then not used). */
  packages?: PackageRequest[] | undefined;
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
    const check = judgePackageWeight(wf.station.devices.scaleSnapshot(), wf.packageSteps.weighing(db, ctx.order.id), o.get('shipping.requireWeightChange'));
    if (!check.ok) throw new StationError('validation', refusalMessage(check));
    return { grams: check.grams, readAt: check.reading.received_at };
  }
  if (!req.weight) return null;
  if (via === 'ui' && scaleConnected(wf) && !o.get('shipping.allowManualWeight')) {
    throw new StationError('validation', msg('verdicts-shipping.weigh.scaleConnected'));
  }
  const w = typedWeight(req.weight.value, req.weight.unit);
  if (!w.ok) throw new StationError('validation', refusalMessage(w));
  return { grams: w.grams, readAt: new Date().toISOString() };
}

export type WeightApproval = { refused: { reason: ReasonCode; message: VerdictText; approval: Approval } | null; approvedBy: { id: number; name: string } | null; reason: string | null };

/** The expected-weight check of a bench package: passes, refuses (with an approval to ask for), or is approved. */
async function expectedWeightGate(wf: ShippingWorkflow, db: Db, ctx: OrderContext, actor: WorkflowActor, grams: number, expected: ExpectedWeight, override: OverrideInput | undefined): Promise<WeightApproval> {
  const fit = checkExpectedWeight(grams, expected);
  if (fit.ok) return { refused: null, approvedBy: null, reason: null };
  const pinRequired = ctx.options['shipping.requirePinForOverride'];
  const approval: Approval = { kind: 'weight_override', pin_required: pinRequired, serial: null, sku: ctx.order.order_number, replaces: null };
  if (!override) return { refused: { reason: 'weight_out_of_tolerance', message: refusalMessage(fit), approval }, approvedBy: null, reason: null };
  const ok = await approve(wf.station, actor, override, pinRequired, { kind: 'weight', grams, order: ctx.order.order_number }, db);
  if (!ok.ok) return { refused: { reason: ok.reason, message: ok.message, approval }, approvedBy: null, reason: null };
  return { refused: null, approvedBy: ok.approver, reason: ok.reason };
}

/** A bench package weighed (scale rules, typed-weight rule, expected weight of what went into it). */
export interface WeighedPackage {
  weight: { grams: number; readAt: string } | null;
  expected: ExpectedWeight;
  gate: WeightApproval;
}

/** Weighs the bench's current package: package `packageNo` of the packing (null: the whole order's packing). */
export async function weighBenchPackage(wf: ShippingWorkflow, db: Db, ctx: OrderContext, req: ShipRequest, actor: WorkflowActor, via: ShipVia, packageNo?: number): Promise<WeighedPackage> {
  const tracking = req.tracking_number?.trim() || null;
  if (tracking && req.tracking_typed && via === 'ui' && !wf.station.options.get('shipping.allowManualTrackingNumber')) {
    throw new StationError('validation', msg('verdicts-shipping.weigh.scanTracking'));
  }
  const weight = await packageWeight(wf, db, ctx, req, via);
  const o = ctx.options;
  const tolerance = via === 'ui' ? o['shipping.weightTolerancePercent'] : null;
  const expected = tolerance === null ? { check: 'off' as const } : expectedWeight(await packedItemWeights(db, ctx.order.id, packageNo), o['shipping.packagingTareGrams'], tolerance);
  const gate = weight ? await expectedWeightGate(wf, db, ctx, actor, weight.grams, expected, req.override) : { refused: null, approvedBy: null, reason: null };
  return { weight, expected, gate };
}

/** The audit entry of a weight a supervisor approved. */
export async function auditWeightApproval(db: Db, ctx: OrderContext, actor: WorkflowActor, w: WeighedPackage, shipmentId: number | null, packageNo: number): Promise<void> {
  if (w.gate.reason === null || w.expected.check !== 'on') return;
  await recordAudit(db, {
    userId: w.gate.approvedBy?.id ?? actor.userId,
    station: actor.station,
    action: 'shipment.weight_override',
    subject: ctx.order.order_number,
    reason: w.gate.reason,
    details: { shipment_id: shipmentId, package_no: packageNo, weight_grams: w.weight?.grams ?? null, expected_grams: w.expected.grams, min_grams: w.expected.min_grams, max_grams: w.expected.max_grams, approved_by: w.gate.approvedBy?.name ?? null, packed_by: actor.userName },
  });
}

/** The parameters of what a weighed package adds to a ship or measure message (`note`): who approved its weight, or that the expected weight was not checked. */
export interface WeightNote {
  note: 'approvedBy' | 'approved' | 'unchecked' | 'none';
  approver: string;
  reason: string;
  missing: string;
}

export function weightNote(w: WeighedPackage | null): WeightNote {
  const none: WeightNote = { note: 'none', approver: '', reason: '', missing: '' };
  if (!w) return none;
  if (w.gate.reason !== null) return { ...none, note: w.gate.approvedBy ? 'approvedBy' : 'approved', approver: w.gate.approvedBy?.name ?? '', reason: ownWords(w.gate.reason) };
  if (w.weight && w.expected.check === 'skipped') return { ...none, note: 'unchecked', missing: w.expected.missing.join(', ') };
  return none;
}

/**
 * One package of several, weighed (and measured) at the bench before the last one ships: kept
 * with the order's package step until it ships; the next package's weight must be a new one.
 */
export function measurePackage(wf: ShippingWorkflow, orderNumber: string, req: ShipRequest, actor: WorkflowActor): Promise<MeasureResult> {
  return wf.lock(orderNumber, async (db) => {
    const ctx = await wf.context(orderNumber, db);
    const state = await wf.state(ctx, db);
    const step = state.step;
    if (step.kind !== 'package') throw new StationError('conflict', msg('verdicts-shipping.measure.notAtStep', { order: orderNumber, prompt: state.prompt }));
    if (step.package_no >= step.package_count) throw new StationError('conflict', msg('verdicts-shipping.measure.lastPackage', { no: step.package_no, order: orderNumber }));
    const packages = await openPackages(db, ctx.order.id);
    const w = await weighBenchPackage(wf, db, ctx, req, actor, 'ui', packages[step.package_no - 1]?.package_no);
    if (w.gate.refused) return { verdict: 'rejected', reason: w.gate.refused.reason, ...replySentence(w.gate.refused.message), state, approval: w.gate.refused.approval };
    if (!w.weight) throw new StationError('validation', msg('verdicts-shipping.measure.weighFirst', { no: step.package_no }));
    await auditWeightApproval(db, ctx, actor, w, null, step.package_no);
    const pkg = { package_no: step.package_no, weight_grams: w.weight.grams, dims_mm: dimsMm(req.dims), tracking_number: req.tracking_number?.trim() || null };
    await wf.packageSteps.measure(db, ctx.order.id, pkg, { grams: w.weight.grams, receivedAt: w.weight.readAt }, actor.station);
    const message = msg('verdicts-shipping.measure.done', {
      no: step.package_no,
      count: step.package_count,
      grams: w.weight.grams,
      tracked: pkg.tracking_number ? 'yes' : 'no',
      tracking: pkg.tracking_number ?? '',
      next: step.package_no + 1,
      ...weightNote(w),
    });
    return { verdict: 'accepted', reason: null, ...replySentence(message), state: await wf.state(ctx, db), approval: null };
  });
}

export { shipNow } from './ship-now';
