import { describe, expect, it } from 'vitest';
import { alternation, checkOrder, dueTimes, maxInFlight, runOnSchedule } from './schedule';

describe('bench scheduling', () => {
  it('alternation runs every arm once a round and rotates who goes first', () => {
    const rounds = alternation(['a', 'b', 'c'], 4);
    expect(rounds).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
      ['a', 'b', 'c'],
    ]);
  });

  it('dueTimes spaces sends evenly at the rate', () => {
    expect(dueTimes(100, 4)).toEqual([0, 10, 20, 30]);
    expect(dueTimes(20, 3)).toEqual([0, 50, 100]);
    expect(() => dueTimes(0, 1)).toThrow(RangeError);
  });

  it('maxInFlight counts overlapping intervals; touching ones do not overlap', () => {
    expect(maxInFlight([])).toBe(0);
    expect(maxInFlight([{ start: 0, end: 5 }, { start: 5, end: 9 }])).toBe(1);
    expect(maxInFlight([{ start: 0, end: 10 }, { start: 2, end: 4 }, { start: 3, end: 12 }, { start: 11, end: 13 }])).toBe(3);
  });

  it('checkOrder finds drops, strangers, repeats and reordering', () => {
    expect(checkOrder(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ missing: 0, unexpected: 0, outOfOrder: 0, strangers: [] });
    expect(checkOrder(['a', 'b', 'c'], ['a', 'c'])).toEqual({ missing: 1, unexpected: 0, outOfOrder: 0, strangers: [] });
    expect(checkOrder(['a', 'b', 'c'], ['a', 'b', 'b', 'x', 'c'])).toEqual({ missing: 0, unexpected: 2, outOfOrder: 0, strangers: ['b', 'x'] });
    expect(checkOrder(['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd']).outOfOrder).toBe(1);
    expect(checkOrder(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c']).outOfOrder).toBe(3);
    expect(checkOrder(['a', 'b'], ['ab']).strangers).toEqual(['ab']);
  });

  it('runOnSchedule sends on schedule without waiting for earlier answers', async () => {
    const clock = () => performance.now();
    const started: number[] = [];
    let answerAll!: () => void;
    const allSent = new Promise<void>((resolve) => (answerAll = resolve));
    // No answer comes until every send has gone out: a scheduler that waited would never finish.
    const { results, sends } = await runOnSchedule(
      200,
      5,
      async (i) => {
        started.push(i);
        if (started.length === 5) answerAll();
        await allSent;
        return i * 2;
      },
      clock,
    );
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(results).toEqual([0, 2, 4, 6, 8]);
    for (const [i, s] of sends.entries()) {
      expect(s.due).toBeCloseTo(sends[0]!.due + i * 5, 6);
      expect(s.sent).toBeGreaterThanOrEqual(s.due - 1); // never early (timers may round by < 1 ms)
      expect(s.answered).toBeGreaterThanOrEqual(s.sent);
    }
  });
});
