import { toGrams, type ScaleReading } from '../devices/scale/reading';
import type { MessageKey } from '../i18n/catalog';
import { english, msg, type Message, type MessageArgs } from '../i18n/message';

/** Units a packer may type a package weight in (REST `weight.unit` too). */
export const WEIGHT_UNITS = ['g', 'kg', 'lb', 'oz'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

export const DIMENSION_UNITS = ['mm', 'cm', 'in'] as const;
export type DimensionUnit = (typeof DIMENSION_UNITS)[number];

/** Heaviest package the station records (a pallet is not a parcel). */
export const MAX_PACKAGE_GRAMS = 1_000_000;

/**
 * A refused weight, as a sentence: `message` in English, and its key and parameters (shared/i18n)
 * so the Ship screen and REST say it in their language (like a verdict).
 */
export interface WeightRefusal {
  ok: false;
  message: string;
  message_key: MessageKey;
  params: MessageArgs;
}

export function weightRefusal(m: Message): WeightRefusal {
  return { ok: false, message: english(m), message_key: m.key, params: m.params };
}

/** The message of a refusal, to pass on. */
export const refusalMessage = (r: Pick<WeightRefusal, 'message_key' | 'params'>): Message => ({ key: r.message_key, params: r.params });

export type WeightCheck = { ok: true; grams: number } | WeightRefusal;

/**
 * The package weight a scale reading gives: only a stable, positive weight. Motion, overload,
 * under zero, a negative or zero weight and scale errors are refused with what the scale shows.
 */
export function weightFromReading(r: Pick<ScaleReading, 'weight' | 'unit' | 'grams' | 'status'> | null): WeightCheck {
  if (!r) return weightRefusal(msg('verdicts-shipping.weight.noReading'));
  switch (r.status) {
    case 'motion':
      return weightRefusal(msg('verdicts-shipping.weight.motion', { weight: r.weight, unit: r.unit }));
    case 'over':
      return weightRefusal(msg('verdicts-shipping.weight.over'));
    case 'under':
      return weightRefusal(msg('verdicts-shipping.weight.under'));
    case 'error':
      return weightRefusal(msg('verdicts-shipping.weight.error'));
    default:
      break;
  }
  if (r.grams < 0) return weightRefusal(msg('verdicts-shipping.weight.negative', { weight: r.weight, unit: r.unit }));
  if (r.grams === 0) return weightRefusal(msg('verdicts-shipping.weight.zero'));
  if (r.grams > MAX_PACKAGE_GRAMS) return weightRefusal(msg('verdicts-shipping.weight.tooHeavy', { weight: r.weight, unit: r.unit }));
  return { ok: true, grams: r.grams };
}

/** A typed weight in grams: a finite number above zero. */
export function typedWeight(value: number, unit: WeightUnit): WeightCheck {
  if (!Number.isFinite(value) || value <= 0) return weightRefusal(msg('verdicts-shipping.weight.typedAboveZero'));
  const grams = toGrams(value, unit);
  if (grams > MAX_PACKAGE_GRAMS) return weightRefusal(msg('verdicts-shipping.weight.tooHeavy', { weight: value, unit }));
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
