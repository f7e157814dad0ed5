// The check rules of the 2026-01-27 dictionary that were missing before: coupon structures,
// package types, the current ISO 4217 list, new AIs, the 8030 serial-part rule, empty elements.
import { describe, expect, it } from 'vitest';
import { decodeScan, type DecodeOptions } from '../../../shared/barcode';

const GS = '\x1d';
const SSCC = '00106141412345678908';
const GTIN = '0109501101530003';

function decode(raw: string, opts: DecodeOptions = {}) {
  return decodeScan(raw, { referenceYear: 2026, ...opts });
}
function accepted(raw: string): boolean {
  return decode(raw).ok;
}
function refusal(raw: string): { code: string; message: string; position?: number } {
  const r = decode(raw);
  if (r.ok) throw new Error(`expected a refusal for ${JSON.stringify(raw)}`);
  return r.error;
}

// A coupon (8110): company prefix VLI 0 + 6 digits, offer code, save value VLI 2 + "50",
// 1st purchase requirement VLI 1 + "1", its code 0, family code 000.
const COUPON = '0614141' + '123456' + '250' + '11' + '0' + '000';

describe('couponcode (AI 8110)', () => {
  it('accepts the coupon structure with its optional fields in order', () => {
    expect(accepted(`]C18110${COUPON}`)).toBe(true);
    expect(accepted(`]C18110${COUPON}` + '1' + '2' + '11' + '0' + '000' + '9')).toBe(true); // 2nd purchase, no company prefix
    expect(accepted(`]C18110${COUPON}` + '2' + '11' + '9' + '000' + '0614141')).toBe(true); // 3rd purchase with prefix
    expect(accepted(`]C18110${COUPON}` + '3261231' + '4260101' + '50123456' + '61' + '9521234' + '9' + '0011')).toBe(true);
  });

  it('refuses a structure that breaks a field, naming the field and its position', () => {
    const cases: [string, string, number][] = [
      ['7614141123456250110000', 'company prefix length indicator "7" is not one of 0, 1, 2, 3, 4, 5, 6', 8],
      ['0614141123456' + '650110000', 'save value length indicator "6"', 21],
      ['0614141123456250' + '115000', '1st purchase requirement code "5" is not one of 0, 1, 2, 3, 4, 9', 26],
      [`${COUPON}3261231` + '4270101', 'start date 270101 is after its expiration date 261231', 38],
      [`${COUPON}3261331`, 'expiration date "261331": month 13 does not exist', 31],
      [`${COUPON}9` + '3011', 'save value code "3" is not one of 0, 1, 2, 5, 6', 31],
      [`${COUPON}7`, 'has 1 digits after its last field', 30],
      [`${COUPON}5`, 'ends before its serial number length indicator', 31],
      ['06141411234A6250110000', 'coupon data must be digits only, found "A"', 19],
    ];
    for (const [value, text, position] of cases) {
      const error = refusal(`]C18110${value}`);
      expect([error.code === 'bad_value' || error.code === 'non_numeric', error.message, error.position], value).toEqual([
        true,
        expect.stringContaining(text),
        position,
      ]);
    }
  });
});

describe('couponposoffer (AI 8112)', () => {
  it('accepts format code 0 or 1, funder ID, offer code and serial number', () => {
    expect(accepted(']C18112' + '0' + '0123456' + '123456' + '0123456')).toBe(true);
    expect(accepted(']C18112' + '1' + '3123456789' + '123456' + '41234567890')).toBe(true);
  });

  it('refuses the format code 2 of the issue, a short serial and extra digits', () => {
    expect(refusal(']C18112201234561234560123456')).toMatchObject({ code: 'bad_value', position: 8 });
    expect(refusal(']C18112201234561234560123456').message).toContain('format code "2" is not one of 0, 1');
    expect(refusal(']C18112' + '001234561234560' + '12345').message).toContain('serial number needs 6 digits');
    expect(refusal(']C18112' + '0012345612345601234567').message).toContain('digits after its last field');
  });
});

describe('packagetype (AI 7041)', () => {
  it('accepts package type codes and refuses others', () => {
    for (const code of ['BX', 'PX', 'CT', '1A', 'RB1', 'X11']) expect(accepted(`]C1${SSCC}7041${code}`), code).toBe(true);
    for (const code of ['EX', 'bx', 'ZZZZ', '1']) expect(refusal(`]C1${SSCC}7041${code}`).code, code).toBe('bad_value');
    expect(refusal(']C17041EX').message).toContain('"EX" is not a package type code');
  });
});

describe('ISO 4217 currency codes of the release (AIs 391n, 393n)', () => {
  it('refuses the withdrawn 191, 694, 931 and 932', () => {
    for (const currency of ['191', '694', '931', '932']) {
      expect(refusal(`]C1${GTIN}3932${currency}1299`).message, currency).toContain(`"${currency}" is not an ISO 4217 currency code`);
      expect(refusal(`]C13912${currency}1299`).code, currency).toBe('bad_value');
    }
  });

  it('accepts the current 396 (XAD) and 926 (VED), and the long-standing 978 (EUR)', () => {
    for (const currency of ['396', '926', '978']) expect(accepted(`]C1${GTIN}3102001000` + `3932${currency}1299`), currency).toBe(true);
  });
});

describe('AIs new in the 2026-01-27 release', () => {
  it('decodes (717) NHRN SRN and (8040)-(8043) IMEI, IMEI2, ESIM, PSIM', () => {
    const raw = `]d2${GTIN}21SN1${GS}717ABC-1${GS}8040356938035643809${GS}8041356938035643817${GS}8042${'1'.repeat(32)}${GS}8043${'2'.repeat(20)}`;
    const r = decode(raw);
    expect(r.ok ? r.elements.map((e) => e.ai) : r.error).toEqual(['01', '21', '717', '8040', '8041', '8042', '8043']);
    expect(r.ok && r.warnings).toEqual([]);
    expect(refusal(`]d2${GTIN}21SN1${GS}8040${'3'.repeat(14)}`).code).toBe('bad_length');
    expect(refusal(`]d2${GTIN}21SN1${GS}8043${'9'.repeat(21)}`).code).toBe('bad_length');
  });
});

describe('8030 digital signature: serialised keys', () => {
  it('refuses (253), (255) and (8003) without their serial part next to (8030)', () => {
    for (const key of ['2531234567890128', '2551234567890128', '800301234567890128']) {
      const error = refusal(`]C1${key}${GS}8030ABC123`);
      expect([error.code, error.position], key).toEqual(['missing_serial_part', 4]);
      expect(accepted(`]C1${key}`), key).toBe(true);
    }
  });

  it('accepts them with their serial part', () => {
    expect(accepted(`]C12531234567890128X${GS}8030ABC123`)).toBe(true);
    expect(accepted(`]C125512345678901280${GS}8030ABC123`)).toBe(true);
    expect(accepted(`]C1800301234567890128X${GS}8030ABC123`)).toBe(true);
  });
});

describe('empty elements', () => {
  it('refuses two FNC1 in a row: trailing, in the middle, or leading', () => {
    expect(refusal(`]d2${GTIN}10A${GS}${GS}`)).toMatchObject({ code: 'empty_element', position: 24 });
    expect(refusal(`]d2${GTIN}10A${GS}${GS}21B`).code).toBe('empty_element');
    expect(refusal(`]d2${GS}${GS}${GTIN}`)).toMatchObject({ code: 'empty_element', position: 5 });
    expect(decode(`]d2${GTIN}10A<GS><GS>21B`, { fnc1Substitutes: ['<GS>'] })).toMatchObject({
      ok: false,
      error: { code: 'empty_element', position: 27 },
    });
  });

  it('refuses an AI without data in every form', () => {
    expect(refusal(`]d2${GTIN}10${GS}21B`)).toMatchObject({ code: 'empty_element', position: 22 });
    expect(refusal('(01)09501101530003(10)(21)B').code).toBe('empty_element');
    expect(refusal('https://id.gs1.org/01/09501101530003?17=').code).toBe('empty_element');
  });

  it('still allows one FNC1 in first position, after a predefined-length AI, and at the end', () => {
    expect(accepted(`]d2${GS}${GTIN}${GS}10A`)).toBe(true);
    expect(accepted(`]d2${GTIN}10A${GS}`)).toBe(true);
  });
});
