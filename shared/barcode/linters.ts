// Content checks named in the AI table's format column (the GS1 Barcode Syntax Dictionary
// calls them linters). Each returns what is wrong in words, or null when the value passes.
import { alphaCheckPair, hasValidMod10, mod10CheckDigit } from './check-digit';
import { couponCode, couponPositiveOffer } from './coupon-linters';
import { checkTime, checkYymmdd, checkYyyymmdd } from './dates';
import type { DecodeErrorCode } from './errors';
import { ISO3166_ALPHA2, ISO3166_NUMERIC, ISO4217_NUMERIC } from './iso-codes';
import { PACKAGE_TYPE_CODES } from './package-types';

export interface LintContext {
  /** The year two-digit years are read against (§7.12). */
  referenceYear: number;
}

export interface LintProblem {
  code: DecodeErrorCode;
  problem: string;
  /** Index in the checked component of the offending character (default: its first). */
  at?: number;
}

export type Linter = (value: string, ctx: LintContext) => LintProblem | null;

const bad = (problem: string): LintProblem => ({ code: 'bad_value', problem });
const badDate = (problem: string | null): LintProblem | null => (problem ? { code: 'bad_date', problem } : null);

/** The shortest GS1 Company Prefix has four digits; `offset` 1 skips an indicator or extension digit. */
function startsWithCompanyPrefix(value: string, offset: number): LintProblem | null {
  const prefix = value.slice(offset, offset + 4);
  const at = prefix.search(/[^0-9]/);
  if (prefix.length === 4 && at < 0) return null;
  const problem = bad('must start with a GS1 Company Prefix (at least 4 digits)');
  return { ...problem, at: offset + (at < 0 ? prefix.length : at) };
}

function oneOf(allowed: string, what: string): Linter {
  const set = new Set(allowed.split(' '));
  return (value) => (set.has(value) ? null : bad(`"${value}" is not a valid ${what}`));
}

function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i++) rest = (rest * 10 + (digits.charCodeAt(i) - 48)) % 97;
  return rest;
}

function isIban(value: string): boolean {
  // ISO 13616: country code, two check digits, then the national account number; the
  // rearranged string with letters as 10..35 is 1 modulo 97.
  if (!/^[A-Z]{2}[0-9]{2}[0-9A-Z]{1,30}$/.test(value) || !ISO3166_ALPHA2.has(value.slice(0, 2))) return false;
  const moved = value.slice(4) + value.slice(0, 4);
  const digits = moved.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return mod97(digits) === 1;
}

function compareDigitStrings(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

export const LINTERS: Readonly<Record<string, Linter>> = {
  csum: (v) =>
    hasValidMod10(v)
      ? null
      : {
          code: 'bad_check_digit',
          problem: `check digit ${v.slice(-1)} is wrong (expected ${mod10CheckDigit(v.slice(0, -1))})`,
          at: v.length - 1,
        },
  csumalpha: (v) => {
    const pair = v.length >= 2 ? alphaCheckPair(v.slice(0, -2)) : null;
    if (pair === v.slice(-2)) return null;
    return {
      code: 'bad_check_digit',
      problem: pair ? `check characters "${v.slice(-2)}" are wrong (expected "${pair}")` : 'has no valid check character pair',
      at: Math.max(0, v.length - 2),
    };
  },
  gcppos1: (v) => startsWithCompanyPrefix(v, 0),
  gcppos2: (v) => startsWithCompanyPrefix(v, 1),
  yymmd0: (v, ctx) => badDate(checkYymmdd(v, ctx.referenceYear, true)),
  yymmdd: (v, ctx) => badDate(checkYymmdd(v, ctx.referenceYear, false)),
  yyyymmdd: (v) => badDate(checkYyyymmdd(v)),
  hhmi: (v) => badDate(checkTime(v, ['hour', 'minute'])),
  hh: (v) => badDate(checkTime(v, ['hour'])),
  mi: (v) => badDate(checkTime(v, ['minute'])),
  ss: (v) => badDate(checkTime(v, ['second'])),
  yesno: oneOf('0 1', 'yes/no flag (0 or 1)'),
  zero: oneOf('0', 'filler digit (must be 0)'),
  nonzero: (v) => (/^0+$/.test(v) ? bad('must not be zero') : null),
  winding: oneOf('0 1 9', 'winding direction (0, 1 or 9)'),
  iso5218: oneOf('0 1 2 9', 'ISO/IEC 5218 sex code (0, 1, 2 or 9)'),
  hyphen: (v) => (/^-+$/.test(v) ? null : bad(`"${v}" must be a hyphen`)),
  latitude: (v) => (Number(v) <= 1800000000 ? null : bad('latitude is out of range (0-1800000000)')),
  longitude: (v) => (Number(v) <= 3600000000 ? null : bad('longitude is out of range (0-3600000000)')),
  pcenc: (v) => (/%(?![0-9A-Fa-f]{2})/.test(v) ? bad('has a "%" not followed by two hexadecimal digits') : null),
  iban: (v) => (isIban(v) ? null : bad(`"${v}" is not a valid IBAN`)),
  nozeroprefix: (v) => (v.startsWith('0') ? bad('must not start with 0') : null),
  hasnondigit: (v) => (/[^0-9]/.test(v) ? null : bad('must contain at least one non-digit character')),
  mediatype: (v) => (/^(0[1-9]|10|[89][0-9])$/.test(v) ? null : bad(`"${v}" is not an AIDC media type (01-10, 80-99)`)),
  importeridx: (v) => (/^[-0-9A-Za-z_]$/.test(v) ? null : bad(`"${v}" is not a valid importer index`)),
  iso3166: (v) => (ISO3166_NUMERIC.has(v) ? null : bad(`"${v}" is not an ISO 3166 country code`)),
  iso3166999: (v) => (v === '999' || ISO3166_NUMERIC.has(v) ? null : bad(`"${v}" is not an ISO 3166 country code or 999`)),
  iso3166alpha2: (v) => (ISO3166_ALPHA2.has(v) ? null : bad(`"${v}" is not an ISO 3166 alpha-2 country code`)),
  iso4217: (v) => (ISO4217_NUMERIC.has(v) ? null : bad(`"${v}" is not an ISO 4217 currency code`)),
  packagetype: (v) => (PACKAGE_TYPE_CODES.has(v) ? null : bad(`"${v}" is not a package type code (GS1 PackageTypeCode list)`)),
  couponcode: couponCode,
  couponposoffer: couponPositiveOffer,
  pieceoftotal: (v) => {
    const half = v.length / 2;
    const piece = v.slice(0, half);
    const total = v.slice(half);
    if (/^0+$/.test(piece)) return bad('piece number must not be zero');
    if (/^0+$/.test(total)) return bad('total number of pieces must not be zero');
    return compareDigitStrings(piece, total) > 0 ? bad(`piece ${piece} is greater than the total ${total}`) : null;
  },
  posinseqslash: (v) => {
    const m = /^([0-9]+)\/([0-9]+)$/.exec(v);
    if (!m) return bad(`"${v}" is not a position like "1/2"`);
    const [, pos = '', end = ''] = m;
    if (pos.startsWith('0') || end.startsWith('0')) return bad('positions must not be zero or start with 0');
    return compareDigitStrings(pos, end) > 0 ? bad(`position ${pos} is after the end ${end}`) : null;
  },
};
