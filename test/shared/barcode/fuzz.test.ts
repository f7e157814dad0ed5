// Property tests (fast-check): the decoder never throws, every failure carries a known code,
// and encoding valid element lists then decoding them gives them back. Set FUZZ_RUNS for a
// longer run (e.g. FUZZ_RUNS=100000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECODE_ERROR_CODES,
  decodeScan,
  encodeElementString,
  formatHri,
  type Gs1Element,
} from '../../../shared/barcode';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const GS = '\x1d';
const REFERENCE_YEAR = 2025;
const CODES = new Set<string>(DECODE_ERROR_CODES);

const CSET82 = '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

// --- generators of valid values, written independently of the decoder ---

function checkDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return String((10 - (sum % 10)) % 10);
}
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const withCheckDigit = (bodyLength: number) => digits(bodyLength, bodyLength).map((b) => b + checkDigit(b));
const cset82 = (max: number, exclude = '') =>
  fc.string({ unit: fc.constantFrom(...[...CSET82].filter((c) => !exclude.includes(c))), minLength: 1, maxLength: max });
const yymmd0 = fc
  .record({ yy: fc.integer({ min: 0, max: 99 }), mm: fc.integer({ min: 1, max: 12 }), dd: fc.integer({ min: 0, max: 31 }) })
  .filter(({ yy, mm, dd }) => {
    const year = yy <= REFERENCE_YEAR - 2000 + 50 ? 2000 + yy : 1900 + yy;
    return dd <= new Date(Date.UTC(year, mm, 0)).getUTCDate();
  })
  .map(({ yy, mm, dd }) => [yy, mm, dd].map((n) => String(n).padStart(2, '0')).join(''));

/** AIs that may appear together (no "ex" rule between any two of them). */
function valueArbs(exclude: string): Record<string, fc.Arbitrary<string>> {
  const x = (max: number) => cset82(max, exclude);
  return {
    '00': withCheckDigit(17),
    '01': withCheckDigit(13),
    '10': x(20),
    '11': yymmd0,
    '13': yymmd0,
    '15': yymmd0,
    '17': yymmd0,
    '20': digits(2, 2),
    '21': x(20),
    '22': x(20),
    '240': x(30),
    '242': digits(1, 6),
    '30': digits(1, 8),
    '3103': digits(6, 6),
    '3205': digits(6, 6),
    '3302': digits(6, 6),
    '3922': digits(1, 15),
    '400': x(30),
    '410': withCheckDigit(12),
    '414': withCheckDigit(12),
    '420': x(20),
    '7002': x(30),
    '8002': x(20),
    '8005': digits(6, 6),
    '90': x(30),
    '91': x(90),
  };
}

function elementLists(exclude = ''): fc.Arbitrary<Gs1Element[]> {
  const arbs = valueArbs(exclude);
  return fc
    .uniqueArray(fc.constantFrom(...Object.keys(arbs)), { minLength: 1, maxLength: 8 })
    .chain((ais) => fc.tuple(...ais.map((ai) => (arbs[ai] as fc.Arbitrary<string>).map((value) => ({ ai, value })))));
}

/** A GS1 Digital Link URI for a GTIN with qualifiers in the path and attributes in the query. */
const digitalLinks = fc
  .record({
    host: fc.constantFrom('https://id.gs1.org', 'http://example.com/some/prefix', 'HTTPS://BRAND.EXAMPLE'),
    gtin: withCheckDigit(13),
    qualifiers: fc.subarray(['22', '10', '21']).chain((ais) => fc.tuple(...ais.map((ai) => cset82(20).map((value) => ({ ai, value }))))),
    attributes: fc.subarray(['17', '11', '3103', '91']).chain((ais) =>
      fc.tuple(...ais.map((ai) => (ai === '3103' ? digits(6, 6) : ai === '91' ? cset82(90) : yymmd0).map((value) => ({ ai, value })))),
    ),
  })
  .map(({ host, gtin, qualifiers, attributes }) => {
    const path = [{ ai: '01', value: gtin }, ...qualifiers].map((e) => `/${e.ai}/${encodeURIComponent(e.value)}`).join('');
    const query = attributes.map((e) => `${e.ai}=${encodeURIComponent(e.value)}`).join('&');
    return { uri: host + path + (query ? `?${query}` : ''), elements: [{ ai: '01', value: gtin }, ...qualifiers, ...attributes] };
  });

function assertWellFormed(raw: string, substitutes: string[] = []): void {
  const r = decodeScan(raw, { fnc1Substitutes: substitutes, referenceYear: REFERENCE_YEAR });
  if (!r.ok) {
    expect(CODES.has(r.error.code), r.error.code).toBe(true);
    expect(r.error.message.length).toBeGreaterThan(0);
    return;
  }
  if (r.gs1) {
    expect(r.code).toBeNull();
    expect(r.elements.length).toBeGreaterThan(0);
  } else {
    expect(r.elements).toEqual([]);
    expect(r.code).not.toBeNull();
  }
}

describe('decodeScan under fuzzing', () => {
  it('never throws on arbitrary text, and every failure has a known code', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => assertWellFormed(raw)),
      { numRuns: RUNS },
    );
  });

  it('never throws on GS1-like data (identifiers, AIs, separators, digits, garbage)', () => {
    const token = fc.constantFrom(
      ']d2', ']C1', ']E0', ']Q3', ']e0', ']A0', '01', '0109501101530003', '10', '17', '21', '250630', '3103', '99',
      ']Q1', ']I1', 'https://a/', '/01/', '/', '?', '&', '=', '%', '%2F', '#', '09501101530003',
      GS, GS, '<GS>', '~', '(', ')', '(01)', '(17)', '0', '9', 'A', 'z', '#', ' ', '\x00', '\r', 'é', '\uFFFD',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 40 }).map((parts) => parts.join('')),
        fc.subarray(['<GS>', '~', '|', '^]']),
        (raw, substitutes) => assertWellFormed(raw, substitutes),
      ),
      { numRuns: RUNS },
    );
  });

  it('gives back the elements of any valid element list encoded with FNC1 = GS', () => {
    fc.assert(
      fc.property(elementLists(), fc.constantFrom(']d2', ']C1', ']Q3'), (elements, id) => {
        const r = decodeScan(id + encodeElementString(elements), { referenceYear: REFERENCE_YEAR });
        expect(r.ok ? r.elements : r.error).toEqual(elements);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back the elements when the scanner substitutes FNC1 with a configured string', () => {
    fc.assert(
      fc.property(elementLists('~'), (elements) => {
        const r = decodeScan(']d2' + encodeElementString(elements, '~'), {
          fnc1Substitutes: ['~'],
          referenceYear: REFERENCE_YEAR,
        });
        expect(r.ok ? r.elements : r.error).toEqual(elements);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back the elements of any GS1 Digital Link URI', () => {
    fc.assert(
      fc.property(digitalLinks, ({ uri, elements }) => {
        const r = decodeScan(uri, { referenceYear: REFERENCE_YEAR });
        expect(r.ok ? r.elements : r.error).toEqual(elements);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back the elements from the human-readable form', () => {
    fc.assert(
      fc.property(elementLists('('), (elements) => {
        const r = decodeScan(formatHri(elements), { referenceYear: REFERENCE_YEAR });
        expect(r.ok ? r.elements : r.error).toEqual(elements);
      }),
      { numRuns: RUNS },
    );
  });
});
