// The expected-weight check of the package step: the packed items' catalog weights plus the
// packaging, within `shipping.weightTolerancePercent`. Pure, so the Ship screen shows the same
// range the station enforces.
import { english, msg, type Message } from '../i18n/message';
import { weightRefusal, type WeightRefusal } from './shipping-weight';

/** One packed product: how many units, and its catalog weight (null: none in the catalog). */
export interface PackedItemWeight {
  sku: string;
  qty: number;
  weight_grams: number | null;
}

export type ExpectedWeight =
  /** `shipping.weightTolerancePercent` is empty. */
  | { check: 'off' }
  /** Some packed products have no catalog weight: nothing is checked, and the screen says which. */
  | { check: 'skipped'; missing: string[] }
  | { check: 'on'; grams: number; tolerance_percent: number; min_grams: number; max_grams: number };

const round = (g: number) => Math.round(g * 1000) / 1000;

export function expectedWeight(items: readonly PackedItemWeight[], packagingTareGrams: number, tolerancePercent: number | null): ExpectedWeight {
  if (tolerancePercent === null) return { check: 'off' };
  const missing = [...new Set(items.filter((i) => i.qty > 0 && i.weight_grams === null).map((i) => i.sku))];
  if (missing.length > 0) return { check: 'skipped', missing };
  const grams = round(items.reduce((sum, i) => sum + i.qty * (i.weight_grams ?? 0), 0) + packagingTareGrams);
  const band = (grams * tolerancePercent) / 100;
  return { check: 'on', grams, tolerance_percent: tolerancePercent, min_grams: round(grams - band), max_grams: round(grams + band) };
}

/** One sentence on the check, for the screen and the ship message. */
export function expectedMessage(e: ExpectedWeight): Message | null {
  if (e.check === 'off') return null;
  if (e.check === 'skipped') return msg('verdicts-shipping.expected.skipped', { missing: e.missing.join(', ') });
  return msg('verdicts-shipping.expected.range', { grams: e.grams, tolerance: e.tolerance_percent, min: e.min_grams, max: e.max_grams });
}

/** That sentence in English (`expectedMessage` for the reader's language). */
export function describeExpected(e: ExpectedWeight): string | null {
  const m = expectedMessage(e);
  return m && english(m);
}

/** Whether a package weight fits; the refusal names both weights. */
export function checkExpectedWeight(grams: number, e: ExpectedWeight): { ok: true } | WeightRefusal {
  if (e.check !== 'on' || (grams >= e.min_grams && grams <= e.max_grams)) return { ok: true };
  const heavier = grams > e.grams;
  const off = e.grams === 0 ? 'none' : heavier ? 'heavier' : 'lighter';
  const percent = e.grams === 0 ? 0 : Math.abs(round(((grams - e.grams) / e.grams) * 100));
  return weightRefusal(
    msg('verdicts-shipping.expected.outOfRange', { weighed: grams, grams: e.grams, tolerance: e.tolerance_percent, min: e.min_grams, max: e.max_grams, off, percent }),
  );
}
