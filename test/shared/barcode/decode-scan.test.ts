// Valid scans: byte vectors from the GS1 General Specifications (figure numbers of the
// edition cited by zint's test suite), as a scanner transmits them with AIM identifiers.
import { describe, expect, it } from 'vitest';
import { decodeScan, type ScanDecode } from '../../../shared/barcode';

const GS = '\x1d';
const opts = { referenceYear: 2025 };

function ok(result: ScanDecode) {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

describe('decodeScan: GS1 data with a symbology identifier', () => {
  it('decodes General Specifications Figure 2.6.14-3 as GS1 DataMatrix (]d2)', () => {
    const r = ok(decodeScan(']d2010950110153000317150119' + '10AB-123', opts));
    expect(r).toEqual({
      ok: true,
      symbology: ']d2',
      gs1: true,
      elements: [
        { ai: '01', value: '09501101530003' },
        { ai: '17', value: '150119' },
        { ai: '10', value: 'AB-123' },
      ],
      gtin: '09501101530003',
      serial: null,
      batch: 'AB-123',
      expiry: '2015-01-19',
      code: null,
      warnings: [],
    });
  });

  it('decodes Figure 2.6.14-4: GTIN and serial number', () => {
    const r = ok(decodeScan(']d20104012345678901' + '21ABCDEFG123456789', opts));
    expect([r.gtin, r.serial, r.batch, r.expiry]).toEqual(['04012345678901', 'ABCDEFG123456789', null, null]);
  });

  it('decodes Figure 4.15.1-1: FNC1 (GS) after variable-length AIs, none after predefined ones', () => {
    const raw =
      ']d2' + '0109504000059101' + '2112345678p901' + GS + '101234567p' + GS + '17141120' + '8200http://www.gs1.org/demo/';
    const r = ok(decodeScan(raw, opts));
    expect(r.elements).toEqual([
      { ai: '01', value: '09504000059101' },
      { ai: '21', value: '12345678p901' },
      { ai: '10', value: '1234567p' },
      { ai: '17', value: '141120' },
      { ai: '8200', value: 'http://www.gs1.org/demo/' },
    ]);
    expect(r.expiry).toBe('2014-11-20');
  });

  it('decodes Figure 5.6.2-1 and 5.6.3.2-3 (best-before date, internal AIs 91/92)', () => {
    const a = ok(decodeScan(']d2' + '0109512345678901' + '15170810' + '21abcde', opts));
    expect(a.elements.map((e) => e.ai)).toEqual(['01', '15', '21']);
    expect(a.expiry).toBeNull(); // (15) best before is not an expiry date
    const b = ok(
      decodeScan(
        ']d2' + '0100012345678905' + '17180401' + '21ABCDEFGHIJKL12345678' + GS + '91ABCDEFGHI123456789' + GS + '92abcdefghi',
        opts,
      ),
    );
    expect(b.elements.map((e) => [e.ai, e.value])).toEqual([
      ['01', '00012345678905'],
      ['17', '180401'],
      ['21', 'ABCDEFGHIJKL12345678'],
      ['91', 'ABCDEFGHI123456789'],
      ['92', 'abcdefghi'],
    ]);
  });

  it('accepts every GS1 identifier: GS1-128, DataBar, QR, DotCode', () => {
    for (const id of [']C1', ']e0', ']Q3', ']J1', ']d2']) {
      const r = ok(decodeScan(`${id}0104012345678901` + '17170101' + '10ABC123', opts));
      expect([r.symbology, r.gs1, r.gtin, r.batch, r.expiry]).toEqual([id, true, '04012345678901', 'ABC123', '2017-01-01']);
    }
  });

  it('reads expiry DD=00 as the last day of the month', () => {
    expect(ok(decodeScan(']d20109501101530003' + '17240200', opts)).expiry).toBe('2024-02-29');
    expect(ok(decodeScan(']d20109501101530003' + '17250200', opts)).expiry).toBe('2025-02-28');
    expect(ok(decodeScan(']d20109501101530003' + '17251100', opts)).expiry).toBe('2025-11-30');
    expect(ok(decodeScan(']d20109501101530003' + '17240200', opts)).elements[1]).toEqual({ ai: '17', value: '240200' });
  });

  it('splits predefined-length AIs without FNC1, and tolerates a GS after them or in first position', () => {
    const weights = ok(decodeScan(']C1' + '0109501101530003' + '3103000189' + '3922' + '0299', opts));
    expect(weights.elements).toEqual([
      { ai: '01', value: '09501101530003' },
      { ai: '3103', value: '000189' },
      { ai: '3922', value: '0299' },
    ]);
    const extraGs = ok(decodeScan(']C1' + GS + '0109501101530003' + GS + '17250630' + GS + '10A', opts));
    expect(extraGs.elements.map((e) => e.ai)).toEqual(['01', '17', '10']);
  });

  it('checks multi-part AIs component by component', () => {
    const values = (raw: string) => ok(decodeScan(raw, opts)).elements.map((e) => `${e.ai}:${e.value}`);
    expect(values(']d2' + '80030' + '9501101530003' + 'ABC')).toEqual(['8003:09501101530003ABC']); // GRAI + serial
    expect(values(']d2' + '0109501101530003' + '423' + '276040' + GS + '7007' + '250101250131')).toEqual([
      '01:09501101530003',
      '423:276040', // two ISO 3166 countries
      '7007:250101250131', // harvest date range
    ]);
    expect(values(']d2' + '00106141412345678908' + '4330' + '032000-')).toEqual([
      '00:106141412345678908',
      '4330:032000-', // -320.00 °F, sign as trailing hyphen
    ]);
    expect(values(']d2' + '4159501101530003' + '8007GB82WEST12345698765432' + GS + '8020REF1')).toEqual([
      '415:9501101530003',
      '8007:GB82WEST12345698765432',
      '8020:REF1',
    ]);
    expect(values(']d2' + '80131987654Ad4X4bL5ttr2310c2K')).toEqual(['8013:1987654Ad4X4bL5ttr2310c2K']);
    expect(values(']d2' + '0109501101530003' + '80082506301230')).toEqual(['01:09501101530003', '8008:2506301230']);
  });

  it('drops an AI repeated with the same value', () => {
    const r = ok(decodeScan(']d20109501101530003' + '10A' + GS + '0109501101530003', opts));
    expect(r.elements).toEqual([
      { ai: '01', value: '09501101530003' },
      { ai: '10', value: 'A' },
    ]);
  });
});

describe('decodeScan: FNC1 substitutes from keyboard-wedge scanners', () => {
  const raw = (sep: string) => `]d2010950110153000310LOT7${sep}21SN-42`;

  it.each(['<GS>', '{GS}', '^]', '~', '|'])('replaces %s with GS when decoding GS1', (sep) => {
    const r = ok(decodeScan(raw(sep), { ...opts, fnc1Substitutes: [sep] }));
    expect([r.batch, r.serial]).toEqual(['LOT7', 'SN-42']);
  });

  it('applies several substitutes, longest first', () => {
    const r = ok(decodeScan(']d2010950110153000310A<GS>21B~22C', { fnc1Substitutes: ['~', '<GS>'] }));
    expect(r.elements.map((e) => e.value)).toEqual(['09501101530003', 'A', 'B', 'C']);
  });

  it('also applies them to GS1 data without an identifier', () => {
    const r = ok(decodeScan('010950110153000310LOT7|21SN-42', { fnc1Substitutes: ['|'] }));
    expect([r.gs1, r.batch, r.serial]).toEqual([true, 'LOT7', 'SN-42']);
  });

  it('leaves plain codes untouched', () => {
    const r = ok(decodeScan(']A0PART|42', { fnc1Substitutes: ['|'] }));
    expect([r.gs1, r.code]).toEqual([false, 'PART|42']);
  });

  it('without a substitute configured, the separator text stays in the value', () => {
    const r = decodeScan(raw('|'), opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('bad_character');
  });
});

describe('decodeScan: human-readable form typed at the dock', () => {
  it('decodes "(01)...(17)...(10)..."', () => {
    const r = ok(decodeScan('(01)09501101530003(17)250630(10)AB-12', opts));
    expect([r.symbology, r.gs1, r.gtin, r.expiry, r.batch]).toEqual([null, true, '09501101530003', '2025-06-30', 'AB-12']);
  });

  it('allows spaces between elements and values that do not start with (01)', () => {
    const r = ok(decodeScan(' (10) ABC123 (17) 250600 ', opts));
    expect(r.elements).toEqual([
      { ai: '10', value: 'ABC123' },
      { ai: '17', value: '250600' },
    ]);
    expect(r.expiry).toBe('2025-06-30');
  });
});

describe('decodeScan: GS1 without an identifier', () => {
  it('is GS1 when it parses completely and starts with (00), (01) or (02)', () => {
    expect(ok(decodeScan('0109501101530003' + '17250630' + '10AB', opts)).gs1).toBe(true);
    expect(ok(decodeScan('00106141412345678908', opts)).elements).toEqual([{ ai: '00', value: '106141412345678908' }]);
    expect(ok(decodeScan('0209501101530003' + '3712', opts)).elements.map((e) => e.ai)).toEqual(['02', '37']);
    expect(ok(decodeScan(GS + '0109501101530003', opts)).gs1).toBe(true);
  });

  it('is a plain code otherwise', () => {
    for (const data of ['10ABC', '0109501101530004', '0109501101530003XYZ!', '017', 'SN-000123', '9501101530003']) {
      const r = ok(decodeScan(data, opts));
      expect([r.gs1, r.code, r.elements, r.gtin], data).toEqual([false, data, [], null]);
    }
  });

  it('reports the GS1 error when the data carries a GS byte', () => {
    const r = decodeScan('0109501101530004' + '10A' + GS + '21B', opts);
    expect(r.ok ? null : r.error.code).toBe('bad_check_digit');
  });
});

describe('decodeScan: EAN/UPC', () => {
  it('gives the GTIN-14 of EAN-13, UPC-A (]E0) and EAN-8 (]E4)', () => {
    expect(ok(decodeScan(']E09501101530003'))).toMatchObject({ symbology: ']E0', gs1: false, gtin: '09501101530003', code: '9501101530003' });
    expect(ok(decodeScan(']E00012345678905')).gtin).toBe('00012345678905'); // UPC-A as 13 digits, Figure 5.1-1
    expect(ok(decodeScan(']E0012345678905')).gtin).toBe('00012345678905'); // UPC-A as 12 digits
    expect(ok(decodeScan(']E495012346')).gtin).toBe('00000095012346');
  });

  it('expands UPC-E (8 digits after ]E0) to its UPC-A GTIN', () => {
    expect(ok(decodeScan(']E004252614')).gtin).toBe('00042100005264');
    expect(ok(decodeScan(']E001234565')).gtin).toBe('00012345000065');
  });

  it('reads the main symbol of EAN-13 with add-on (]E3)', () => {
    const r = ok(decodeScan(']E3978020137962451995'));
    expect([r.gtin, r.code]).toEqual(['09780201379624', '978020137962451995']);
  });

  it('rejects bad check digits and lengths', () => {
    const codes = [']E09501101530004', ']E4950123', ']E0950110153', ']E09501101530A03', ']E42012345678'].map((raw) => {
      const r = decodeScan(raw);
      return r.ok ? 'ok' : r.error.code;
    });
    expect(codes).toEqual(['bad_check_digit', 'bad_length', 'bad_length', 'non_numeric', 'bad_length']);
  });
});

describe('decodeScan: ITF-14', () => {
  it('gives the GTIN of 14 digits with a valid check digit under ]I1', () => {
    expect(ok(decodeScan(']I109501101530003'))).toEqual({
      ok: true,
      symbology: ']I1',
      gs1: false,
      elements: [],
      gtin: '09501101530003',
      serial: null,
      batch: null,
      expiry: null,
      code: '09501101530003',
      warnings: [],
    });
    expect(ok(decodeScan(']I110012345678902')).gtin).toBe('10012345678902'); // a case (indicator digit 1)
  });

  it('refuses a wrong check digit; other lengths and ]I0 stay plain codes', () => {
    const r = decodeScan(']I109501101530004');
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual(['bad_check_digit', 'ITF-14 09501101530004: check digit 4 is wrong (expected 3) (at position 17)']);
    expect(ok(decodeScan(']I1123456'))).toMatchObject({ gtin: null, code: '123456' });
    expect(ok(decodeScan(']I009501101530003'))).toMatchObject({ gtin: null, code: '09501101530003' });
  });
});

describe('decodeScan: plain codes', () => {
  it('passes other symbologies through with their identifier', () => {
    expect(ok(decodeScan(']A0ABC-123'))).toEqual({
      ok: true,
      symbology: ']A0',
      gs1: false,
      elements: [],
      gtin: null,
      serial: null,
      batch: null,
      expiry: null,
      code: 'ABC-123',
      warnings: [],
    });
    expect(ok(decodeScan(']C0SERIAL 42')).code).toBe('SERIAL 42'); // Code 128 without FNC1: not GS1
    expect(ok(decodeScan(']Q1https://example.com/x')).code).toBe('https://example.com/x');
  });

  it('keeps data that only looks like an identifier', () => {
    expect(ok(decodeScan(']')).code).toBe(']');
    expect(ok(decodeScan(']1A')).code).toBe(']1A');
    expect(ok(decodeScan('Ünïcode-Ω')).code).toBe('Ünïcode-Ω');
  });
});
