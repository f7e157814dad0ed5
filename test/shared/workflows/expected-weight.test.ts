import { describe, expect, it } from 'vitest';
import { checkExpectedWeight, describeExpected, expectedWeight } from '../../../shared/workflows/expected-weight';

const items = [
  { sku: 'SCN-100', qty: 2, weight_grams: 210 },
  { sku: 'CBL-USB', qty: 2, weight_grams: 60 },
];

describe('expected package weight', () => {
  it('is off without a tolerance', () => {
    expect(expectedWeight(items, 300, null)).toEqual({ check: 'off' });
    expect(describeExpected({ check: 'off' })).toBeNull();
  });

  it('is the catalog weights of the packed units plus the packaging, with a range', () => {
    const e = expectedWeight(items, 300, 10);
    expect(e).toEqual({ check: 'on', grams: 840, tolerance_percent: 10, min_grams: 756, max_grams: 924 });
    expect(describeExpected(e)).toBe('Expected 840 g ± 10 % (756–924 g).');
    expect(checkExpectedWeight(840, e)).toEqual({ ok: true });
    expect(checkExpectedWeight(756, e)).toEqual({ ok: true });
    expect(checkExpectedWeight(1250, e)).toEqual({
      ok: false,
      message: expect.stringMatching(/weighs 1250 g; .*840 g ± 10 % \(756–924 g\): 48.81 % heavier/),
      message_key: 'verdicts-shipping.expected.outOfRange',
      params: { weighed: 1250, grams: 840, tolerance: 10, min: 756, max: 924, off: 'heavier', percent: 48.81 },
    });
    expect(checkExpectedWeight(700, e)).toMatchObject({ ok: false, message: expect.stringContaining('lighter') });
  });

  it('is skipped, and says so, when a packed product has no catalog weight', () => {
    const e = expectedWeight([...items, { sku: 'LBL-4X6', qty: 1, weight_grams: null }], 0, 10);
    expect(e).toEqual({ check: 'skipped', missing: ['LBL-4X6'] });
    expect(describeExpected(e)).toBe('Expected weight not checked: no catalog weight for LBL-4X6.');
    expect(checkExpectedWeight(99_999, e)).toEqual({ ok: true });
  });

  it('an expected weight of zero refuses any weight without dividing by zero', () => {
    const e = expectedWeight([{ sku: 'X', qty: 1, weight_grams: 0 }], 0, 10);
    expect(checkExpectedWeight(5, e)).toMatchObject({ ok: false, message: expect.not.stringContaining('Infinity') });
  });
});
