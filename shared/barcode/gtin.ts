import { hasValidMod10, mod10CheckDigit } from './check-digit';

const GTIN_LENGTHS = new Set([8, 12, 13, 14]);

function allDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/** The GS1 mod-10 check digit for a GTIN body (7, 11, 12 or 13 digits, without check digit). */
export function gtinCheckDigit(body: string): number {
  if (!allDigits(body)) throw new TypeError(`GTIN body must be digits only: "${body}"`);
  return mod10CheckDigit(body);
}

/** True for a GTIN-8, -12, -13 or -14 whose check digit is right. */
export function isValidGtin(code: string): boolean {
  return GTIN_LENGTHS.has(code.length) && allDigits(code) && hasValidMod10(code);
}

/**
 * A GTIN-8/12/13/14 as the 14-digit form used by AI (01) (zero-filled on the left), or null
 * when it is not a GTIN length, not digits, or its check digit is wrong. Use this to match a
 * scanned UPC/EAN against a product's stored GTIN.
 */
export function normalizeGtin(code: string): string | null {
  return isValidGtin(code) ? code.padStart(14, '0') : null;
}
