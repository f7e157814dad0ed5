// The expected-weight check of the package step: the packed items' catalog weights plus the
// packaging, within `shipping.weightTolerancePercent`. Pure, so the Ship screen shows the same
// range the station enforces.

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
export function describeExpected(e: ExpectedWeight): string | null {
  if (e.check === 'off') return null;
  if (e.check === 'skipped') return `Expected weight not checked: no catalog weight for ${e.missing.join(', ')}.`;
  return `Expected ${e.grams} g ± ${e.tolerance_percent} % (${e.min_grams}–${e.max_grams} g).`;
}

/** Whether a package weight fits; the refusal names both weights. */
export function checkExpectedWeight(grams: number, e: ExpectedWeight): { ok: true } | { ok: false; message: string } {
  if (e.check !== 'on' || (grams >= e.min_grams && grams <= e.max_grams)) return { ok: true };
  const heavier = grams > e.grams;
  const off = e.grams === 0 ? '' : `: ${Math.abs(round(((grams - e.grams) / e.grams) * 100))} % ${heavier ? 'heavier' : 'lighter'}`;
  return {
    ok: false,
    message: `The package weighs ${grams} g; its items and packaging should weigh ${e.grams} g ± ${e.tolerance_percent} % (${e.min_grams}–${e.max_grams} g)${off}. Check the box, or ask a supervisor to approve the weight.`,
  };
}
