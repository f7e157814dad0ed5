// Mettler Toledo MT-SICS (Standard Interface Command Set), level 0 commands S, SI, Z, T.
// Source: METTLER TOLEDO "Reference Manual MT-SICS Interface Commands" — §2 Command formats
// (commands and responses are ASCII lines closed by CR LF), §2.2.1 responses with weight value
// ("S S <WeightValue> <Unit>"), §2.3.2 general error messages (ES, ET, EL), and the command
// pages for S (S / I / + / -), SI (adds D = dynamic), Z (A / I / + / -) and T (S / I / + / -).
import { frameError, parseDecimal, visible, type DecodeContext, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, parseUnit, settledStatus, type ScaleUnit } from './reading';

/** Command lines sent to the balance (each closed by CR LF, MT-SICS §2). */
export const MT_SICS_COMMANDS = {
  /** SI: current net weight immediately, stable or not (so motion is reported too). */
  weigh: 'SI\r\n',
  /** S: wait for a stable weight. */
  weighStable: 'S\r\n',
  zero: 'Z\r\n',
  tare: 'T\r\n',
} as const;

const GENERAL_ERRORS: Record<string, string> = {
  ES: 'syntax error: the balance did not recognise the command',
  ET: 'transmission error: the balance received a faulty command (parity or length)',
  EL: 'logical error: the balance cannot execute the command',
};

const WEIGHT_IDS = new Set(['S', 'SI', 'SU', 'SIU']);

/**
 * Decode one MT-SICS response line (CR LF optional). `ctx.fallbackUnit` is used for
 * overload/underload answers, which carry no unit. Answers name their command, so
 * `ctx.expect` is not needed.
 */
export function decodeMtSicsLine(line: string, ctx: DecodeContext = {}): DecodedScaleFrame {
  const fallbackUnit = ctx.fallbackUnit ?? 'g';
  const text = line.replace(/\r?\n$/, '').replace(/\r$/, '');
  if (text.trim() === '') return frameError('empty', 'empty MT-SICS response');
  const general = GENERAL_ERRORS[text.trim()];
  if (general) return frameError('command-error', `MT-SICS ${text.trim()}: ${general}`);

  const m = /^([A-Z][A-Z0-9]*) ([A-Z+-])(?: +(.*))?$/.exec(text);
  if (!m) return frameError('malformed', `not an MT-SICS response: "${visible(text)}"`);
  const id = m[1] as string;
  const status = m[2] as string;
  const rest = (m[3] ?? '').trim();

  if (WEIGHT_IDS.has(id)) return decodeWeight(id, status, rest, fallbackUnit, text);
  if (id === 'Z' || id === 'ZI') return decodeAck('zero', status, text);
  if (id === 'T' || id === 'TI') return decodeAck('tare', status, text);
  return frameError('malformed', `unexpected MT-SICS response "${visible(text)}"`);
}

function decodeWeight(id: string, status: string, rest: string, fallbackUnit: ScaleUnit, text: string): DecodedScaleFrame {
  switch (status) {
    case '+':
      return { kind: 'reading', reading: makeReading(0, fallbackUnit, 'over') };
    case '-':
      return { kind: 'reading', reading: makeReading(0, fallbackUnit, 'under') };
    case 'I':
      return frameError('not-executable', `MT-SICS ${id} I: balance busy or no stable weight within the timeout`);
    case 'S':
    case 'D': {
      const wm = /^(\S+) +(\S+)$/.exec(rest);
      if (!wm) return frameError('malformed', `MT-SICS weight response without value and unit: "${visible(text)}"`);
      const weight = parseDecimal(wm[1] as string);
      if (weight === null) return frameError('bad-number', `MT-SICS weight "${visible(wm[1] as string)}" is not a number`);
      const unit = parseUnit(wm[2] as string);
      if (!unit) return frameError('unknown-unit', `MT-SICS unit "${visible(wm[2] as string)}" is not supported`);
      return { kind: 'reading', reading: makeReading(weight, unit, status === 'D' ? 'motion' : settledStatus(weight)) };
    }
    default:
      return frameError('bad-status', `MT-SICS ${id} status "${status}" is not defined`);
  }
}

function decodeAck(command: 'zero' | 'tare', status: string, text: string): DecodedScaleFrame {
  // Z A / ZI S|D = zeroed; T S <tare> = tared; I = not executable; + / - = outside the range.
  const done = status === 'A' || status === 'S' || status === 'D';
  const why: Record<string, string> = {
    I: 'not executable now (busy or weight not stable)',
    '+': 'upper limit of the range exceeded',
    '-': 'lower limit of the range exceeded',
  };
  if (!done && !why[status]) return frameError('bad-status', `MT-SICS ${command} status "${status}" is not defined`);
  return { kind: 'ack', ack: { command, done, message: done ? `${command} done (${visible(text)})` : `${command} refused: ${why[status]}` } };
}
