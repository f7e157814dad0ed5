// Parser for scales that stream weight lines without being asked ("continuous output").
// `auto` (the default) reads the status-header lines of status-line.ts: ScanBay's simulator,
// A&D (`ST,+00012.34  g`, `US,…`, `OL,…`) and the `ST,GS,+  4.876kg` family. Other indicators
// get a custom regular expression with named groups:
//   (?<value>…)  required — the weight, e.g. "+0001.234", "  1.234" or "-  1.234" (blanks between
//                the sign and the digits are allowed)
//   (?<unit>…)   optional — the unit in the line; otherwise the configured unit is used
//   (?<sign>…)   optional — a separate sign field; "-" makes the weight negative
//   (?<motion>…), (?<over>…), (?<under>…), (?<error>…)  optional — when they match text, the
//                reading gets that status; (?<stable>…) optional — when present in the pattern
//                but not matched, the reading is in motion.
import { frameError, parseDecimal, visible, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, parseUnit, settledStatus, type ScaleStatus, type ScaleUnit } from './reading';
import { decodeStatusLine } from './status-line';

/** Starting point for a custom pattern (Settings shows it): the line `scanbay simulate scale
 *  --protocol continuous` sends, `ST,GS,   1.234 kg` (stable), `US,…` (motion), `OL,…` (overload),
 *  `UL,…` (underload), with a sign that may stand apart from the digits (`ST,GS,-  1.234kg`). */
export const DEFAULT_CONTINUOUS_PATTERN =
  '^(?:ST|(?<motion>US)|(?<over>OL)|(?<under>UL)),(?:GS|NT),\\s*(?<value>[-+]?\\s*\\d+(?:\\.\\d+)?)\\s*(?<unit>[A-Za-z]+)\\s*$';

export interface ContinuousParser {
  /** null: the `auto` formats (status-line.ts). */
  regex: RegExp | null;
  unit: ScaleUnit;
  hasStableGroup: boolean;
}

/** The `auto` formats; `unit` for lines that carry none. */
export function autoContinuousParser(unit: ScaleUnit): ContinuousParser {
  return { regex: null, unit, hasStableGroup: false };
}

export type CompiledPattern = { ok: true; parser: ContinuousParser } | { ok: false; error: { code: 'bad-pattern'; message: string } };

export function compileContinuousPattern(pattern: string, unit: ScaleUnit): CompiledPattern {
  if (!pattern.includes('(?<value>')) {
    return { ok: false, error: { code: 'bad-pattern', message: 'continuous pattern needs a named group (?<value>…) for the weight' } };
  }
  try {
    return { ok: true, parser: { regex: new RegExp(pattern), unit, hasStableGroup: pattern.includes('(?<stable>') } };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'bad-pattern', message: `continuous pattern is not a valid regular expression: ${message}` } };
  }
}

const STATUS_GROUPS: readonly (readonly [string, ScaleStatus])[] = [
  ['error', 'error'],
  ['over', 'over'],
  ['under', 'under'],
  ['motion', 'motion'],
];

/** Decode one line (CR/LF optional) with a compiled parser. */
export function decodeContinuousLine(line: string, parser: ContinuousParser): DecodedScaleFrame {
  const text = line.replace(/[\r\n]+$/, '');
  if (text.trim() === '') return frameError('empty', 'empty line');
  if (parser.regex === null) {
    return decodeStatusLine(text, parser.unit) ?? frameError('no-match', `line "${visible(text)}" is not in a format the auto setting knows (set a custom pattern)`);
  }
  const m = parser.regex.exec(text);
  if (!m) return frameError('no-match', `line "${visible(text)}" does not match the continuous pattern`);
  const groups = m.groups ?? {};
  const rawValue = groups.value ?? '';
  const value = parseDecimal(rawValue.replace(/^\s*([+-])\s+/, '$1'));
  const weight = value !== null && groups.sign?.trim() === '-' ? -Math.abs(value) : value;

  let unit = parser.unit;
  if (groups.unit !== undefined && groups.unit !== '') {
    const parsed = parseUnit(groups.unit);
    if (!parsed) return frameError('unknown-unit', `unit "${visible(groups.unit)}" is not supported`);
    unit = parsed;
  }
  let status: ScaleStatus | null = null;
  for (const [name, s] of STATUS_GROUPS) {
    if (groups[name]) {
      status = s;
      break;
    }
  }
  if (status === null && parser.hasStableGroup && !groups.stable) status = 'motion';
  if (weight === null) {
    if (status === 'over' || status === 'under' || status === 'error') return { kind: 'reading', reading: makeReading(0, unit, status) };
    return frameError('bad-number', `weight "${visible(rawValue)}" is not a number`);
  }
  return { kind: 'reading', reading: makeReading(weight, unit, status ?? settledStatus(weight)) };
}
