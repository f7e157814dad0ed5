import type { ScaleUnit } from '../../../../shared/devices/scale/reading';
import type { SimState } from './sim-state';

export interface ScaleResponder {
  /** Bytes from the host → bytes the scale sends back (possibly none). */
  receive(bytes: Uint8Array): Buffer;
  /** Streaming protocols only: the line sent every interval. */
  tick?(): Buffer;
}

const DEFAULT_DECIMALS: Partial<Record<ScaleUnit, number>> = { kg: 3, g: 1, lb: 3, oz: 2, mg: 0 };

/** The weight with the decimals the operator typed (or the unit's usual ones). */
export function fixed(state: SimState, weight: number, min?: number): string {
  const d = state.decimals ?? DEFAULT_DECIMALS[state.unit] ?? 3;
  return weight.toFixed(Math.max(d, min ?? 0));
}

/** Split input into commands ending at `end` (the terminator is dropped, CR/LF trimmed). */
export function lineSplitter(end: number): (bytes: Uint8Array) => string[] {
  let pending = '';
  return (bytes) => {
    for (const b of bytes) pending += String.fromCharCode(b & 0x7f);
    const parts = pending.split(String.fromCharCode(end));
    pending = parts.pop() ?? '';
    return parts.map((p) => p.replace(/[\r\n]/g, '')).filter((p) => p !== '');
  };
}
