// Every way a scan is rejected: a stable code and a message naming the AI and the problem.
import { describe, expect, it } from 'vitest';
import { DECODE_ERROR_CODES, decodeScan, type DecodeErrorCode, type DecodeOptions } from '../../../shared/barcode';

const GS = '\x1d';
const GTIN = '0109501101530003';

function rejection(raw: string, opts: DecodeOptions = {}) {
  const r = decodeScan(raw, { referenceYear: 2025, ...opts });
  if (r.ok) throw new Error(`expected a rejection for ${JSON.stringify(raw)}`);
  return r.error;
}

// [raw scan, expected code, text the message must contain, decode options]
const CASES: [string, DecodeErrorCode, string, DecodeOptions?][] = [
  ['', 'empty', 'empty'],
  [']d2', 'empty', ']d2'],
  [']d2' + GS + GS, 'empty', 'no GS1 data'],
  ['x'.repeat(10 * 1024), 'too_long', '10240'],
  ['AB\x07CD', 'control_character', '0x07'],
  ['SERIAL42\r', 'control_character', '0x0D'],
  [']A0AB' + GS + 'CD', 'control_character', '0x1D'],
  [`]d2${GTIN}10A\x0421B`, 'control_character', '0x04'],
  [']d22345', 'unknown_ai', '"2345"'],
  [`]d2${GTIN}10ABC${GS}2345`, 'unknown_ai', 'at position 26'],
  [']d2ABC', 'unknown_ai', '"ABC"'],
  ['(2345)X', 'unknown_ai', '(2345)'],
  [']d2011234', 'bad_length', 'AI (01) GTIN'],
  [`]d2${GTIN}17250${GS}10A`, 'bad_length', 'AI (17)'],
  [`]d2${GTIN}10`, 'empty_element', 'AI (10) BATCH/LOT has no data'],
  [`]d2${GTIN}10ABCDEFGHIJKLMNOPQRSTU`, 'bad_length', '21 characters; 1 to 20 allowed'],
  ['(01)0950110153000', 'bad_length', 'AI (01)'],
  [`]d2${GTIN}8008250630123`, 'bad_length', 'does not fit the format N6+N2+[N2]+[N2]'],
  [`]d2${GTIN}4232760`, 'bad_length', 'N3+[N3]+[N3]+[N3]+[N3]'],
  [']d2010950110153000A', 'non_numeric', 'AI (01) GTIN: must be digits only, found "A"'],
  [`]d2${GTIN}17ABCDEF`, 'non_numeric', 'AI (17)'],
  [`]d2${GTIN}10AB#C`, 'bad_character', 'AI (10) BATCH/LOT: character "#" is not allowed (CSET 82) (at position 24)'],
  [`]d2${GTIN}10AB C`, 'bad_character', 'CSET 82'],
  [']d28010abc', 'bad_character', 'CSET 39'],
  [']d28030ABC=', 'bad_character', 'AI (8030)'],
  [']d20109501101530004', 'bad_check_digit', 'AI (01) GTIN'],
  [']d200106141412345678907', 'bad_check_digit', 'AI (00) SSCC'],
  [']C14149501101000005', 'bad_check_digit', 'AI (414)'],
  [']d280131987654Ad4X4bL5ttr2310cXK', 'bad_check_digit', 'expected "2K"'],
  [`]d2${GTIN}17251301`, 'bad_date', 'month 13'],
  [`]d2${GTIN}17250230`, 'bad_date', 'AI (17) USE BY or EXPIRY'],
  [`]d2${GTIN}17230229`, 'bad_date', '2023-02 has only 28 days'],
  [`]d2${GTIN}70032506302400`, 'bad_date', 'hour 24'],
  [`]d2${GTIN}7006250600`, 'bad_date', 'day 00'],
  [']d200106141412345678908' + '43212', 'bad_value', 'AI (4321)'],
  [`]d2${GTIN}422999`, 'bad_value', 'ISO 3166'],
  [']d2800609501101530003' + '0302', 'bad_value', 'piece 03 is greater than the total 02'],
  [']d28004ABC', 'bad_value', 'GS1 Company Prefix'],
  [']d24159501101530003' + '8007GB83WEST12345698765432', 'bad_value', 'not a valid IBAN'],
  [`]d2${GTIN}3912` + '0001299', 'bad_value', 'ISO 4217'],
  [`]d2${GTIN}21SERIAL0123456789` + '10LOT12345', 'missing_fnc1', 'AI (21) SERIAL: no FNC1 separator after "SERIAL0123456789"'],
  [`]d2${GTIN}2112345678901234567` + '17250630', 'missing_fnc1', 'AI (17) follows'],
  [`]d2${GTIN}10A${GS}10B`, 'duplicate_ai', 'AI (10) appears twice'],
  [`]d2${GTIN}0209501101530003`, 'invalid_pair', 'AI (02) CONTENT must not appear together with AI (01)'],
  [`]C1${GTIN}3103000189` + '3102001890', 'invalid_pair', '(3102)'],
  ['(01', 'bad_hri', '(01'],
  ['(1)ABC', 'bad_hri', '(1)ABC'],
  [`]d2${GTIN}10A${GS}${GS}21B`, 'empty_element', 'two FNC1 separators in a row'],
  ['(01)09501101530003(10)(21)B', 'empty_element', 'AI (10) BATCH/LOT has no data'],
  [']C121ABC123', 'missing_association', 'AI (21) SERIAL needs one of (01), (03), (8006)', { enforceAssociations: true }],
  [']C1' + '2531234567890128' + GS + '8030ABC', 'missing_serial_part', 'AI (253) GDTI "1234567890128" has no serial part'],
  ['https://id.gs1.org/01/09506000134352/21/A/10/B', 'bad_digital_link', 'AI (10) cannot follow here'],
];

describe('decodeScan rejections', () => {
  it.each(CASES)('%j → %s', (raw, code, text, opts) => {
    const error = rejection(raw, opts);
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
  });

  it('covers every error code', () => {
    expect(new Set(CASES.map(([, code]) => code))).toEqual(new Set(DECODE_ERROR_CODES));
  });

  it('accepts a scan of exactly maxLength characters and rejects one more', () => {
    expect(decodeScan('A'.repeat(4096)).ok).toBe(true);
    expect(rejection('A'.repeat(4097)).code).toBe('too_long');
    expect(decodeScan('ABCDE', { maxLength: 5 }).ok).toBe(true);
    expect(rejection('ABCDEF', { maxLength: 5 }).code).toBe('too_long');
  });

  it('accepts values at their maximum length and rejects one character more', () => {
    expect(decodeScan(`]d2${GTIN}10${'A'.repeat(20)}`).ok).toBe(true);
    expect(decodeScan(`]d2${GTIN}30${'9'.repeat(8)}`).ok).toBe(true);
    expect(rejection(`]d2${GTIN}30${'9'.repeat(9)}`).code).toBe('bad_length');
    expect(decodeScan(`]d2${GTIN}91${'x'.repeat(90)}`).ok).toBe(true);
    expect(rejection(`]d2${GTIN}91${'x'.repeat(91)}`).code).toBe('bad_length');
    expect(decodeScan(`]d2${GTIN}10A`).ok).toBe(true); // shortest batch
  });

  it('rejects GS1 errors in the human-readable form too', () => {
    expect(rejection('(01)09501101530004').code).toBe('bad_check_digit');
    expect(rejection('(01)09501101530003(17)251301').code).toBe('bad_date');
    expect(rejection('(01)09501101530003(10)A(10)B').code).toBe('duplicate_ai');
  });
});
