import { parseUnit, type ScaleStatus, type ScaleUnit } from '../../../../shared/devices/scale/reading';

/** What a simulated scale currently "weighs"; changed by stdin lines or by zero/tare commands. */
export interface SimState {
  weight: number;
  unit: ScaleUnit;
  /** Decimals the operator typed (kept in answers so `1.234 kg` reads back as 1.234). */
  decimals: number | null;
  motion: boolean;
  over: boolean;
  under: boolean;
  /** Send a burst of noise before the next answer (tests resynchronisation). */
  garbage: boolean;
  tare: number;
  /** The cable is out: a serial scale answers nothing, an in-process one is gone until `plug`. */
  unplugged: boolean;
}

export function initialSimState(): SimState {
  return { weight: 0, unit: 'kg', decimals: null, motion: false, over: false, under: false, garbage: false, tare: 0, unplugged: false };
}

export const SIM_COMMANDS_HELP = '"<number> <unit>" (e.g. 1.234 kg, 0.5 lb), motion, stable, over, under, zero, garbage, unplug, plug';

/** Apply one operator line. Returns an error message for a line that means nothing. */
export function applySimCommand(state: SimState, line: string): { ok: true } | { ok: false; error: string } {
  const text = line.trim().toLowerCase();
  const m = /^([-+]?\d+(?:\.(\d+))?)\s*([a-z]+)$/.exec(text);
  if (m) {
    const unit = parseUnit(m[3] as string);
    if (!unit) return { ok: false, error: `unknown unit "${m[3]}"` };
    Object.assign(state, { weight: Number(m[1]), unit, decimals: (m[2] ?? '').length, motion: false, over: false, under: false });
    return { ok: true };
  }
  switch (text) {
    case 'motion':
      state.motion = true;
      return { ok: true };
    case 'stable':
      state.motion = false;
      return { ok: true };
    case 'over':
      Object.assign(state, { over: true, under: false });
      return { ok: true };
    case 'under':
      Object.assign(state, { under: true, over: false });
      return { ok: true };
    case 'zero':
      Object.assign(state, { weight: 0, motion: false, over: false, under: false });
      return { ok: true };
    case 'garbage':
      state.garbage = true;
      return { ok: true };
    case 'unplug':
      state.unplugged = true;
      return { ok: true };
    case 'plug':
      state.unplugged = false;
      return { ok: true };
    default:
      return { ok: false, error: `unknown simulator command "${line.trim()}"; use ${SIM_COMMANDS_HELP}` };
  }
}

/** The condition the scale would report; `signedUnder` makes a negative weight "under zero". */
export function simStatus(state: SimState, signedUnder: boolean): ScaleStatus {
  if (state.over) return 'over';
  if (state.under || (signedUnder && state.weight < 0)) return 'under';
  if (state.motion) return 'motion';
  return state.weight === 0 ? 'zero' : 'stable';
}

/** Noise that holds none of the delimiters of the serial protocols (STX, LF, CR, ETX). */
export const GARBAGE_BYTES: readonly number[] = [0x00, 0xff, 0x13, 0x11, 0x80, 0x1b, 0x7f, 0x91];

/** Prefix the answer with noise once if the operator asked for it. */
export function withGarbage(state: SimState, answer: Buffer): Buffer {
  if (!state.garbage || answer.length === 0) return answer;
  state.garbage = false;
  return Buffer.concat([Buffer.from(GARBAGE_BYTES), answer]);
}
