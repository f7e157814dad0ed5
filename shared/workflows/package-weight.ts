// One weight per package: which scale reading a package may ship with. Pure, so the Ship screen
// (display, auto-ship) and the station (the ship request) judge alike; several packages per order
// call it once per package with that package's step start and the package weighed before it.
import type { ScaleSnapshot, TimedScaleReading } from '../devices/scale/freshness';
import type { ScaleReading } from '../devices/scale/reading';
import { toGrams } from '../devices/scale/reading';
import { msg, type Message } from '../i18n/message';
import { weightFromReading, weightRefusal, type WeightRefusal } from './shipping-weight';

/** The package being weighed, as the station knows it. */
export interface PackageWeighing {
  /** When this package's step began (ISO): its weight must be read after that. */
  started_at: string;
  /** The package weighed before it at this bench, and when that weight was read (ISO). */
  previous: { grams: number; received_at: string } | null;
}

export type PackageWeightCheck = { ok: true; grams: number; reading: TimedScaleReading } | WeightRefusal;

type ScaleNow = Pick<ScaleSnapshot, 'current' | 'no_reading' | 'zero_at' | 'error' | 'resolution_g'>;

/** Scale readings at or below zero (or the scale's centre-of-zero flag): the box is off the scale. */
export function nearZero(r: Pick<ScaleReading, 'grams' | 'status'>): boolean {
  return r.status === 'zero' || (r.status !== 'error' && r.status !== 'over' && r.grams <= 0);
}

/** Decimals a weight was sent with (trailing zeros are lost in the number, so this may be fewer). */
function decimalsOf(weight: number): number {
  const text = String(Math.abs(weight));
  if (text.includes('e')) return 6;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

/** One division of the scale as this reading shows it, in grams. */
export function readingStepGrams(r: Pick<ScaleReading, 'weight' | 'unit'>): number {
  return toGrams(10 ** -decimalsOf(r.weight), r.unit);
}

const NO_READING: Record<NonNullable<ScaleSnapshot['no_reading']>, () => Message> = {
  none_yet: () => msg('verdicts-shipping.weight.noReading'),
  disconnected: () => msg('verdicts-shipping.weight.disconnected'),
  error: () => msg('verdicts-shipping.weight.errorSince'),
  stale: () => msg('verdicts-shipping.weight.stale'),
};

/** The current reading (fresh, link up, no error since), if it was read after `startedAt` (ISO). */
export function readingSince(scale: ScaleNow, startedAt: string): { ok: true; reading: TimedScaleReading } | WeightRefusal {
  const r = scale.current;
  if (!r) {
    const why = scale.no_reading ?? 'none_yet';
    // The scale's own words about its error stay as it gave them.
    return weightRefusal(why === 'error' && scale.error ? msg('verdicts-shipping.weight.errorSinceWhy', { error: scale.error }) : NO_READING[why]());
  }
  if (Date.parse(r.received_at) <= Date.parse(startedAt)) {
    return weightRefusal(msg('verdicts-shipping.weight.beforeStep'));
  }
  return { ok: true, reading: r };
}

/**
 * The weight a package may ship with: the current reading (fresh, link up, no error since), stable
 * and above zero, read after the package step began; with `requireWeightChange`, the scale must also
 * have gone back to zero, or changed by more than one division, since the previous package's weight.
 */
export function judgePackageWeight(scale: ScaleNow, weighing: PackageWeighing, requireWeightChange: boolean): PackageWeightCheck {
  const since = readingSince(scale, weighing.started_at);
  if (!since.ok) return since;
  const r = since.reading;
  const w = weightFromReading(r);
  if (!w.ok) return w;
  const prev = weighing.previous;
  if (requireWeightChange && prev) {
    const zeroSince = scale.zero_at !== null && Date.parse(scale.zero_at) > Date.parse(prev.received_at);
    // The finest division seen from this scale, or the one this reading shows.
    const step = Math.min(readingStepGrams(r), scale.resolution_g ?? Infinity);
    if (!zeroSince && Math.abs(w.grams - prev.grams) <= step) {
      return weightRefusal(msg('verdicts-shipping.weight.previousPackage', { grams: prev.grams }));
    }
  }
  return { ok: true, grams: w.grams, reading: r };
}
