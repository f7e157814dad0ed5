import { ADAM_ANSWER_MS, ADAM_COMMANDS, ADAM_PAUSE_AFTER_WEIGHT_MS, decodeAdamLine } from '../../../shared/devices/scale/adam';
import { AND_COMMANDS, decodeAndLine } from '../../../shared/devices/scale/and-polled';
import type { SerialScaleConfig } from '../../../shared/devices/scale/config';
import { autoContinuousParser, compileContinuousPattern, decodeContinuousLine } from '../../../shared/devices/scale/continuous';
import type { DecodeContext, DecodedScaleFrame } from '../../../shared/devices/scale/decoded-frame';
import { decodeKernLine, KERN_COMMANDS } from '../../../shared/devices/scale/kern';
import { decodeMtSicsLine, MT_SICS_COMMANDS } from '../../../shared/devices/scale/mt-sics';
import { decodeNciFrame, NCI_COMMANDS } from '../../../shared/devices/scale/nci';
import { decodeSmaFrame, SMA_COMMANDS } from '../../../shared/devices/scale/sma';
import { decodeToledoFrame, TOLEDO_COMMANDS } from '../../../shared/devices/scale/toledo-8217';
import { AndFramer } from './framing/and-framer';
import { CrLfLineFramer } from './framing/crlf-line-framer';
import type { ScaleFramer } from './framing/framer';
import { LfCrFramer } from './framing/lf-cr-framer';
import { LfEtxFramer } from './framing/lf-etx-framer';
import { LineFramer } from './framing/line-framer';
import { StxCrFramer } from './framing/stx-cr-framer';

/** Everything the serial driver needs to know about one protocol. */
export interface SerialProtocol {
  name: string;
  createFramer(): ScaleFramer;
  decode(frame: Buffer, ctx: DecodeContext): DecodedScaleFrame;
  /** Weight request; absent for protocols that stream on their own. */
  weigh?: string;
  zero?: string;
  tare?: string;
  /** How long to wait for the answer to a weight request (default 1000 ms). */
  answerMs?: number;
  /** No answer to a weight request means "unchanged", not a silent scale (Adam). */
  silenceIsUnchanged?: boolean;
  /** Pause before asking again after a weight arrived (instead of the poll interval). */
  pauseAfterReadingMs?: number;
  /** What answers zero and tare: a frame (default), nothing ever, or an acknowledgement only when the scale is set to send one. */
  commandAnswer?: 'frame' | 'none' | 'optional';
  /** The scale reports a weight only after it went back to zero since its last report (Adam). */
  reportsAfterZero?: boolean;
}

const latin1 = (frame: Buffer) => frame.toString('latin1');

/** The weight, zero and tare requests of a protocol's command table. */
function requests(c: { weigh: string; zero?: string; tare?: string }): Pick<SerialProtocol, 'weigh' | 'zero' | 'tare'> {
  return { weigh: c.weigh, ...(c.zero === undefined ? {} : { zero: c.zero }), ...(c.tare === undefined ? {} : { tare: c.tare }) };
}

/** Protocol adapter for a config; throws on a continuous pattern that cannot be compiled. */
export function serialProtocol(config: SerialScaleConfig): SerialProtocol {
  switch (config.protocol) {
    case 'mt-sics':
      return { name: 'MT-SICS', createFramer: () => new CrLfLineFramer(), decode: (f, ctx) => decodeMtSicsLine(latin1(f), ctx), ...requests(MT_SICS_COMMANDS) };
    case 'toledo-8217':
      return { name: 'Toledo 8217', createFramer: () => new StxCrFramer(), decode: (f, ctx) => decodeToledoFrame(latin1(f), ctx), ...requests(TOLEDO_COMMANDS) };
    case 'nci':
      return { name: 'NCI', createFramer: () => new LfEtxFramer(), decode: (f, ctx) => decodeNciFrame(latin1(f), ctx), ...requests(NCI_COMMANDS) };
    case 'sma':
      return { name: 'SMA', createFramer: () => new LfCrFramer(), decode: (f, ctx) => decodeSmaFrame(latin1(f), ctx), ...requests(SMA_COMMANDS) };
    case 'and-polled':
      return { name: 'A&D', createFramer: () => new AndFramer(), decode: (f, ctx) => decodeAndLine(latin1(f), ctx), ...requests(AND_COMMANDS), commandAnswer: 'optional' };
    case 'kern':
      return { name: 'KERN', createFramer: () => new CrLfLineFramer(), decode: (f, ctx) => decodeKernLine(latin1(f), ctx), ...requests(KERN_COMMANDS), commandAnswer: 'none' };
    case 'adam':
      return {
        name: 'Adam',
        createFramer: () => new LineFramer(),
        decode: (f) => decodeAdamLine(latin1(f)),
        ...requests(ADAM_COMMANDS),
        answerMs: ADAM_ANSWER_MS,
        silenceIsUnchanged: true,
        pauseAfterReadingMs: ADAM_PAUSE_AFTER_WEIGHT_MS,
        commandAnswer: 'none',
        reportsAfterZero: true,
      };
    case 'continuous': {
      const unit = config.unit ?? 'kg';
      let parser = autoContinuousParser(unit);
      if (config.pattern !== undefined) {
        const compiled = compileContinuousPattern(config.pattern, unit);
        if (!compiled.ok) throw new Error(compiled.error.message);
        parser = compiled.parser;
      }
      return { name: 'continuous-output', createFramer: () => new LineFramer(), decode: (f) => decodeContinuousLine(latin1(f), parser) };
    }
  }
}
