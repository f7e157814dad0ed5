// Every refusal that has an offending character gives its 1-based position in the raw scan
// (symbology identifier and FNC1 substitutes counted as scanned), also in the message.
import { describe, expect, it } from 'vitest';
import { decodeScan, type DecodeOptions } from '../../../shared/barcode';

const GS = '\x1d';
const GTIN = '0109501101530003';

function at(raw: string, opts: DecodeOptions = {}): [string, number | undefined] {
  const r = decodeScan(raw, { referenceYear: 2026, ...opts });
  if (r.ok) throw new Error(`expected a refusal for ${JSON.stringify(raw)}`);
  if (r.error.position !== undefined) expect(r.error.message).toContain(`(at position ${r.error.position})`);
  return [r.error.code, r.error.position];
}

describe('error positions', () => {
  it('points at the character in element strings', () => {
    expect(at(`]d2${GTIN}10AB#C`)).toEqual(['bad_character', 24]); // "#"
    expect(at(`]d2010950110153000A`)).toEqual(['non_numeric', 19]);
    expect(at(`]d20109501101530004`)).toEqual(['bad_check_digit', 19]); // the check digit
    expect(at(`]d2${GTIN}10ABC${GS}2345`)).toEqual(['unknown_ai', 26]);
    expect(at(`]d2${GTIN}10A\x0421B`)).toEqual(['control_character', 23]);
    expect(at(`]d2${GTIN}17251301`)).toEqual(['bad_date', 22]); // the date's first digit
    expect(at(`]d2${GTIN}21SERIAL0123456789` + '10LOT12345')).toEqual(['missing_fnc1', 38]); // where (10) starts
    expect(at(`]d2${GTIN}10${'A'.repeat(21)}`)).toEqual(['bad_length', 42]); // the first character too many
    expect(at(`]d2${GTIN}17250${GS}10A`)).toEqual(['bad_length', 25]); // the FNC1 that cut (17) short
    expect(at(`]d2${GTIN}10A${GS}10B`)).toEqual(['duplicate_ai', 24]); // the second (10)
    expect(at(`]d2${GTIN}0209501101530003`)).toEqual(['invalid_pair', 20]);
    expect(at(`]d28004ABC`)).toEqual(['bad_value', 8]); // no company prefix: its first character
  });

  it('counts from the start of the scan without identifier, and through FNC1 substitutes', () => {
    expect(at(`${GTIN}10AB#C${GS}21X`)).toEqual(['bad_character', 21]);
    expect(at(`]d2${GTIN}10AB<GS>21X#`, { fnc1Substitutes: ['<GS>'] })).toEqual(['bad_character', 31]);
    expect(at(`]d2${GTIN}10A^]^]21X`, { fnc1Substitutes: ['^]'] })).toEqual(['empty_element', 25]);
  });

  it('points into the human-readable form', () => {
    expect(at('(01)09501101530004')).toEqual(['bad_check_digit', 18]);
    expect(at('  (01)09501101530003(10)AB#C')).toEqual(['bad_character', 27]);
    expect(at('(01)09501101530003(2345)X')).toEqual(['unknown_ai', 20]);
  });

  it('points at the check digit of EAN/UPC and ITF-14', () => {
    expect(at(']E09501101530004')).toEqual(['bad_check_digit', 16]);
    expect(at(']E4950123')).toEqual(['bad_length', undefined]); // nothing to point at
    expect(at(']I109501101530004')).toEqual(['bad_check_digit', 17]);
    expect(at(']E09501A01530003')).toEqual(['non_numeric', 8]);
  });
});
