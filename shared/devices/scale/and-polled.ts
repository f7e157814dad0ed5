// A&D balances and scales asked for a weight with the `Q` command.
// Facts from the A&D AD-4212A and FX-i instruction manuals ("Commands", "Acknowledge code and
// error codes") and the GC / EK-L manuals ("Data format"): commands end with CR LF; Q requests the
// weighing data immediately (S: once stable), R is the RE-ZERO key, T tares; the answer is one
// line in A&D standard format (status-line.ts); with the "AK, error code" setting on, a control
// command is acknowledged with <AK> (06h) and a command the balance cannot carry out is answered
// `EC,Exx`. Factory line settings are 2400 baud, 7 data bits, even parity.
import { frameError, visible, type DecodeContext, type DecodedScaleFrame } from './decoded-frame';
import { decodeStatusLine } from './status-line';

export const AND_COMMANDS = { weigh: 'Q\r\n', zero: 'R\r\n', tare: 'T\r\n' } as const;

export const AK = 0x06;

/** Decode one A&D answer: a data line, `EC,Exx`, or a lone <AK>. */
export function decodeAndLine(line: string, ctx: DecodeContext = {}): DecodedScaleFrame {
  const text = line.replace(/[\r\n]+$/, '');
  if (text === String.fromCharCode(AK)) {
    const command = ctx.expect === 'tare' ? 'tare' : 'zero';
    return { kind: 'ack', ack: { command, done: true, message: `${command} acknowledged (<AK>)` } };
  }
  if (text.trim() === '') return frameError('empty', 'empty A&D line');
  const ec = /^EC,E(\d\d)$/.exec(text);
  if (ec) return frameError('command-error', `A&D balance refused the command (error code E${ec[1]})`);
  return decodeStatusLine(text, ctx.unit ?? ctx.fallbackUnit ?? 'g') ?? frameError('malformed', `not an A&D data line: "${visible(text)}"`);
}
