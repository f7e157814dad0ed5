/** Percentile (nearest-rank) of a list of samples; the list is sorted in place. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  samples.sort((a, b) => a - b);
  const rank = Math.min(samples.length - 1, Math.max(0, Math.ceil((p / 100) * samples.length) - 1));
  return samples[rank] as number;
}

/** High-resolution milliseconds. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Fewer samples than this and a p99 is a handful of outliers (at 500 samples it is the 5th-worst),
 * so it is neither reported nor judged: the worst sample (`max`) is reported instead.
 */
export const MIN_P99_SAMPLES = 3000;

export const round = (v: number, digits = 3): number => Number(v.toFixed(digits));

export interface Latency {
  n: number;
  p50: number;
  /** Only with at least MIN_P99_SAMPLES samples. */
  p99?: number;
  max: number;
}

/** The summary of a set of latency samples (the list is sorted in place). */
export function latency(samples: number[], digits = 3): Latency {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const p50 = round(percentile(samples, 50), digits);
  const max = round(samples.at(-1) as number, digits);
  return samples.length >= MIN_P99_SAMPLES ? { n: samples.length, p50, p99: round(percentile(samples, 99), digits), max } : { n: samples.length, p50, max };
}

export function median(values: number[]): number {
  return percentile([...values], 50);
}
