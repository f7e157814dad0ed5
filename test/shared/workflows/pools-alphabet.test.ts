import { describe, expect, it } from 'vitest';
import { firstInvalidChar } from '../../../shared/barcode/charsets';
import { defaultBatchName } from '../../../shared/workflows/pools';
import { gs1SerialProblem, POOL_ALPHABETS, randomSerials, serialSpace } from '../../../shared/workflows/pools-alphabet';

/** A deterministic byte source (xorshift32) standing in for crypto randomness. */
function seeded(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      out[i] = s & 0xff;
    }
    return out;
  };
}

describe('pool alphabets', () => {
  it('every alphabet is made of GS1 CSET 82 characters (AI 21 can carry any generated serial)', () => {
    for (const chars of Object.values(POOL_ALPHABETS)) expect(firstInvalidChar(chars, 'X')).toBe(-1);
  });

  it('the default alphabet has no look-alike characters and no lower case', () => {
    for (const c of '0O1IL2Z5S8BDQ') expect(POOL_ALPHABETS.safe).not.toContain(c);
    expect(POOL_ALPHABETS.safe).toBe(POOL_ALPHABETS.safe.toUpperCase());
    expect(new Set(POOL_ALPHABETS.safe).size).toBe(POOL_ALPHABETS.safe.length);
  });
});

describe('randomSerials', () => {
  it('makes distinct serials of the asked length from the alphabet only', () => {
    const serials = randomSerials(POOL_ALPHABETS.safe, 10, 500, seeded(7));
    expect(serials).toHaveLength(500);
    expect(new Set(serials).size).toBe(500);
    for (const s of serials) expect(s).toMatch(/^[34679ACEFGHJKMNPRTUVWXY]{10}$/);
  });

  it('uses every character of the alphabet about equally (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (const s of randomSerials(POOL_ALPHABETS.safe, 20, 2000, seeded(99))) for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (2000 * 20) / POOL_ALPHABETS.safe.length;
    expect(counts.size).toBe(POOL_ALPHABETS.safe.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.1);
  });

  it('redraws bytes that would bias the modulo instead of folding them', () => {
    // 23 characters: 253 = 11 × 23, so bytes 253..255 must be skipped. A source giving 255 then 0 yields the first character.
    let calls = 0;
    const rigged = (n: number) => {
      calls++;
      return Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 255 : 0));
    };
    expect(randomSerials(POOL_ALPHABETS.safe, 4, 1, rigged)).toEqual(['3333']);
    expect(calls).toBe(1);
  });

  it('stops with fewer serials when the space is smaller than the count', () => {
    const serials = randomSerials(POOL_ALPHABETS.digits, 1, 50, seeded(3));
    expect(serials.length).toBeLessThanOrEqual(10);
    expect(new Set(serials).size).toBe(serials.length);
  });

  it('refuses lengths GS1 AI (21) cannot carry', () => {
    expect(() => randomSerials(POOL_ALPHABETS.safe, 21, 1, seeded(1))).toThrow(RangeError);
    expect(() => randomSerials(POOL_ALPHABETS.safe, 0, 1, seeded(1))).toThrow(RangeError);
  });

  it('knows how many serials an alphabet and length can make', () => {
    expect(serialSpace('0123456789', 3)).toBe(1000);
    expect(serialSpace(POOL_ALPHABETS.cset82, 20)).toBe(Infinity);
  });
});

describe('gs1SerialProblem', () => {
  it('accepts 1 to 20 CSET 82 characters, including punctuation GS1 allows', () => {
    expect(gs1SerialProblem('A')).toBeNull();
    expect(gs1SerialProblem('bc-./()"%&*+,:;<=>?_')).toBeNull();
    expect(gs1SerialProblem('X'.repeat(20))).toBeNull();
  });

  it('names what is wrong: empty, too long, or the first character outside CSET 82', () => {
    expect(gs1SerialProblem('')).toMatch(/empty/);
    expect(gs1SerialProblem('X'.repeat(21))).toMatch(/at most 20 .* 21/);
    expect(gs1SerialProblem('AB CD')).toMatch(/" " at position 3/);
    expect(gs1SerialProblem('AB#')).toMatch(/"#" at position 3/);
    expect(gs1SerialProblem('ÄB')).toMatch(/position 1/);
  });
});

describe('defaultBatchName', () => {
  it('is the local date and time', () => {
    expect(defaultBatchName(new Date(2025, 2, 4, 9, 5, 7))).toBe('2025-03-04 09:05:07');
  });
});
