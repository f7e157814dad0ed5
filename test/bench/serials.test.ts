import { describe, expect, it } from 'vitest';
import { benchSerial, benchSerials, permute40, seededRandom, SERIAL_STREAMS } from './serials';

describe('bench serials', () => {
  it('are the same on every call and look like serials', () => {
    expect(benchSerial(SERIAL_STREAMS.ledger, 12345)).toBe(benchSerial(SERIAL_STREAMS.ledger, 12345));
    for (const v of benchSerials(3, 1000)) expect(v).toMatch(/^SN[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('never repeat, within a stream or across streams', () => {
    const values = [...benchSerials(0, 100_000), ...benchSerials(1, 100_000), ...benchSerials(255, 1000, 2 ** 32 - 1000)];
    expect(new Set(values).size).toBe(values.length);
  });

  it('permute40 is one-to-one on a sample and stays in range', () => {
    const ys = Array.from({ length: 50_000 }, (_, x) => permute40(x * 7919 + 2 ** 39));
    expect(new Set(ys).size).toBe(50_000);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThan(2 ** 40);
    expect(ys.every(Number.isInteger)).toBe(true);
  });

  it('are not in ascending order: consecutive serials land all over the key space', () => {
    const values = benchSerials(SERIAL_STREAMS.scanPath, 10_000);
    const ascending = values.filter((v, i) => i > 0 && v > values[i - 1]!).length / (values.length - 1);
    expect(ascending).toBeGreaterThan(0.45);
    expect(ascending).toBeLessThan(0.55);
    // Spread: the first character after the prefix takes every one of its 32 values.
    expect(new Set(values.map((v) => v[2])).size).toBe(32);
  });

  it('refuses indexes and streams outside their range', () => {
    expect(() => benchSerial(0, -1)).toThrow(RangeError);
    expect(() => benchSerial(0, 2 ** 32)).toThrow(RangeError);
    expect(() => benchSerial(256, 0)).toThrow(RangeError);
  });

  it('seededRandom repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});
