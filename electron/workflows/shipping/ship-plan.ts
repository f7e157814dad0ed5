import { ConflictError } from '../../storage/errors';
import { StationError } from '../../../shared/api/errors';
import { msg, type Message } from '../../../shared/i18n/message';
import type { DimsMm, PackageContents } from '../../../shared/workflows/shipping';
import { toMillimetres, typedWeight, type DimensionUnit, type WeightUnit } from '../../../shared/workflows/shipping-weight';
import type { ReasonCode } from '../../../shared/workflows/verdict';
import { allIntoPackageOne, assignToPackage, openPackages } from '../../storage/repos/order-packages';
import type { Db } from '../../storage/schema';
import type { OrderContext } from './order-context';

export type DimsInput = { length: number; width: number; height: number; unit: DimensionUnit };

/** One package of a REST ship body: its weight, dimensions, tracking number, and which serials/items went into it. */
export interface PackageRequest {
  weight?: { value: number; unit: WeightUnit } | undefined;
  dims?: DimsInput | undefined;
  tracking_number?: string | undefined;
  serials?: string[] | undefined;
  items?: { sku: string; qty: number }[] | undefined;
}

/** A package about to ship. */
export interface PlannedPackage {
  package_no: number;
  grams: number | null;
  dims: DimsMm | null;
  tracking: string | null;
  contents: PackageContents;
  label: { format: 'zpl' | 'pdf'; data: string } | null;
}

export function dimsMm(d: DimsInput | undefined): DimsMm | null {
  return d ? { length: toMillimetres(d.length, d.unit), width: toMillimetres(d.width, d.unit), height: toMillimetres(d.height, d.unit) } : null;
}

/**
 * REST `packages`: the named serials and items go into their package, everything else of a
 * one-package body into package 1; every package named must then hold something and every
 * packed unit must be in a package named.
 */
export async function restPackages(db: Db, ctx: OrderContext, packages: PackageRequest[]): Promise<PlannedPackage[]> {
  if (packages.length === 1) await allIntoPackageOne(db, ctx.order.id);
  try {
    for (const [i, p] of packages.entries()) await assignToPackage(db, ctx.order.id, i + 1, { serials: p.serials ?? [], items: p.items ?? [] });
  } catch (err) {
    throw new StationError('validation', err instanceof ConflictError && err.text ? err.text : err instanceof Error ? err.message : String(err));
  }
  const packed = await openPackages(db, ctx.order.id);
  const beyond = packed.find((p) => p.package_no > packages.length);
  if (beyond) throw new StationError('validation', msg('verdicts-shipping.plan.beyond', { order: ctx.order.order_number, no: beyond.package_no, count: packages.length }));
  return packages.map((p, i) => {
    const contents = packed.find((c) => c.package_no === i + 1);
    if (!contents) throw new StationError('validation', msg('verdicts-shipping.plan.empty', { no: i + 1 }));
    let grams: number | null = null;
    if (p.weight) {
      const w = typedWeight(p.weight.value, p.weight.unit);
      if (!w.ok) throw new StationError('validation', msg('verdicts-shipping.plan.badWeight', { no: i + 1, problem: w.message }));
      grams = w.grams;
    }
    return { package_no: i + 1, grams, dims: dimsMm(p.dims), tracking: p.tracking_number?.trim() || null, contents, label: null };
  });
}

/** `shipping.requireTrackingNumber` / `shipping.requireDimensions`: the first package missing one, as a refusal. */
export function missingRequired(ctx: OrderContext, packages: PlannedPackage[], labelsWillFill: boolean): { reason: ReasonCode; message: Message } | null {
  // "package 2 of SO-2001", or the order number alone when it ships in one package.
  const multi = packages.length > 1 ? 'yes' : 'no';
  const order = ctx.order.order_number;
  if (ctx.options['shipping.requireDimensions']) {
    const p = packages.find((x) => x.dims === null);
    if (p) return { reason: 'dimensions_required', message: msg('verdicts-shipping.missing.dimensions', { multi, no: p.package_no, order }) };
  }
  if (ctx.options['shipping.requireTrackingNumber'] && !labelsWillFill) {
    const p = packages.find((x) => x.tracking === null);
    if (p) return { reason: 'tracking_number_required', message: msg('verdicts-shipping.missing.tracking', { multi, no: p.package_no, order }) };
  }
  return null;
}
