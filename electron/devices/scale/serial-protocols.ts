import type { SerialScaleConfig } from '../../../shared/devices/scale/config';
import { compileContinuousPattern, decodeContinuousLine, DEFAULT_CONTINUOUS_PATTERN } from '../../../shared/devices/scale/continuous';
import type { DecodeContext, DecodedScaleFrame } from '../../../shared/devices/scale/decoded-frame';
import { decodeMtSicsLine, MT_SICS_COMMANDS } from '../../../shared/devices/scale/mt-sics';
import { decodeNciFrame, NCI_COMMANDS } from '../../../shared/devices/scale/nci';
import { decodeToledoFrame, TOLEDO_COMMANDS } from '../../../shared/devices/scale/toledo-8217';
import { CrLfLineFramer } from './framing/crlf-line-framer';
import type { ScaleFramer } from './framing/framer';
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
}

/** Protocol adapter for a config; throws on a continuous pattern that cannot be compiled. */
export function serialProtocol(config: SerialScaleConfig): SerialProtocol {
  switch (config.protocol) {
    case 'mt-sics':
      return {
        name: 'MT-SICS',
        createFramer: () => new CrLfLineFramer(),
        decode: (frame, ctx) => decodeMtSicsLine(frame.toString('latin1'), ctx),
        weigh: MT_SICS_COMMANDS.weigh,
        zero: MT_SICS_COMMANDS.zero,
        tare: MT_SICS_COMMANDS.tare,
      };
    case 'toledo-8217': {
      const unit = config.unit;
      return {
        name: 'Toledo 8217',
        createFramer: () => new StxCrFramer(),
        decode: (frame, ctx) => decodeToledoFrame(frame.toString('latin1'), unit ? { ...ctx, unit } : ctx),
        weigh: TOLEDO_COMMANDS.weigh,
        zero: TOLEDO_COMMANDS.zero,
        tare: TOLEDO_COMMANDS.tare,
      };
    }
    case 'nci':
      return {
        name: 'NCI',
        createFramer: () => new LfEtxFramer(),
        decode: (frame, ctx) => decodeNciFrame(frame.toString('latin1'), ctx),
        weigh: NCI_COMMANDS.weigh,
        zero: NCI_COMMANDS.zero,
        tare: NCI_COMMANDS.tare,
      };
    case 'continuous': {
      const compiled = compileContinuousPattern(config.pattern ?? DEFAULT_CONTINUOUS_PATTERN, config.unit ?? 'kg');
      if (!compiled.ok) throw new Error(compiled.error.message);
      const parser = compiled.parser;
      return {
        name: 'continuous-output',
        createFramer: () => new LineFramer(),
        decode: (frame) => decodeContinuousLine(frame.toString('latin1'), parser),
      };
    }
  }
}
