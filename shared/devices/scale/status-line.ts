// Weight lines that open with a two-letter status header, the shape many indicators and balances
// print (on request or continuously). Facts from the manuals, not their text:
//   A&D standard format (A&D GC, EK-L and EJ instruction manuals, "Data format"): header ST
//   (stable), US (unstable), OL (out of range), QT (stable count); an optional comparison header
//   (`ST,OK,…`); nine characters of data with the sign first and zeros padding; a three-character
//   unit (`  g`, ` kg`, `GN ` for grain); CR LF. Example `ST,+00012.34  g`.
//   Kern KXS-TM manual §14 "Data output format" and KFN-TM §10.3: header ST/US/OL, a second header
//   GS/NT/TR for gross, net and tare, the sign, the weight, the unit: `ST,GS,+01234.56  kg`,
//   `ST,GS 1.000KG`; an overload line carries the sign and blanks only.
//   The `ST,GS,+  4.876kg` family of bench indicators: the sign separated from its digits by blanks.
//   ScanBay's own simulator: `ST,GS,   1.234 kg`, with UL for underload.
import { frameError, parseDecimal, visible, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, parseUnit, settledStatus, type ScaleStatus, type ScaleUnit } from './reading';

const STATUS_LINE = /^(ST|US|OL|UL|QT)(?:,([A-Z-]{2}))?[, ] *([+-]?) *(\d+(?:\.\d*)?|\.\d+)? *([A-Za-z%]{1,3})? *$/i;

/**
 * Decode one status-header line (CR/LF optional); null when the line does not have that shape.
 * `unit` is used when the line carries none (overload lines).
 */
export function decodeStatusLine(line: string, unit: ScaleUnit): DecodedScaleFrame | null {
  const text = line.replace(/[\r\n]+$/, '');
  const m = STATUS_LINE.exec(text);
  if (!m) return null;
  const header = (m[1] as string).toUpperCase();
  const negative = m[3] === '-';
  const unitText = m[5];
  let lineUnit = unit;
  if (unitText !== undefined) {
    const parsed = parseUnit(unitText);
    if (!parsed) {
      const why = /^(pcs?|%)$/i.test(unitText) ? ' (a count or percentage, not a weight)' : '';
      return frameError('unknown-unit', `unit "${visible(unitText)}" is not supported${why}`);
    }
    lineUnit = parsed;
  }
  const magnitude = m[4] === undefined ? null : parseDecimal(m[4]);
  if (header === 'OL' || header === 'UL') {
    const status: ScaleStatus = header === 'UL' || negative ? 'under' : 'over';
    const weight = magnitude === null ? 0 : negative ? -magnitude : magnitude;
    return { kind: 'reading', reading: makeReading(weight, lineUnit, status) };
  }
  if (magnitude === null) return frameError('bad-number', `line "${visible(text)}" has no weight`);
  if (unitText === undefined) return frameError('malformed', `line "${visible(text)}" has no unit`);
  const weight = negative ? -magnitude : magnitude;
  return { kind: 'reading', reading: makeReading(weight, lineUnit, header === 'US' ? 'motion' : settledStatus(weight)) };
}
