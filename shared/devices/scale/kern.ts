// KERN balances in remote-control mode ("rE Cr"), asked with a single lower-case letter and no CR LF.
// Facts from the KERN FKB-A and KDE-T user manuals (remote control instructions and data formats):
// `s` sends a stable weight, `w` the weight stable or not, `t` tares and sends nothing. An answer is
// one line: a marker character (blank or M), the sign (blank or '-'), the weight right-aligned
// in ten characters, a blank, the unit in three characters, CR LF. An unstable weight is sent
// without the unit; a fault as blanks and "Error".
import { frameError, parseDecimal, visible, type DecodeContext, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, parseUnit, settledStatus } from './reading';

export const KERN_COMMANDS = { weigh: 'w', tare: 't' } as const;

const WEIGHT_LINE = /^[ M]([ -]) *(\d+(?:\.\d*)?|\.\d+)(?: +([A-Za-z%]{1,3}))? *$/;

/** Decode one KERN answer line (CR/LF optional). */
export function decodeKernLine(line: string, ctx: DecodeContext = {}): DecodedScaleFrame {
  const text = line.replace(/[\r\n]+$/, '');
  if (text.trim() === '') return frameError('empty', 'empty KERN line');
  const fallback = ctx.unit ?? ctx.fallbackUnit ?? 'g';
  if (text.trim() === 'Error') return { kind: 'reading', reading: makeReading(0, fallback, 'error') };
  const m = WEIGHT_LINE.exec(text);
  if (!m) return frameError('malformed', `not a KERN weight line: "${visible(text)}"`);
  const magnitude = parseDecimal(m[2] as string);
  if (magnitude === null) return frameError('bad-number', `KERN weight "${visible(m[2] as string)}" is not a number`);
  const weight = m[1] === '-' ? -magnitude : magnitude;
  if (m[3] === undefined) return { kind: 'reading', reading: makeReading(weight, fallback, 'motion') };
  const unit = parseUnit(m[3]);
  if (!unit) return frameError('unknown-unit', `KERN unit "${visible(m[3])}" is not supported${/^(pcs?|%)$/i.test(m[3]) ? ' (a count or percentage, not a weight)' : ''}`);
  return { kind: 'reading', reading: makeReading(weight, unit, settledStatus(weight)) };
}
