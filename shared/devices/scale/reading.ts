/** What the scale says about the weight it reports (pushed to the UI with every reading). */
export type ScaleStatus = 'stable' | 'motion' | 'zero' | 'under' | 'over' | 'error';

/**
 * Units a scale may report. The HID POS usage table (page 0x8D, usages 0x51–0x5C) has the
 * widest list; serial protocols use g, kg, lb and oz.
 */
export type ScaleUnit = 'mg' | 'g' | 'kg' | 't' | 'ct' | 'gr' | 'dwt' | 'ozt' | 'oz' | 'lb' | 'ton';

export const SCALE_UNITS: readonly ScaleUnit[] = ['mg', 'g', 'kg', 't', 'ct', 'gr', 'dwt', 'ozt', 'oz', 'lb', 'ton'];

/** Exact gram factors (avoirdupois pound = 453.59237 g by definition; troy ounce = 31.1034768 g). */
const GRAMS_PER_UNIT: Record<ScaleUnit, number> = {
  mg: 0.001,
  g: 1,
  kg: 1000,
  t: 1_000_000,
  ct: 0.2,
  gr: 0.06479891,
  dwt: 1.55517384,
  ozt: 31.1034768,
  oz: 28.349523125,
  lb: 453.59237,
  ton: 907_184.74,
};

/** One weight reading, as printed by `scanbay scale read` and pushed as `scale.reading`. */
export interface ScaleReading {
  /** The value in `unit`, as the scale sent it. 0 when the scale sent a status without a weight. */
  weight: number;
  unit: ScaleUnit;
  /** The same weight in grams, rounded to a milligram. */
  grams: number;
  /** True only when the scale reports a settled weight (status `stable` or `zero`). */
  stable: boolean;
  status: ScaleStatus;
}

/** The last raw frame, for the Devices test panel (control characters made visible there). */
export interface ScaleRawFrame {
  /** Frame bytes as text, one char per byte (latin1). */
  text: string;
  /** Frame bytes as space-separated hex pairs. */
  hex: string;
  /** Milliseconds since the epoch when the frame was complete. */
  at: number;
}

export function toGrams(weight: number, unit: ScaleUnit): number {
  return Math.round(weight * GRAMS_PER_UNIT[unit] * 1000) / 1000;
}

/** Convert a weight between units (used by simulators that only speak lb/kg). */
export function convertWeight(weight: number, from: ScaleUnit, to: ScaleUnit): number {
  return (weight * GRAMS_PER_UNIT[from]) / GRAMS_PER_UNIT[to];
}

/** Build a reading; `stable` follows the status so the two never disagree. */
export function makeReading(weight: number, unit: ScaleUnit, status: ScaleStatus): ScaleReading {
  const clean = Object.is(weight, -0) ? 0 : weight;
  return { weight: clean, unit, grams: toGrams(clean, unit), stable: status === 'stable' || status === 'zero', status };
}

/** Status of a settled weight: `zero` at exactly zero, `stable` otherwise. */
export function settledStatus(weight: number): ScaleStatus {
  return weight === 0 ? 'zero' : 'stable';
}

const UNIT_ALIASES: Record<string, ScaleUnit> = {
  mg: 'mg',
  g: 'g',
  gm: 'g',
  kg: 'kg',
  t: 't',
  ct: 'ct',
  gr: 'gr',
  // Grain: MT-SICS and A&D send `GN` (MT-SICS reference manual, unit table; A&D unit list).
  gn: 'gr',
  dwt: 'dwt',
  ozt: 'ozt',
  oz: 'oz',
  lb: 'lb',
  lbs: 'lb',
  ton: 'ton',
};

/** Parse a unit abbreviation as scales send it (`KG`, `lb`, `lbs`, ` g `); null when unknown. */
export function parseUnit(text: string): ScaleUnit | null {
  const key = text.trim().toLowerCase();
  return Object.hasOwn(UNIT_ALIASES, key) ? (UNIT_ALIASES[key] ?? null) : null;
}

/** Bytes → raw frame for the test panel. */
export function rawFrame(bytes: Uint8Array | readonly number[], at: number): ScaleRawFrame {
  let text = '';
  const hex: string[] = [];
  for (const b of bytes) {
    text += String.fromCharCode(b);
    hex.push(b.toString(16).padStart(2, '0'));
  }
  return { text, hex: hex.join(' '), at };
}
