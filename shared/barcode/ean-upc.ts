// EAN/UPC data as transmitted after ]E0, ]E3 and ]E4, and ITF-14 after ]I1: a GTIN whose check
// digit is validated. `offset` is the position in the raw scan before the data (its identifier).
import { mod10CheckDigit } from './check-digit';
import { decodeError, type DecodeError } from './errors';

export type EanUpcResult = { ok: true; gtin: string } | { ok: false; error: DecodeError };

/**
 * UPC-E (8 digits: number system 0/1, six data digits, check digit) expanded to the UPC-A it
 * stands for, following the zero-suppression rules of the GS1 General Specifications (UPC-E,
 * "GTIN-12 with zero suppression"): the last data digit says where the zeros go.
 */
export function expandUpcE(code: string): string | null {
  if (!/^[01][0-9]{7}$/.test(code)) return null;
  const ns = code.charAt(0);
  const d = code.slice(1, 7);
  const check = code.charAt(7);
  const last = Number(d.charAt(5));
  let body: string;
  if (last <= 2) body = `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  else if (last === 3) body = `${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  else if (last === 4) body = `${d.slice(0, 4)}00000${d.charAt(4)}`;
  else body = `${d.slice(0, 5)}0000${last}`;
  return `${ns}${body}${check}`;
}

function checked(name: string, digits: string, shown: string, checkPosition?: number): EanUpcResult {
  const expected = mod10CheckDigit(digits.slice(0, -1));
  if (String(expected) !== digits.slice(-1)) {
    return {
      ok: false,
      error: decodeError('bad_check_digit', `${name} ${shown}: check digit ${digits.slice(-1)} is wrong (expected ${expected})`, checkPosition),
    };
  }
  return { ok: true, gtin: digits.padStart(14, '0') };
}

function nonDigit(name: string, data: string, offset: number): EanUpcResult | null {
  const at = data.search(/[^0-9]/);
  return at < 0 ? null : { ok: false, error: decodeError('non_numeric', `${name} must be digits only: "${data}"`, offset + at + 1) };
}

/** ITF-14 (]I1: Interleaved 2 of 5 with its check digit verified): 14 digits are a GTIN; null for other data. */
export function decodeItf14(data: string, offset = 0): EanUpcResult | null {
  if (data.length !== 14) return null;
  return nonDigit('ITF-14 (]I1)', data, offset) ?? checked('ITF-14', data, data, offset + 14);
}

export function decodeEanUpc(symbology: string, data: string, offset = 0): EanUpcResult {
  const bad = nonDigit(`EAN/UPC (${symbology})`, data, offset);
  if (bad) return bad;
  if (symbology === ']E4') {
    if (data.length !== 8) {
      return { ok: false, error: decodeError('bad_length', `EAN-8 (]E4) must have 8 digits, not ${data.length}`) };
    }
    return checked('EAN-8', data, data, offset + 8);
  }
  if (symbology === ']E3') {
    // Main symbol (13 digits) followed by a 2- or 5-digit add-on, which carries no GTIN.
    if (data.length !== 15 && data.length !== 18) {
      return {
        ok: false,
        error: decodeError('bad_length', `EAN/UPC with add-on (]E3) must have 15 or 18 digits, not ${data.length}`),
      };
    }
    return checked('EAN-13', data.slice(0, 13), data.slice(0, 13), offset + 13);
  }
  // ]E0: EAN-13 or UPC-A as 13 digits; some scanners send UPC-A as 12 and UPC-E as 8 digits.
  if (data.length === 13) return checked('EAN-13', data, data, offset + 13);
  if (data.length === 12) return checked('UPC-A', data, data, offset + 12);
  if (data.length === 8) {
    const upcA = expandUpcE(data);
    if (!upcA) {
      return { ok: false, error: decodeError('bad_value', `UPC-E ${data}: number system must be 0 or 1`) };
    }
    return checked('UPC-E', upcA, data, offset + 8);
  }
  return {
    ok: false,
    error: decodeError('bad_length', `EAN-13/UPC (]E0) must have 13 digits (or 12 for UPC-A, 8 for UPC-E), not ${data.length}`),
  };
}
