// SMA SCP-01, the Scale Manufacturers Association's general-purpose serial protocol (level 1).
// Facts from the SMA appendices of the Sartorius PR 5211 / PR 5220 instrument manuals and the
// Fairbanks FB2550 manual (appendix III), and the B-TEK T419S service manual §7.1:
//   every command is <LF>c<CR>: W weight now, Z zero, T tare (P: weight after stability);
//   the standard answer is <LF><s><r><n><m><f><xxxxxx.xxx><uuu><CR> —
//     s: Z centre of zero, O over capacity, U under capacity, E zero error, I initial-zero error,
//        T tare error, blank none (for E, I and T the weight field holds dashes);
//     r: range '1'…; n: G gross, T tare, N net, g/n high resolution; m: M in motion, blank stable;
//     f: reserved; the weight field is always 10 characters; the unit field 3 (e.g. `lb `).
//   <LF>?<CR> answers an unknown command, <LF>!<CR> a communication (parity, framing) error.
import { frameError, parseDecimal, visible, type DecodeContext, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, parseUnit, settledStatus, type ScaleStatus } from './reading';

export const SMA_COMMANDS = { weigh: '\nW\r', zero: '\nZ\r', tare: '\nT\r' } as const;

const LF = '\n';
const CR = '\r';
/** <LF> + s r n m f + 10 weight + 3 unit + <CR>. */
const STANDARD_LENGTH = 20;

/** Decode one SMA frame, <LF>…<CR> included. Bit 7 (parity) is ignored. */
export function decodeSmaFrame(frame: string, ctx: DecodeContext = {}): DecodedScaleFrame {
  let text = '';
  for (let i = 0; i < frame.length; i++) text += String.fromCharCode(frame.charCodeAt(i) & 0x7f);
  if (text[0] !== LF || text[text.length - 1] !== CR || text.length < 3) return frameError('malformed', `SMA frame must be <LF>…<CR>: "${visible(text)}"`);
  const body = text.slice(1, -1);
  if (body === '?') return frameError('command-error', 'SMA scale did not recognise the command (<LF>?<CR>)');
  if (body === '!') return frameError('command-error', 'SMA scale received a garbled command (<LF>!<CR>: parity or framing error)');
  if (text.length !== STANDARD_LENGTH) return frameError('malformed', `SMA answer "${visible(text)}" is not the standard 20-character response`);
  const [s = '', r = '', n = '', m = ''] = body;
  if (!' ZOUEIT'.includes(s) || !/[1-9]/.test(r) || !'GTNgn'.includes(n) || !' M'.includes(m)) {
    return frameError('bad-status', `SMA status fields "${visible(body.slice(0, 5))}" are not defined`);
  }
  const unitText = body.slice(15, 18).trim();
  const unit = unitText === '' ? (ctx.unit ?? ctx.fallbackUnit ?? null) : parseUnit(unitText);
  if (!unit) return frameError('unknown-unit', `SMA unit "${visible(unitText)}" is not supported`);
  const expect = ctx.expect ?? 'weight';
  if (expect === 'zero') return ack('zero', s === 'Z', s === 'E' || s === 'I' ? 'zero error' : m === 'M' ? 'scale in motion' : 'not at zero');
  if (expect === 'tare') return ack('tare', (n === 'N' || n === 'n') && s !== 'T', s === 'T' ? 'tare error' : m === 'M' ? 'scale in motion' : 'no net weight');

  const weight = parseDecimal(body.slice(5, 15).replace(/^\s*([+-])\s+/, '$1'));
  const flag: ScaleStatus | null = s === 'E' || s === 'I' || s === 'T' ? 'error' : s === 'O' ? 'over' : s === 'U' ? 'under' : m === 'M' ? 'motion' : null;
  if (weight === null) {
    if (flag === 'error' || flag === 'over' || flag === 'under') return { kind: 'reading', reading: makeReading(0, unit, flag) };
    return frameError('bad-number', `SMA weight "${visible(body.slice(5, 15))}" is not a number`);
  }
  return { kind: 'reading', reading: makeReading(weight, unit, flag ?? settledStatus(weight)) };
}

function ack(command: 'zero' | 'tare', done: boolean, why: string): DecodedScaleFrame {
  return { kind: 'ack', ack: { command, done, message: done ? `${command} done` : `${command} refused (${why})` } };
}
