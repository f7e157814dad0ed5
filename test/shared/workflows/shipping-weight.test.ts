import { describe, expect, it } from 'vitest';
import type { ScaleStatus, ScaleUnit } from '../../../shared/devices/scale/reading';
import { autoShipWeight, toMillimetres, typedWeight, weightFromReading } from '../../../shared/workflows/shipping-weight';

const reading = (weight: number, status: ScaleStatus, unit: ScaleUnit = 'kg') => ({ weight, unit, grams: weight * (unit === 'kg' ? 1000 : 1), status });

describe('package weights', () => {
  it('only a stable weight above zero from the scale is a package weight; each refusal says what the scale shows', () => {
    expect(weightFromReading(reading(0.85, 'stable'))).toEqual({ ok: true, grams: 850 });
    expect(weightFromReading(reading(0.85, 'motion'))).toEqual({ ok: false, message: 'The scale is in motion (0.85 kg): wait for a stable weight.', message_key: 'verdicts-shipping.weight.motion', params: { weight: 0.85, unit: 'kg' } });
    expect(weightFromReading(reading(0, 'over'))).toMatchObject({ ok: false, message: expect.stringContaining('overloaded') });
    expect(weightFromReading(reading(0, 'under'))).toMatchObject({ ok: false, message: expect.stringContaining('under zero') });
    expect(weightFromReading(reading(-0.2, 'stable'))).toMatchObject({ ok: false, message: expect.stringContaining('negative weight (-0.2 kg)') });
    expect(weightFromReading(reading(0, 'zero'))).toMatchObject({ ok: false, message: 'The scale reads zero: put the package on the scale.' });
    expect(weightFromReading(reading(0, 'error'))).toMatchObject({ ok: false, message: expect.stringContaining('error') });
    expect(weightFromReading(null)).toMatchObject({ ok: false, message: 'The scale has sent no reading yet.' });
  });

  it('a typed weight is converted to grams and must be above zero', () => {
    expect(typedWeight(2.5, 'lb')).toEqual({ ok: true, grams: 1133.981 });
    expect(typedWeight(12, 'oz')).toEqual({ ok: true, grams: 340.194 });
    expect(typedWeight(0, 'kg')).toMatchObject({ ok: false });
    expect(typedWeight(Number.NaN, 'g')).toMatchObject({ ok: false });
    expect(typedWeight(5000, 'kg')).toMatchObject({ ok: false, message: expect.stringContaining('more than a package') });
  });

  it('dimensions are stored in millimetres', () => {
    expect([toMillimetres(12, 'in'), toMillimetres(30, 'cm'), toMillimetres(250, 'mm')]).toEqual([304.8, 300, 250]);
  });

  it('shipping.autoShipAfterWeight: ships at the package step with a weight the package may take, only when the option is on', () => {
    expect(autoShipWeight({ kind: 'package' }, true, { ok: true, grams: 1500 })).toBe(1500);
    expect(autoShipWeight({ kind: 'package' }, false, { ok: true, grams: 1500 })).toBeNull();
    expect(autoShipWeight({ kind: 'package' }, true, { ok: false })).toBeNull();
    expect(autoShipWeight({ kind: 'items' }, true, { ok: true, grams: 1500 })).toBeNull();
  });
});
