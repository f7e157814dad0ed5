import { toGrams, type ScaleReading } from '../devices/scale/reading';

/** Units a packer may type a package weight in (REST `weight.unit` too). */
export const WEIGHT_UNITS = ['g', 'kg', 'lb', 'oz'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

export const DIMENSION_UNITS = ['mm', 'cm', 'in'] as const;
export type DimensionUnit = (typeof DIMENSION_UNITS)[number];

/** Heaviest package the station records (a pallet is not a parcel). */
export const MAX_PACKAGE_GRAMS = 1_000_000;

export type WeightCheck = { ok: true; grams: number } | { ok: false; message: string };

/**
 * The package weight a scale reading gives: only a stable, positive weight. Motion, overload,
 * under zero, a negative or zero weight and scale errors are refused with what the scale shows.
 */
export function weightFromReading(r: Pick<ScaleReading, 'weight' | 'unit' | 'grams' | 'status'> | null): WeightCheck {
  if (!r) return { ok: false, message: 'The scale has sent no reading yet.' };
  switch (r.status) {
    case 'motion':
      return { ok: false, message: `The scale is in motion (${r.weight} ${r.unit}): wait for a stable weight.` };
    case 'over':
      return { ok: false, message: 'The scale is overloaded: the package is too heavy for it.' };
    case 'under':
      return { ok: false, message: 'The scale reads under zero: empty it and zero it.' };
    case 'error':
      return { ok: false, message: 'The scale reports an error: check it, or type the weight when allowed.' };
    default:
      break;
  }
  if (r.grams < 0) return { ok: false, message: `The scale reads a negative weight (${r.weight} ${r.unit}): empty it and zero it.` };
  if (r.grams === 0) return { ok: false, message: 'The scale reads zero: put the package on the scale.' };
  if (r.grams > MAX_PACKAGE_GRAMS) return { ok: false, message: `${r.weight} ${r.unit} is more than a package can weigh here.` };
  return { ok: true, grams: r.grams };
}

/** A typed weight in grams: a finite number above zero. */
export function typedWeight(value: number, unit: WeightUnit): WeightCheck {
  if (!Number.isFinite(value) || value <= 0) return { ok: false, message: 'Type a weight above zero.' };
  const grams = toGrams(value, unit);
  if (grams > MAX_PACKAGE_GRAMS) return { ok: false, message: `${value} ${unit} is more than a package can weigh here.` };
  return { ok: true, grams };
}

const MM_PER: Record<DimensionUnit, number> = { mm: 1, cm: 10, in: 25.4 };

export function toMillimetres(value: number, unit: DimensionUnit): number {
  return Math.round(value * MM_PER[unit] * 10) / 10;
}

/**
 * Auto-ship after weight: the order is at the package step (everything scanned and confirmed),
 * the option is on, and the scale shows a weight this package may ship with (package-weight.ts).
 */
export function autoShipWeight(step: { kind: string }, autoShipAfterWeight: boolean, check: { ok: true; grams: number } | { ok: false }): number | null {
  if (!autoShipAfterWeight || step.kind !== 'package' || !check.ok) return null;
  return check.grams;
}
