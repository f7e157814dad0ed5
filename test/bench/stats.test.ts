import { describe, expect, it } from 'vitest';
import { latency, median, MIN_P99_SAMPLES, percentile } from './stats';

describe('bench stats', () => {
  it('percentile is nearest-rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([], 99)).toBeNaN();
  });

  it('reports a p99 only from at least 3,000 samples, and always the worst sample', () => {
    const few = Array.from({ length: MIN_P99_SAMPLES - 1 }, (_, i) => i);
    expect(latency(few)).toEqual({ n: MIN_P99_SAMPLES - 1, p50: 1499, max: 2998 });
    const enough = Array.from({ length: MIN_P99_SAMPLES }, (_, i) => MIN_P99_SAMPLES - i);
    expect(latency(enough)).toEqual({ n: 3000, p50: 1500, p99: 2970, max: 3000 });
    expect(() => latency([])).toThrow();
  });

  it('median does not reorder its input', () => {
    const xs = [3, 1, 2];
    expect(median(xs)).toBe(2);
    expect(xs).toEqual([3, 1, 2]);
  });
});
