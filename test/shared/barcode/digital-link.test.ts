// GS1 Digital Link URIs → the same elements as the element string. Examples in the form of the
// GS1 Digital Link URI Syntax standard (its fictitious 952 GS1 prefix identifiers, id.gs1.org
// and any other domain), then every way a URI is refused: which part, why, and where.
import { describe, expect, it } from 'vitest';
import { decodeScan, encodeElementString, type Gs1Element, type ScanDecode } from '../../../shared/barcode';

const opts = { referenceYear: 2026 };
const el = (ai: string, value: string): Gs1Element => ({ ai, value });

function ok(r: ScanDecode) {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r;
}
function refusal(raw: string) {
  const r = decodeScan(raw, opts);
  if (r.ok) throw new Error(`expected a refusal for ${raw}`);
  return r.error;
}

const ROUND_TRIPS: [string, Gs1Element[]][] = [
  ['https://id.gs1.org/01/09520123456788', [el('01', '09520123456788')]],
  ['https://id.gs1.org/01/09520123456788/22/2A', [el('01', '09520123456788'), el('22', '2A')]],
  ['https://id.gs1.org/01/09520123456788/10/ABC123', [el('01', '09520123456788'), el('10', 'ABC123')]],
  ['https://id.gs1.org/01/09520123456788/21/12345', [el('01', '09520123456788'), el('21', '12345')]],
  [
    'https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426',
    [el('01', '09520123456788'), el('10', 'ABC1'), el('21', '12345'), el('17', '180426')],
  ],
  ['https://example.com/01/09520123456788?3103=000195', [el('01', '09520123456788'), el('3103', '000195')]],
  ['https://id.gs1.org/00/952012345678912345', [el('00', '952012345678912345')]],
  [
    'https://id.gs1.org/00/106141412345678908?02=00614141123452&37=25&10=ABC123',
    [el('00', '106141412345678908'), el('02', '00614141123452'), el('37', '25'), el('10', 'ABC123')],
  ],
  ['https://id.gs1.org/414/9520123456788', [el('414', '9520123456788')]],
  ['https://id.gs1.org/414/9520123456788/254/32a%2Fb', [el('414', '9520123456788'), el('254', '32a/b')]],
  ['https://id.gs1.org/8004/9520614141234567', [el('8004', '9520614141234567')]],
  ['https://id.gs1.org/01/09506000134352/10/ABC1?17=270101', [el('01', '09506000134352'), el('10', 'ABC1'), el('17', '270101')]],
  ['https://id.gs1.org/01/05412345000013/22/AJY3095721P49/10/ABC123', [el('01', '05412345000013'), el('22', 'AJY3095721P49'), el('10', 'ABC123')]],
  ['https://id.gs1.org/01/09520123456788/235/TPX%2B1', [el('01', '09520123456788'), el('235', 'TPX+1')]],
  ['https://id.gs1.org/253/9520123456788XYZ', [el('253', '9520123456788XYZ')]],
  ['https://id.gs1.org/8010/0628165987/8011/9876', [el('8010', '0628165987'), el('8011', '9876')]],
];

describe('GS1 Digital Link: URI → elements', () => {
  it.each(ROUND_TRIPS)('%s', (uri, elements) => {
    const r = ok(decodeScan(uri, opts));
    expect([r.gs1, r.code, r.elements]).toEqual([true, null, elements]);
  });

  it('gives the same result as the element string of the same data (GTIN, serial, batch, expiry)', () => {
    for (const [uri, elements] of ROUND_TRIPS) {
      const { symbology: _a, ...fromUri } = ok(decodeScan(uri, opts));
      const { symbology: _b, ...fromElementString } = ok(decodeScan(`]d2${encodeElementString(elements)}`, opts));
      expect(fromUri, uri).toEqual(fromElementString);
    }
    const r = ok(decodeScan('https://id.gs1.org/01/09506000134352/10/ABC1?17=270101', opts));
    expect([r.gtin, r.batch, r.expiry, r.serial]).toEqual(['09506000134352', 'ABC1', '2027-01-01', null]);
  });

  it('is read under ]Q1, ]d1, ]J0 (QR, Data Matrix, DotCode) and without identifier', () => {
    for (const id of [']Q1', ']d1', ']J0', '']) {
      const r = ok(decodeScan(`${id}https://brand.example/01/09520123456788/21/S1`, opts));
      expect([r.symbology, r.gtin, r.serial], id).toEqual([id || null, '09520123456788', 'S1']);
    }
  });

  it('takes any domain, path prefix, port, case of scheme and host; ignores the fragment and non-AI parameters', () => {
    const uris = [
      'http://example.com/products/rice/01/09520123456788/21/S1',
      'HTTPS://ID.GS1.ORG/01/09520123456788/21/S1',
      'https://example.com:8443/dl/01/09520123456788/21/S1?linkType=gs1:pip&context=x#top',
      'https://example.com/01/09520123456788/21/S1?&&flag&',
      'https://[2001:db8::1]/01/09520123456788/21/S1',
    ];
    for (const uri of uris) expect(ok(decodeScan(uri, opts)).elements, uri).toEqual([el('01', '09520123456788'), el('21', 'S1')]);
    // A fake key in the prefix: the last primary key reached through AI/value pairs counts.
    expect(ok(decodeScan('https://a.example/00/faux/01/09520123456788', opts)).elements).toEqual([el('01', '09520123456788')]);
  });

  it('decodes percent-encoding in path and query (and "+" as space in the query)', () => {
    expect(ok(decodeScan('https://a.example/01/09520123456788/21/A%2FB%25C%26', opts)).serial).toBe('A/B%C&');
    expect(ok(decodeScan('https://a.example/01/09520123456788?91=x%3Dy%26z', opts)).elements[1]).toEqual(el('91', 'x=y&z'));
    expect(refusal('https://a.example/01/09520123456788?91=a+b')).toMatchObject({ code: 'bad_character', position: 41 });
  });

  it('pads a GTIN-8, -12 or -13 in the URI to its GTIN-14', () => {
    expect(ok(decodeScan('https://a.example/01/9520123456788', opts)).gtin).toBe('09520123456788');
    expect(ok(decodeScan('https://a.example/01/614141123452', opts)).gtin).toBe('00614141123452');
    expect(ok(decodeScan('https://a.example/01/95012346', opts)).gtin).toBe('00000095012346');
  });

  it('leaves web addresses without a primary key as plain codes', () => {
    for (const raw of ['https://example.com/', 'https://example.com/products/42?id=7', 'https://example.com', ']Q1https://example.com/x', 'ftp://a/01/09520123456788']) {
      const r = ok(decodeScan(raw, opts));
      expect([r.gs1, r.code], raw).toEqual([false, raw.replace(/^\]Q1/, '')]);
    }
  });

  it('reports missing associations as warnings, like the element string', () => {
    const r = ok(decodeScan('https://id.gs1.org/00/106141412345678908?10=ABC123', opts));
    expect(r.warnings.map((w) => [w.ai, w.requires])).toEqual([['10', ['01', '02', '03', '8006', '8026']]]);
  });
});

describe('GS1 Digital Link: invalid URIs name the part, the reason and the position', () => {
  const uri = 'https://id.gs1.org/01/09506000134353';
  const cases: [string, string, string, number][] = [
    [uri, 'bad_check_digit', 'AI (01) GTIN: "09506000134353": check digit 3 is wrong (expected 2)', uri.length],
    [']Q1' + uri, 'bad_check_digit', 'check digit 3 is wrong', uri.length + 3],
    ['https://id.gs1.org/01/0950600013435X', 'non_numeric', 'AI (01) GTIN: must be digits only', 36],
    ['https://id.gs1.org/01/09506000134352/10/AB%7FC', 'bad_character', 'character 0x7F is not allowed (CSET 82)', 43],
    ['https://id.gs1.org/01/09506000134352/10/A<B', 'bad_digital_link', 'character "<" is not allowed in a URI', 42],
    ['https://id.gs1.org/01/09506000134352/10/A B', 'bad_digital_link', 'character " " is not allowed in a URI', 42],
    ['https://id_gs1.org/01/09506000134352', 'bad_digital_link', 'character "_" is not allowed in a domain name', 11],
    ['https:///01/09506000134352', 'bad_digital_link', 'the URI has no domain name', 9],
    ['https://id.gs1.org/01/09506000134352/', 'bad_digital_link', 'it must not end with "/"', 37],
    ['https://id.gs1.org/01/09506000134352/10', 'bad_digital_link', 'AI (10) has no value', 38],
    ['https://id.gs1.org/01//09506000134352', 'empty_element', 'AI (01) has an empty value', 23],
    ['https://id.gs1.org/01/09506000134352/10//21/S1', 'empty_element', 'AI (10) BATCH/LOT has no data', 41],
    ['https://id.gs1.org/01', 'bad_digital_link', 'AI (01) has no value', 20],
    ['https://id.gs1.org/01/09506000134352/extra', 'bad_digital_link', 'segment "extra" after the primary key is not a GS1 Application Identifier', 38],
    ['https://id.gs1.org/01/09506000134352/21/S1/10/B', 'bad_digital_link', 'AI (10) cannot follow here; a path with AI (01) GTIN is /01/…[/22/…][/10/…][/21/…] or /01/…[/235/…]', 44],
    ['https://id.gs1.org/01/09506000134352/22/A/235/B', 'bad_digital_link', 'AI (235) cannot follow here', 43],
    ['https://id.gs1.org/00/106141412345678908/10/A', 'bad_digital_link', 'AI (10) cannot follow here', 42],
    ['https://id.gs1.org/01/09506000134352?21=S1', 'bad_digital_link', 'AI (21) SERIAL is not allowed as a data attribute', 38],
    ['https://id.gs1.org/01/09506000134352?10=L1', 'bad_digital_link', 'AI (10) BATCH/LOT qualifies AI (01) GTIN and belongs in the path', 38],
    ['https://id.gs1.org/01/09506000134352?999=1', 'unknown_ai', 'unknown AI (999) in the GS1 Digital Link query string', 38],
    ['https://id.gs1.org/01/09506000134352?17=271301', 'bad_date', 'AI (17) USE BY or EXPIRY: "271301": month 13 does not exist', 41],
    ['https://id.gs1.org/01/09506000134352?17=', 'empty_element', 'AI (17) USE BY or EXPIRY has no data', 41],
    ['https://id.gs1.org/01/09506000134352/10/A/10/B', 'duplicate_ai', 'AI (10) appears twice', 43],
    ['https://id.gs1.org/01/09506000134352?01=09506000134352', 'duplicate_ai', 'AI (01) appears twice', 38],
    ['https://id.gs1.org/01/09506000134352/10/A%00', 'bad_digital_link', 'the decoded value holds a NUL character', 42],
    ['https://id.gs1.org/01/09506000134352?37=5', 'invalid_pair', 'AI (01) GTIN must not appear together with AI (37)', 38],
  ];

  it.each(cases)('%s → %s', (raw, code, text, position) => {
    const error = refusal(raw);
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
    if (position > 0) {
      expect(error.position).toBe(position);
      expect(error.message).toContain(`(at position ${position})`);
    }
  });
});
