// Scale-side answers for the simulators, following the same manual sections as the decoders
// (see shared/devices/scale/{mt-sics,toledo-8217,nci,continuous}.ts; the Adam, SMA, A&D and KERN
// answers are in protocol-responders.ts).
import type { SerialScaleProtocol } from '../../../../shared/devices/scale/config';
import { convertWeight, type ScaleUnit } from '../../../../shared/devices/scale/reading';
import { adam, andPolled, kern, sma } from './protocol-responders';
import { fixed, lineSplitter, type ScaleResponder } from './responder-kit';
import { simStatus, withGarbage, type SimState } from './sim-state';

export type { ScaleResponder } from './responder-kit';

function mtSics(state: SimState): ScaleResponder {
  const split = lineSplitter(0x0a);
  const weightLine = (dynamicOk: boolean): string => {
    if (state.over) return 'S +';
    if (state.under) return 'S -';
    if (state.motion && !dynamicOk) return 'S I';
    return `S ${state.motion ? 'D' : 'S'} ${fixed(state, state.weight).padStart(10)} ${state.unit}`;
  };
  const answer = (cmd: string): string => {
    switch (cmd) {
      case 'S':
        return weightLine(false);
      case 'SI':
        return weightLine(true);
      case 'Z':
      case 'ZI':
        if (state.motion && cmd === 'Z') return 'Z I';
        if (state.over) return `${cmd} +`;
        Object.assign(state, { weight: 0, tare: 0, under: false });
        return cmd === 'Z' ? 'Z A' : 'ZI S';
      case 'T':
      case 'TI':
        if (state.motion && cmd === 'T') return 'T I';
        if (state.over) return `${cmd} +`;
        if (state.under) return `${cmd} -`;
        state.tare = state.weight;
        state.weight = 0;
        return `${cmd} S ${fixed(state, state.tare).padStart(10)} ${state.unit}`;
      default:
        return 'ES';
    }
  };
  return { receive: (bytes) => withGarbage(state, Buffer.from(split(bytes).map((c) => `${answer(c.trim())}\r\n`).join(''), 'latin1')) };
}

/** Toledo weight record field: kg WW.WWW, lb 0WW.WW, g 0XXXXX (no unit in the frame). */
function toledoWeight(state: SimState): string {
  const unit: ScaleUnit = state.unit === 'g' || state.unit === 'lb' || state.unit === 'kg' ? state.unit : state.unit === 'oz' ? 'lb' : 'kg';
  const w = convertWeight(state.weight, state.unit, unit);
  if (unit === 'g') return Math.round(w).toString().padStart(6, '0');
  return w.toFixed(unit === 'kg' ? 3 : 2).padStart(6, '0');
}

function toledoStatusByte(state: SimState): number {
  const s = simStatus(state, true);
  const bits = { over: 0x02, under: 0x04, motion: 0x01, zero: 0x10, stable: 0, error: 0 }[s];
  return 0x40 | bits;
}

function toledo(state: SimState): ScaleResponder {
  let pending = '';
  const status = (): string => `\x02?${String.fromCharCode(toledoStatusByte(state))}\r`;
  const answer = (): string => {
    let out = '';
    while (pending.length > 0) {
      const c = pending[0] as string;
      if (c === 'T') {
        const cr = pending.indexOf('\r');
        if (cr < 0) break; // T<CR> or TWWWWW<CR>: wait for the CR
        pending = pending.slice(cr + 1);
        if (!state.motion && !state.over) Object.assign(state, { tare: state.weight, weight: 0 });
        out += status();
        continue;
      }
      pending = pending.slice(1);
      if (c === 'W') {
        const s = simStatus(state, true);
        out += s === 'stable' || s === 'zero' ? `\x02${toledoWeight(state)}${state.tare > 0 ? 'N' : ''}\r` : status();
      } else if (c === 'Z') {
        if (!state.motion && !state.over) Object.assign(state, { weight: 0, under: false });
        out += status();
      } else if (c === 'C') {
        if (!state.motion) Object.assign(state, { weight: state.weight + state.tare, tare: 0 });
        out += status();
      }
    }
    return out;
  };
  return {
    receive: (bytes) => {
      for (const b of bytes) pending += String.fromCharCode(b & 0x7f);
      return withGarbage(state, Buffer.from(answer(), 'latin1'));
    },
  };
}

function nciStatusBytes(state: SimState): string {
  const s = simStatus(state, true);
  const b1 = 0x30 | (s === 'motion' ? 0x01 : 0) | (state.weight === 0 && s !== 'motion' ? 0x02 : 0);
  const b2 = 0x30 | (s === 'under' ? 0x01 : 0) | (s === 'over' ? 0x02 : 0);
  return String.fromCharCode(b1, b2);
}

/** NCI weight field: six characters, decimals fixed per unit (DIVA §6.1.1.1 note 1). */
const NCI_DECIMALS: Partial<Record<ScaleUnit, number>> = { kg: 3, g: 0, lb: 2, oz: 1 };

function nci(state: SimState): ScaleResponder {
  const split = lineSplitter(0x0d);
  const statusFrame = (): string => `\n${nciStatusBytes(state)}\r\x03`;
  const answer = (cmd: string): string => {
    switch (cmd) {
      case 'W': {
        const s = simStatus(state, true);
        if (s !== 'stable' && s !== 'zero') return statusFrame();
        const decimals = NCI_DECIMALS[state.unit];
        const unit: ScaleUnit = decimals === undefined ? 'kg' : state.unit;
        const field = convertWeight(state.weight, state.unit, unit).toFixed(decimals ?? 3).padStart(6, '0');
        return `\n${field}${unit.toUpperCase()}\r\n${nciStatusBytes(state)}\r\x03`;
      }
      case 'S':
        return statusFrame();
      case 'Z':
        if (!state.motion && !state.over) Object.assign(state, { weight: 0, under: false });
        return statusFrame();
      case 'T':
        if (!state.motion && !state.over) Object.assign(state, { tare: state.weight, weight: 0 });
        return statusFrame();
      default:
        return '\n?\r\x03';
    }
  };
  return { receive: (bytes) => withGarbage(state, Buffer.from(split(bytes).map(answer).join(''), 'latin1')) };
}

function continuous(state: SimState): ScaleResponder {
  return {
    receive: () => Buffer.alloc(0),
    tick: () => {
      const flag = { over: 'OL', under: 'UL', motion: 'US', zero: 'ST', stable: 'ST', error: 'OL' }[simStatus(state, false)];
      return withGarbage(state, Buffer.from(`${flag},${state.tare > 0 ? 'NT' : 'GS'},${fixed(state, state.weight).padStart(9)} ${state.unit}\r\n`, 'latin1'));
    },
  };
}

export function createResponder(protocol: SerialScaleProtocol, state: SimState): ScaleResponder {
  switch (protocol) {
    case 'mt-sics':
      return mtSics(state);
    case 'toledo-8217':
      return toledo(state);
    case 'nci':
      return nci(state);
    case 'continuous':
      return continuous(state);
    case 'adam':
      return adam(state);
    case 'sma':
      return sma(state);
    case 'and-polled':
      return andPolled(state);
    case 'kern':
      return kern(state);
  }
}
