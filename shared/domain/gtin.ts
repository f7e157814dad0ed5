import { normalizeGtin } from '../barcode/gtin';

/** GTIN helpers for catalog documents; the check-digit rules live in shared/barcode. */
export { gtinCheckDigit, normalizeGtin } from '../barcode/gtin';

/** A UPC-A code is a GTIN-12: 12 digits with a valid check digit. */
export function isValidUpc(code: string): boolean {
  return code.length === 12 && normalizeGtin(code) !== null;
}
