import { describe, expect, it } from 'vitest';
import { convertWeight, makeReading, parseUnit, rawFrame, toGrams } from '../../../../shared/devices/scale/reading';

describe('scale readings', () => {
  it('converts to grams with the legal unit definitions, rounded to a milligram', () => {
    expect(toGrams(1.234, 'kg')).toBe(1234);
    expect(toGrams(0.5, 'lb')).toBe(226.796); // 0.5 × 453.59237
    expect(toGrams(1, 'oz')).toBe(28.35);
    expect(toGrams(250, 'mg')).toBe(0.25);
    expect(toGrams(-2, 'g')).toBe(-2);
  });

  it('converts between units', () => {
    expect(convertWeight(16, 'oz', 'lb')).toBeCloseTo(1, 12);
    expect(convertWeight(1, 'kg', 'g')).toBe(1000);
  });

  it('keeps stable and status in agreement', () => {
    expect(makeReading(1.2, 'kg', 'stable')).toEqual({ weight: 1.2, unit: 'kg', grams: 1200, stable: true, status: 'stable' });
    expect(makeReading(0, 'kg', 'zero').stable).toBe(true);
    expect(makeReading(1.2, 'kg', 'motion').stable).toBe(false);
    expect(makeReading(0, 'lb', 'over').stable).toBe(false);
    expect(Object.is(makeReading(-0, 'g', 'zero').weight, 0)).toBe(true);
  });

  it('parses unit abbreviations as scales send them', () => {
    expect(parseUnit('KG')).toBe('kg');
    expect(parseUnit(' lbs ')).toBe('lb');
    expect(parseUnit('g')).toBe('g');
    expect(parseUnit('stone')).toBeNull();
    expect(parseUnit('constructor')).toBeNull();
  });

  it('shows raw frames as text and hex for the test panel', () => {
    expect(rawFrame([0x02, 0x3f, 0x44, 0x0d], 5)).toEqual({ text: '\x02?D\r', hex: '02 3f 44 0d', at: 5 });
  });
});
