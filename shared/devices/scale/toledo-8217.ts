// Toledo 8213 / 8217 "weight only" ECR protocol (9600 baud, 7 data bits, even parity, 1 stop).
// Source: METTLER TOLEDO DIVA Service Manual §6.1.3 (8213) and §6.1.4 (8217):
//   host sends the single character `W`; the scale answers <STX>weight<CR> where the weight
//   has no unit: lb as (0)WW.WW (2 decimals), kg as WW.WWW (3 decimals), `N` appended for net;
//   if the weight is in motion, negative or over capacity it answers <STX>?<status><CR>.
//   `Z` zeroes, `T`<CR> tares, `C` clears tare; each answers <STX>?<status><CR>.
// Status byte (§6.1.4.3 "Scale Status Byte Bit Definitions"): bit0 motion, bit1 over capacity,
// bit2 under zero, bit3 outside zero capture range, bit4 center of zero, bit5 net weight,
// bit6 always 1, bit7 even parity. Some indicators send a status byte of 0x00 (no bit set, not
// even bit 6); Odoo's 8217 driver reads it as "ok", and so do we: no flags. Grams (no decimal point, "0XXXXX") per the Brecknell 3700LP
// user manual, "Model 8213 Protocol" table.
import { frameError, parseDecimal, statusOnlyFrame, visible, type DecodeContext, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, settledStatus, type ScaleStatus, type ScaleUnit } from './reading';

export const TOLEDO_COMMANDS = { weigh: 'W', zero: 'Z', tare: 'T\r', clearTare: 'C' } as const;

export const STX = 0x02;
export const CR = 0x0d;

export const TOLEDO_STATUS_BITS = {
  motion: 0x01,
  overCapacity: 0x02,
  underZero: 0x04,
  outsideZeroCapture: 0x08,
  centerOfZero: 0x10,
  net: 0x20,
  alwaysOne: 0x40,
} as const;

/** Status byte → reading status; null when no bit explains a missing weight. */
export function toledoStatus(byte: number): ScaleStatus | null {
  const b = TOLEDO_STATUS_BITS;
  if (byte & b.overCapacity) return 'over';
  if (byte & b.underZero) return 'under';
  if (byte & b.motion) return 'motion';
  if (byte & b.centerOfZero) return 'zero';
  return null;
}

/** Unit implied by the number of decimals (DIVA §6.1.4.2), unless configuration forces one. */
function unitFromDecimals(decimals: number): ScaleUnit | null {
  if (decimals === 2) return 'lb';
  if (decimals === 3) return 'kg';
  if (decimals === 0) return 'g';
  return null;
}

/** Decode one Toledo frame, <STX>…<CR> included. Parity bits (bit 7) are ignored. */
export function decodeToledoFrame(frame: string, ctx: DecodeContext = {}): DecodedScaleFrame {
  let text = '';
  for (let i = 0; i < frame.length; i++) text += String.fromCharCode(frame.charCodeAt(i) & 0x7f);
  if (text.charCodeAt(0) !== STX || text.charCodeAt(text.length - 1) !== CR || text.length < 2) {
    return frameError('malformed', `Toledo frame must be <STX>…<CR>: "${visible(text)}"`);
  }
  const body = text.slice(1, -1);
  if (body.trim() === '') return frameError('empty', 'empty Toledo frame');

  if (body.startsWith('?')) {
    if (body.length !== 2) return frameError('malformed', `Toledo status record must hold one status byte: "${visible(body)}"`);
    const byte = body.charCodeAt(1);
    if (byte !== 0 && !(byte & TOLEDO_STATUS_BITS.alwaysOne)) {
      return frameError('bad-status', `Toledo status byte 0x${byte.toString(16)} has bit 6 clear (always 1 per the protocol)`);
    }
    return statusOnlyFrame(toledoStatus(byte), ctx, 'Toledo');
  }

  const m = /^ *([0-9]*(?:\.([0-9]*))?)(N?)$/.exec(body);
  if (!m || m[1] === '' || m[1] === '.') return frameError('malformed', `Toledo weight record "${visible(body)}" is not a weight`);
  const weight = parseDecimal(m[1] as string);
  if (weight === null) return frameError('bad-number', `Toledo weight "${visible(m[1] as string)}" is not a number`);
  const unit = ctx.unit ?? unitFromDecimals((m[2] ?? '').length);
  if (!unit) return frameError('unknown-unit', `Toledo weight "${m[1]}" has no unit and its decimals do not imply one; set the unit`);
  // A weight record is only sent for a valid, settled weight (status records cover the rest).
  return { kind: 'reading', reading: makeReading(weight, unit, settledStatus(weight)) };
}
