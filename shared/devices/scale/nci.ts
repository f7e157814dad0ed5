// NCI / Weigh-Tronix standard serial protocol (SCP-01, doc 8408-14788-01): 7 data bits, 1 stop
// bit, configurable baud and parity. Sources: Avery Weigh-Tronix 7821 user instructions §6.3
// "NCI Communications Protocol"; METTLER TOLEDO DIVA Service Manual §6.1.1 "NCI – ECR".
//   W<CR> → <LF>xxxx.xxUU<CR><LF>hh…<CR><ETX>   (weight, units, then status bytes)
//           <LF>xLB<SP>xx.xOZ<CR><LF>hh…<CR><ETX> (lb-oz)
//           <LF>hh…<CR><ETX>                     (status only: negative, motion, out of range)
//   S<CR> / Z<CR> → <LF>hh…<CR><ETX>; unknown command → <LF>?<CR><ETX>.
// Some scales preface the status bytes with 'S' (DIVA §6.1.1.1). Status bits (7821 §6.3,
// Ohaus Aviator 7000 service manual status table): byte 1 — bit0 motion, bit1 at zero, bit2 RAM
// error, bit3 EEPROM error; byte 2 — bit0 under capacity, bit1 over capacity, bit2 ROM error,
// bit3 faulty calibration; optional byte 3 — bits0-1 range, bit2 net, bit3 initial zero error;
// bits 4 and 5 always 1, bit 6 "another byte follows" (bytes 2+), bit 7 parity.
import { frameError, parseDecimal, statusOnlyFrame, visible, type DecodeContext, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, parseUnit, type ScaleStatus } from './reading';

export const NCI_COMMANDS = { weigh: 'W\r', status: 'S\r', zero: 'Z\r', tare: 'T\r' } as const;

export const LF = 0x0a;
export const ETX = 0x03;

export interface NciStatusFlags {
  motion: boolean;
  atZero: boolean;
  under: boolean;
  over: boolean;
  /** RAM, EEPROM, ROM, calibration or initial-zero error. */
  fault: boolean;
}

/** Parse the status bytes (after the optional 'S'); null when they break the always-1 bits. */
export function parseNciStatus(bytes: string): NciStatusFlags | null {
  if (bytes.length < 2) return null;
  const codes = [...bytes].map((c) => c.charCodeAt(0) & 0x7f);
  if (codes.some((c) => (c & 0x30) !== 0x30)) return null;
  const [b1 = 0, b2 = 0, b3 = 0] = codes;
  return {
    motion: (b1 & 0x01) !== 0,
    atZero: (b1 & 0x02) !== 0,
    under: (b2 & 0x01) !== 0,
    over: (b2 & 0x02) !== 0,
    fault: (b1 & 0x0c) !== 0 || (b2 & 0x0c) !== 0 || (codes.length > 2 && (b3 & 0x08) !== 0),
  };
}

export function nciStatus(f: NciStatusFlags): ScaleStatus | null {
  if (f.fault) return 'error';
  if (f.over) return 'over';
  if (f.under) return 'under';
  if (f.motion) return 'motion';
  if (f.atZero) return 'zero';
  return null;
}

/** Decode one NCI frame, <LF>…<ETX> included. */
export function decodeNciFrame(frame: string, ctx: DecodeContext = {}): DecodedScaleFrame {
  let text = '';
  for (let i = 0; i < frame.length; i++) text += String.fromCharCode(frame.charCodeAt(i) & 0x7f);
  if (text.length < 3 || text.charCodeAt(0) !== LF || text.charCodeAt(text.length - 1) !== ETX || text.charCodeAt(text.length - 2) !== 0x0d) {
    return frameError('malformed', `NCI frame must be <LF>…<CR><ETX>: "${visible(text)}"`);
  }
  const lines = text.slice(1, -2).split('\r\n');
  if (lines.length === 1 && lines[0] === '?') return frameError('command-error', 'NCI scale did not recognise the command (<LF>?<CR><ETX>)');
  if (lines.length > 2 || lines.some((l) => l === '')) return frameError('malformed', `NCI frame has an unexpected layout: "${visible(text)}"`);

  const statusLine = (lines[lines.length - 1] as string).replace(/^S/, '');
  const flags = parseNciStatus(statusLine);
  if (!flags) return frameError('bad-status', `NCI status bytes "${visible(statusLine)}" are not valid (bits 4 and 5 must be 1)`);
  const status = nciStatus(flags);
  if (lines.length === 1) return statusOnlyFrame(status, ctx, 'NCI');

  const weightLine = lines[0] as string;
  const lbOz = /^ *([-+]?\d+) *LB *(\d+(?:\.\d*)?) *OZ *$/i.exec(weightLine);
  if (lbOz) {
    const magnitude = Math.abs(Number(lbOz[1])) + Number(lbOz[2]) / 16;
    const weight = (lbOz[1] as string).startsWith('-') ? -magnitude : magnitude;
    return { kind: 'reading', reading: makeReading(weight, 'lb', status ?? 'stable') };
  }
  const m = /^ *([^A-Za-z ]+?) *([A-Za-z]{1,3}) *$/.exec(weightLine);
  if (!m) return frameError('malformed', `NCI weight field "${visible(weightLine)}" has no value and unit`);
  const unit = parseUnit(m[2] as string);
  if (!unit) return frameError('unknown-unit', `NCI unit "${visible(m[2] as string)}" is not supported`);
  const weight = parseDecimal(m[1] as string);
  if (weight === null) {
    // Out-of-range characters in the display field go with an over/under status.
    if (status === 'over' || status === 'under' || status === 'error') return { kind: 'reading', reading: makeReading(0, unit, status) };
    return frameError('bad-number', `NCI weight "${visible(m[1] as string)}" is not a number`);
  }
  const final = status ?? (weight === 0 ? 'zero' : 'stable');
  return { kind: 'reading', reading: makeReading(weight, unit, final === 'zero' && weight !== 0 ? 'stable' : final) };
}
