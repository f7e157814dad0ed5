// Keyboard-wedge scan detection for the renderer. A wedge scanner types its data as key events,
// much faster than a person: a burst of characters with small gaps ending in a terminator key
// (Enter/Tab) is a scan, whatever field has focus.
//
// Contract with the caller (a keydown handler), per step:
//  - `held: true`: cancel this event's default action for now; it will come back exactly once,
//    either inside a `scan` output (the UI drops it) or in a `typing` output (a person typed it:
//    the UI inserts it into the field), in this step or a later one.
//  - `held: false`: let this event act normally, after applying this step's outputs in order.
// Time comes only from the events' timeStamp, so the detector is pure; the caller calls
// `flush(now)` at `nextDeadline()` so a person's keystroke is released without waiting for the
// next key. A caller that never cancels characters can instead remove a scan's characters from
// the field on `scan` and cancel only the terminator (held in the step that completes the scan).

import { splitAimPrefix } from './aim';
import type { KeyTerminator } from './keyboard-scanner';

export interface WedgeKeyEvent {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** Milliseconds, as in KeyboardEvent.timeStamp. */
  timeStamp: number;
}

export interface WedgeOptions {
  /** Largest gap between two keys of one scan. */
  maxGapMs: number;
  /** Fewest characters (after prefix/suffix stripping) that make a scan. */
  minLength: number;
  /** When set, a scan must start with it; it is removed from the data. */
  prefix: string;
  /** When set, a scan must end with it; it is removed from the data. */
  suffix: string;
  /** Keys that end a scan; empty means a scan ends when the keys stop for `maxGapMs`. */
  terminators: readonly KeyTerminator[];
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = {
  maxGapMs: 40,
  minLength: 3,
  prefix: '',
  suffix: '',
  terminators: ['Enter', 'Tab'],
};

export interface WedgeScan<E> {
  data: string;
  symbology: string | null;
  /** Every event of the scan, terminator included, in order. */
  events: E[];
  startedAt: number;
  endedAt: number;
}

export type WedgeOutput<E> = { kind: 'scan'; scan: WedgeScan<E> } | { kind: 'typing'; events: E[] };

export interface WedgeStep<E> {
  /** True when this event is held back (part of a possible or finished scan). */
  held: boolean;
  outputs: WedgeOutput<E>[];
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock']);
const GS = '\x1d';

export class WedgeDetector<E extends WedgeKeyEvent = WedgeKeyEvent> {
  readonly #opts: WedgeOptions;
  #events: E[] = [];
  #text = '';
  #lastAt = 0;

  constructor(opts: Partial<WedgeOptions> = {}) {
    this.#opts = { ...DEFAULT_WEDGE_OPTIONS, ...opts };
  }

  /** True while events are held waiting for the burst to end. */
  get holding(): boolean {
    return this.#events.length > 0;
  }

  /**
   * Earliest time at which `flush` releases (or finishes) the held burst: just past the largest
   * allowed gap, since a key exactly `maxGapMs` after the last still belongs to it. Null when
   * nothing is held.
   */
  nextDeadline(): number | null {
    return this.holding ? this.#lastAt + this.#opts.maxGapMs + 1 : null;
  }

  push(ev: E): WedgeStep<E> {
    const outputs: WedgeOutput<E>[] = [];
    if (this.holding && ev.timeStamp - this.#lastAt > this.#opts.maxGapMs) this.#endBurst(outputs);

    if (MODIFIER_KEYS.has(ev.key)) {
      if (!this.holding) return { held: false, outputs };
      this.#events.push(ev);
      this.#lastAt = ev.timeStamp;
      return { held: true, outputs };
    }

    const terminator = this.#terminatorOf(ev);
    if (terminator && this.holding) {
      const scan = this.#asScan(ev);
      if (scan) {
        this.#clear();
        outputs.push({ kind: 'scan', scan });
        return { held: true, outputs };
      }
    }

    const ch = terminator ? null : charOf(ev);
    if (ch === null) {
      // Editing keys, shortcuts, a terminator after typing: a person at the keyboard.
      if (this.holding) this.#release(outputs);
      return { held: false, outputs };
    }
    this.#events.push(ev);
    this.#text += ch;
    this.#lastAt = ev.timeStamp;
    return { held: true, outputs };
  }

  /** Call at or after `nextDeadline()`: ends a burst that has gone quiet. */
  flush(now: number): WedgeOutput<E>[] {
    const outputs: WedgeOutput<E>[] = [];
    if (this.holding && now - this.#lastAt > this.#opts.maxGapMs) this.#endBurst(outputs);
    return outputs;
  }

  /** A burst that went quiet: a scan only when no terminator is configured, else typing. */
  #endBurst(outputs: WedgeOutput<E>[]): void {
    const scan = this.#opts.terminators.length === 0 ? this.#asScan() : null;
    if (scan) {
      this.#clear();
      outputs.push({ kind: 'scan', scan });
    } else {
      this.#release(outputs);
    }
  }

  /** The held burst as a scan (ended by `terminator` when given), or null when it is not one. */
  #asScan(terminator?: E): WedgeScan<E> | null {
    let text = this.#text;
    const { prefix, suffix, minLength } = this.#opts;
    if (prefix) {
      if (!text.startsWith(prefix)) return null;
      text = text.slice(prefix.length);
    }
    if (suffix) {
      if (!text.endsWith(suffix)) return null;
      text = text.slice(0, text.length - suffix.length);
    }
    if (text.length < minLength) return null;
    const { symbology, data } = splitAimPrefix(text);
    const events = terminator ? [...this.#events, terminator] : this.#events;
    const first = events[0] as E;
    const last = events[events.length - 1] as E;
    return { data, symbology, events, startedAt: first.timeStamp, endedAt: last.timeStamp };
  }

  #release(outputs: WedgeOutput<E>[]): void {
    outputs.push({ kind: 'typing', events: this.#events });
    this.#clear();
  }

  #clear(): void {
    this.#events = [];
    this.#text = '';
  }

  #terminatorOf(ev: WedgeKeyEvent): KeyTerminator | null {
    if (ev.ctrlKey || ev.altKey || ev.metaKey) return null;
    const key = ev.key === 'Enter' || ev.key === 'Tab' ? ev.key : null;
    return key !== null && this.#opts.terminators.includes(key) ? key : null;
  }
}

/** The character a keydown adds to a scan, or null when it is not part of one. */
function charOf(ev: WedgeKeyEvent): string | null {
  if (ev.altKey || ev.metaKey) return null;
  // Ctrl+] is how wedge scanners type FNC1 (GS, 0x1D): ']' & 0x1F. Some layouts report '}' or
  // the control character itself.
  if (ev.ctrlKey) return ev.key === ']' || ev.key === '}' || ev.key === GS ? GS : null;
  if (ev.key === GS) return GS;
  return [...ev.key].length === 1 ? ev.key : null;
}
