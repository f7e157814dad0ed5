// Simulated Adam, SMA, A&D and KERN scales, answering as their decoders in shared/devices/scale/
// (adam.ts, sma.ts, and-polled.ts, kern.ts) describe from the manuals.
import { AK } from '../../../../shared/devices/scale/and-polled';
import { fixed, lineSplitter, type ScaleResponder } from './responder-kit';
import { simStatus, withGarbage, type SimState } from './sim-state';

const bytes = (state: SimState, text: string): Buffer => withGarbage(state, Buffer.from(text, 'latin1'));

/** Sign and magnitude of the simulated weight, as the printouts write them. */
function signed(state: SimState): { sign: string; value: string } {
  return { sign: state.weight < 0 ? '-' : ' ', value: fixed(state, Math.abs(state.weight)) };
}

/** Adam: `P` prints a settled weight once; silence while unchanged (or at zero); Z and T answer nothing. */
export function adam(state: SimState): ScaleResponder {
  const split = lineSplitter(0x0a);
  let reported: string | null = null;
  const answer = (cmd: string): string => {
    if (cmd === 'Z') Object.assign(state, { weight: 0, under: false });
    if (cmd === 'T') Object.assign(state, { tare: state.weight, weight: 0 });
    if (cmd !== 'P') return '';
    const s = simStatus(state, true);
    if (s === 'zero') reported = null; // back at zero: the next weight is news again
    if (s !== 'stable') return '';
    const { sign, value } = signed(state);
    const line = `${sign}${value.padStart(11)} ${state.unit.padEnd(3)}`;
    if (line === reported) return '';
    reported = line;
    return `${line}\r\n`;
  };
  return { receive: (b) => bytes(state, split(b).map((c) => answer(c.trim())).join('')) };
}

/** SMA level 1: <LF>W<CR>, <LF>Z<CR>, <LF>T<CR> → the standard 20-character response. */
export function sma(state: SimState): ScaleResponder {
  const split = lineSplitter(0x0d);
  const response = (): string => {
    const st = simStatus(state, true);
    const s = st === 'over' ? 'O' : st === 'under' ? 'U' : st === 'zero' ? 'Z' : ' ';
    const weight = st === 'over' ? '^'.repeat(10) : fixed(state, state.weight).padStart(10);
    return `\n${s}1${state.tare > 0 ? 'N' : 'G'}${state.motion ? 'M' : ' '} ${weight}${state.unit.padEnd(3)}\r`;
  };
  const answer = (cmd: string): string => {
    switch (cmd) {
      case 'W':
        return response();
      case 'Z':
        if (!state.motion && !state.over) Object.assign(state, { weight: 0, under: false });
        return response();
      case 'T':
        if (!state.motion && !state.over) Object.assign(state, { tare: state.weight, weight: 0 });
        return response();
      default:
        return '\n?\r';
    }
  };
  return { receive: (b) => bytes(state, split(b).map(answer).join('')) };
}

/** A&D: Q → one line in A&D standard format; R (re-zero) and T (tare) → <AK>; others → EC,E01. */
export function andPolled(state: SimState): ScaleResponder {
  const split = lineSplitter(0x0a);
  const dataLine = (): string => {
    const st = simStatus(state, true);
    const header = st === 'over' || st === 'under' ? 'OL' : st === 'motion' ? 'US' : 'ST';
    const { value } = signed(state);
    const sign = state.weight < 0 || st === 'under' ? '-' : '+';
    return `${header},${sign}${value.padStart(8, '0')}${state.unit.padStart(3)}\r\n`;
  };
  const answer = (cmd: string): string => {
    switch (cmd) {
      case 'Q':
      case 'SI':
        return dataLine();
      case 'R':
        if (!state.motion && !state.over) Object.assign(state, { weight: 0, under: false });
        return String.fromCharCode(AK);
      case 'T':
        if (!state.motion && !state.over) Object.assign(state, { tare: state.weight, weight: 0 });
        return String.fromCharCode(AK);
      default:
        return 'EC,E01\r\n';
    }
  };
  return { receive: (b) => bytes(state, split(b).map((c) => answer(c.trim())).join('')) };
}

/** KERN remote control: `w` → the weight line (no unit while unstable), `t` tares silently. */
export function kern(state: SimState): ScaleResponder {
  const line = (): string => {
    const st = simStatus(state, true);
    if (st === 'over' || st === 'under') return `${' '.repeat(11)}Error\r\n`;
    const { sign, value } = signed(state);
    return ` ${sign}${value.padStart(10)}${st === 'motion' ? '    ' : ` ${state.unit.padEnd(3)}`}\r\n`;
  };
  return {
    receive: (b) => {
      let out = '';
      for (const byte of b) {
        const c = String.fromCharCode(byte & 0x7f);
        if (c === 'w' || (c === 's' && !state.motion)) out += line();
        else if (c === 't' && !state.motion && !state.over) Object.assign(state, { tare: state.weight, weight: 0 });
      }
      return bytes(state, out);
    },
  };
}
