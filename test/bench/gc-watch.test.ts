import { describe, expect, it } from 'vitest';
import { GcWatch, slowestOverlapping } from './gc-watch';

describe('bench gc watch', () => {
  const spans = [
    { start: 0, end: 1 }, // fast
    { start: 10, end: 15 }, // slow, a pause inside
    { start: 20, end: 26 }, // slowest, a pause across its end
    { start: 30, end: 34 }, // slow, no pause
    { start: 40, end: 43 }, // slow, a pause ends exactly at its start: not overlapping
  ];
  const pauses = [
    { start: 12, end: 13 },
    { start: 25, end: 27 },
    { start: 39, end: 40 },
  ];

  it('counts the slowest spans that overlap a pause', () => {
    expect(slowestOverlapping(spans, pauses, 1)).toBe(1);
    expect(slowestOverlapping(spans, pauses, 2)).toBe(2);
    expect(slowestOverlapping(spans, pauses, 3)).toBe(2);
    expect(slowestOverlapping(spans, pauses, 5)).toBe(2);
    expect(slowestOverlapping(spans, [], 5)).toBe(0);
  });

  it('sees the collections this process runs', async () => {
    const watch = new GcWatch();
    let keep: object[] = [];
    for (let i = 0; i < 2_000_000; i++) {
      keep.push({ i });
      if (keep.length > 1000) keep = [];
    }
    await new Promise((resolve) => setImmediate(resolve));
    const pauses = watch.stop();
    expect(pauses.length).toBeGreaterThan(0);
    for (const p of pauses) expect(p.end).toBeGreaterThanOrEqual(p.start);
  });
});
