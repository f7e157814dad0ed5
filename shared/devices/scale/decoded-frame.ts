import type { ScaleReading, ScaleStatus, ScaleUnit } from './reading';
import { makeReading } from './reading';

/** Why a frame could not be turned into a reading. Decoders never throw; they return one of these. */
export type ScaleFrameErrorCode =
  | 'empty' // nothing between the delimiters
  | 'malformed' // the frame does not have the protocol's shape
  | 'bad-number' // the weight field is not a number
  | 'unknown-unit' // a unit this station does not know
  | 'bad-status' // status bits/bytes outside the protocol's definition
  | 'bad-report' // HID report of the wrong length or id
  | 'bad-pattern' // continuous-output pattern cannot be compiled or has no `value` group
  | 'no-match' // continuous line does not match the configured pattern
  | 'no-weight' // a status-only answer to a weight request with no flag saying why
  | 'command-error' // the scale rejected the command (MT-SICS ES/ET/EL, NCI `?`)
  | 'not-executable'; // the scale could not carry out the command now (MT-SICS `I`, zero refused)

export interface ScaleFrameError {
  code: ScaleFrameErrorCode;
  message: string;
}

/** A scale answer that is not a weight: the acknowledgement of zero or tare. */
export interface ScaleAck {
  command: 'zero' | 'tare';
  /** Whether the scale says it did it. */
  done: boolean;
  message: string;
}

/** Result of decoding one complete frame. */
export type DecodedScaleFrame =
  | { kind: 'reading'; reading: ScaleReading }
  | { kind: 'ack'; ack: ScaleAck }
  | { kind: 'error'; error: ScaleFrameError };

export function frameError(code: ScaleFrameErrorCode, message: string): DecodedScaleFrame {
  return { kind: 'error', error: { code, message } };
}

/** Printable form of a frame for error messages (control characters as <XX>). */
export function visible(text: string, max = 40): string {
  let out = '';
  for (const ch of text.slice(0, max)) {
    const c = ch.charCodeAt(0);
    out += c < 0x20 || c > 0x7e ? `<${c.toString(16).padStart(2, '0').toUpperCase()}>` : ch;
  }
  return text.length > max ? `${out}…` : out;
}

/** Strict decimal number as scales send it: optional sign, digits, optional fraction. */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** What the driver knows when a frame arrives: the command it answers and the units to assume. */
export interface DecodeContext {
  /** The request this frame answers; status-only frames mean different things per request. */
  expect?: 'weight' | 'zero' | 'tare';
  /** Unit for frames that carry none (overload answers, status records). Default `g`. */
  fallbackUnit?: ScaleUnit;
  /** Unit forced by configuration for protocols whose frames carry no unit (Toledo 8213/8217). */
  unit?: ScaleUnit;
}

/**
 * A status-only answer (no weight field). For a weight request it becomes a reading with the
 * status and weight 0; for zero/tare it is the acknowledgement. `status` null = no flag set.
 */
export function statusOnlyFrame(status: ScaleStatus | null, ctx: DecodeContext, protocol: string): DecodedScaleFrame {
  const expect = ctx.expect ?? 'weight';
  if (expect === 'zero') {
    const done = status === 'zero';
    return { kind: 'ack', ack: { command: 'zero', done, message: done ? 'zero done' : `zero refused (scale status: ${status ?? 'not at zero'})` } };
  }
  if (expect === 'tare') {
    const done = status === null || status === 'zero' || status === 'stable';
    return { kind: 'ack', ack: { command: 'tare', done, message: done ? 'tare done' : `tare refused (scale status: ${status})` } };
  }
  if (status === null) return frameError('no-weight', `${protocol} answered with a status record without weight and without a flag saying why`);
  return { kind: 'reading', reading: makeReading(0, ctx.fallbackUnit ?? 'g', status) };
}
