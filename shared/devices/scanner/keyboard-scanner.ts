// Turns the report stream of a keyboard-mode scanner into scans. A key types on the report in
// which it first appears (press), not again while it stays in the following reports (held), and
// again only after a report without it (release) — so "11" needs press, release, press.
// Enter/Tab end a scan (configurable); Ctrl+] gives GS; Alt+keypad digits give the character
// with that decimal code when Alt is released (the "Alt mode" some scanners use for GS: Alt+029).

import { splitAimPrefix } from './aim';
import { concatBytes } from './bytes-text';
import { decodeKeyboardReport } from './keyboard-report';
import { keypadDigit, MOD_ALT, usageToChar, USAGE_ENTER, USAGE_KEYPAD_ENTER, USAGE_TAB } from './keyboard-usage';

export type KeyTerminator = 'Enter' | 'Tab';

export interface KeyboardScannerOptions {
  terminators?: readonly KeyTerminator[];
  reportId?: number | null;
  /** Longest scan kept; longer input without a terminator is dropped. */
  maxLength?: number;
}

export type KeyboardScanOutput =
  | { kind: 'scan'; symbology: string | null; data: string; bytes: Uint8Array }
  | { kind: 'rejected'; error: { code: string; message: string }; bytes: Uint8Array };

export class KeyboardScanAssembler {
  readonly #terminators: ReadonlySet<KeyTerminator>;
  readonly #reportId: number | null;
  readonly #maxLength: number;
  #held = new Set<number>();
  #modifiers = 0;
  #text = '';
  #altCode: number | null = null;
  #reports: Uint8Array[] = [];

  constructor(opts: KeyboardScannerOptions = {}) {
    this.#terminators = new Set(opts.terminators ?? ['Enter', 'Tab']);
    this.#reportId = opts.reportId ?? null;
    this.#maxLength = opts.maxLength ?? 8192;
  }

  reset(): void {
    this.#held = new Set();
    this.#modifiers = 0;
    this.#text = '';
    this.#altCode = null;
    this.#reports = [];
  }

  /** Characters typed since the last scan (for a caller that ends scans on idle time). */
  get pendingText(): string {
    return this.#text;
  }

  push(bytes: Uint8Array): KeyboardScanOutput[] {
    const decoded = decodeKeyboardReport(bytes, this.#reportId);
    if (!decoded.ok) {
      // Phantom state carries no key information: keep the held keys as they were.
      return [{ kind: 'rejected', error: decoded.error, bytes: bytes.slice() }];
    }
    const out: KeyboardScanOutput[] = [];
    if (this.#reports.length < 4096) this.#reports.push(bytes.slice());
    const { modifiers, keys } = decoded.report;

    // Alt released: an Alt+keypad code is complete.
    if (this.#modifiers & MOD_ALT && !(modifiers & MOD_ALT) && this.#altCode !== null) {
      this.#append(String.fromCharCode(this.#altCode & 0xff), out);
      this.#altCode = null;
    }
    this.#modifiers = modifiers;

    for (const usage of keys) {
      if (this.#held.has(usage)) continue;
      this.#press(usage, modifiers, out);
    }
    this.#held = new Set(keys);
    return out;
  }

  /** Ends the current input as a scan without a terminator (idle timeout); none when empty. */
  flush(): KeyboardScanOutput[] {
    const out: KeyboardScanOutput[] = [];
    if (this.#text.length > 0) this.#finish(out);
    else this.#reports = [];
    return out;
  }

  #press(usage: number, modifiers: number, out: KeyboardScanOutput[]): void {
    if (modifiers & MOD_ALT) {
      const digit = keypadDigit(usage);
      if (digit !== null) this.#altCode = ((this.#altCode ?? 0) * 10 + digit) % 1000;
      return;
    }
    const terminator: KeyTerminator | null =
      usage === USAGE_ENTER || usage === USAGE_KEYPAD_ENTER ? 'Enter' : usage === USAGE_TAB ? 'Tab' : null;
    if (terminator !== null && this.#terminators.has(terminator)) {
      if (this.#text.length > 0) this.#finish(out);
      else this.#reports = [];
      return;
    }
    if (terminator !== null) {
      this.#append(terminator === 'Enter' ? '\r' : '\t', out);
      return;
    }
    const ch = usageToChar(usage, modifiers);
    if (ch !== null) this.#append(ch, out);
  }

  #append(ch: string, out: KeyboardScanOutput[]): void {
    if (this.#text.length >= this.#maxLength) {
      out.push({
        kind: 'rejected',
        error: { code: 'scan-too-long', message: `keyboard input longer than ${this.#maxLength} characters without a terminator` },
        bytes: concatBytes(this.#reports),
      });
      this.#text = '';
      this.#reports = [];
    }
    this.#text += ch;
  }

  #finish(out: KeyboardScanOutput[]): void {
    const { symbology, data } = splitAimPrefix(this.#text);
    out.push({ kind: 'scan', symbology, data, bytes: concatBytes(this.#reports) });
    this.#text = '';
    this.#reports = [];
  }
}
