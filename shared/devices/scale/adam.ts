// Adam Equipment scales over RS-232 (AZextra, CBD, Highland, CPWplus and similar).
// Facts from: Adam Equipment AZextra user's manual §3.10 "RS-232 interface" (8 data bits, no parity;
// the commands T<CR><LF> tare, Z<CR><LF> zero and P<CR><LF> print, in upper case); Odoo's
// AdamEquipment IoT driver (4800 baud by default; after `P` the AZextra answers only when it has a
// new non-zero weight — an empty answer means "unchanged", or back at zero — and it must return to
// zero before it reports again; Odoo keeps a weight for 10 s); the Highland manual's printout
// "format 2" (sign or blank, the weight, the unit padded to three characters, CR LF) and the CPWplus
// manual's `G + 2.00 kg` lines. The scale must print the weight-only format.
import { frameError, parseDecimal, visible, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, parseUnit, settledStatus } from './reading';

export const ADAM_COMMANDS = { weigh: 'P\r\n', zero: 'Z\r\n', tare: 'T\r\n' } as const;

/** How long to wait for an answer to `P` before taking silence as "unchanged" (Odoo's driver reads with a 0.2 s timeout). */
export const ADAM_ANSWER_MS = 700;
/** After a weight, Odoo waits 5 s before asking again: the AZextra beeps when asked for a weight it already sent. */
export const ADAM_PAUSE_AFTER_WEIGHT_MS = 5000;
/** An Adam weight is reported once; Odoo keeps it for 10 s, then no longer trusts it. */
export const ADAM_KEEP_MS = 10_000;

const WEIGHT_LINE = /^ *(?:([GN])(?:\/W)? *)?([+-])? *(\d+(?:\.\d*)?|\.\d+) *([A-Za-z]{1,3}) *$/;

/** Decode one printed line (CR/LF optional): an optional G/N (or G/W, N/W) label, sign, weight, unit. */
export function decodeAdamLine(line: string): DecodedScaleFrame {
  const text = line.replace(/[\r\n]+$/, '').replace(/^[\r\n]+/, '');
  if (text.trim() === '') return frameError('empty', 'empty Adam line');
  const m = WEIGHT_LINE.exec(text);
  if (!m) return frameError('malformed', `Adam line "${visible(text)}" is not a weight; set the scale's printout to the weight-only format`);
  const unit = parseUnit(m[4] as string);
  if (!unit) return frameError('unknown-unit', `Adam unit "${visible(m[4] as string)}" is not supported`);
  const magnitude = parseDecimal(m[3] as string);
  if (magnitude === null) return frameError('bad-number', `Adam weight "${visible(m[3] as string)}" is not a number`);
  const weight = m[2] === '-' ? -magnitude : magnitude;
  // The scale prints only settled weights.
  return { kind: 'reading', reading: makeReading(weight, unit, settledStatus(weight)) };
}
