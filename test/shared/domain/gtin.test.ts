import { describe, expect, it } from 'vitest';
import { isValidUpc, normalizeGtin } from '../../../shared/domain/gtin';

describe('GTIN in catalog documents', () => {
  it('normalises GTIN-8/12/13/14 with valid check digits to 14 digits', () => {
    expect(normalizeGtin('4006381333931')).toBe('04006381333931'); // EAN-13
    expect(normalizeGtin('036000291452')).toBe('00036000291452'); // UPC-A
    expect(normalizeGtin('96385074')).toBe('00000096385074'); // EAN-8
    expect(normalizeGtin('10012345678902')).toBe('10012345678902'); // GTIN-14
  });

  it('rejects wrong check digits, lengths and non-digits', () => {
    expect(normalizeGtin('4006381333932')).toBeNull();
    expect(normalizeGtin('40063813339')).toBeNull();
    expect(normalizeGtin('40063813339a1')).toBeNull();
  });

  it('accepts a UPC only as a 12-digit GTIN-12', () => {
    expect(isValidUpc('036000291452')).toBe(true);
    expect(isValidUpc('036000291453')).toBe(false);
    expect(isValidUpc('4006381333931')).toBe(false);
  });
});
