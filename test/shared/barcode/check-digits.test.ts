import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, isValidGtin, normalizeGtin } from '../../../shared/barcode';
import { alphaCheckPair, hasValidMod10, mod10CheckDigit } from '../../../shared/barcode/check-digit';

describe('GTIN helpers', () => {
  it('computes the mod-10 check digit of GTIN bodies', () => {
    expect(gtinCheckDigit('950110153000')).toBe(3); // GTIN-13 9501101530003, GS1 example
    expect(gtinCheckDigit('01234567890')).toBe(5); // UPC-A 012345678905, General Specifications Figure 5.1-1
    expect(gtinCheckDigit('9501234')).toBe(6); // GTIN-8 95012346
    expect(gtinCheckDigit('0401234567890')).toBe(1); // GTIN-14 04012345678901
    expect(() => gtinCheckDigit('12A')).toThrow(TypeError);
  });

  it('normalises GTIN-8/12/13/14 to 14 digits when the check digit is right', () => {
    expect(normalizeGtin('95012346')).toBe('00000095012346');
    expect(normalizeGtin('012345678905')).toBe('00012345678905');
    expect(normalizeGtin('9501101530003')).toBe('09501101530003');
    expect(normalizeGtin('09501101530003')).toBe('09501101530003');
  });

  it('rejects wrong check digits, wrong lengths and non-digits', () => {
    expect(normalizeGtin('9501101530004')).toBeNull();
    expect(normalizeGtin('95011015300')).toBeNull(); // 11 digits
    expect(normalizeGtin('950110153000300')).toBeNull(); // 15 digits
    expect(normalizeGtin('950110153000A')).toBeNull();
    expect(normalizeGtin('')).toBeNull();
    expect(isValidGtin('012345678905')).toBe(true);
    expect(isValidGtin('012345678904')).toBe(false);
  });

  it('lets a scanned UPC-A match the same product stored as GTIN-13 or GTIN-14', () => {
    expect(normalizeGtin('012345678905')).toBe(normalizeGtin('0012345678905'));
    expect(normalizeGtin('012345678905')).toBe(normalizeGtin('00012345678905'));
  });
});

describe('GS1 check digit algorithms', () => {
  it('validates SSCC and GLN check digits with the same mod-10 rule', () => {
    expect(hasValidMod10('106141412345678908')).toBe(true); // SSCC (00)106141412345678908
    expect(hasValidMod10('106141412345678907')).toBe(false);
    expect(mod10CheckDigit('950110153000')).toBe(3);
  });

  it('computes the alphanumeric check character pair (GMN, AI 8013)', () => {
    // Example of General Specifications "Check character calculation (for alphanumeric keys)".
    expect(alphaCheckPair('1987654Ad4X4bL5ttr2310c')).toBe('2K');
    expect(alphaCheckPair('12345678901234567890123')).toBe('NT');
    expect(alphaCheckPair('00000!')).toBe('HV');
    expect(alphaCheckPair('ab cd')).toBeNull(); // space is not CSET 82
  });
});
