// Joins the reports of one HID POS scan: a scan longer than 56 bytes arrives as several Scanned
// Data Reports, each but the last with Decode Data Continued set (HID POS Usage Tables, usage
// 0x8C:0xFF). The AIM identifier of the first report is kept for the whole scan.

import type { HidPosPiece } from './hid-pos-report';

export interface ReassemblerOptions {
  /** Longest scan accepted, in bytes (a Data Matrix holds at most 3116 digits; QR codes more). */
  maxBytes?: number;
  /**
   * A continuation arriving later than this after the previous report starts a new scan: the
   * rest of the old one was lost (unplug, dropped report) and must not be glued onto the next.
   */
  staleMs?: number;
}

export type ReassemblyResult =
  | { kind: 'scan'; symbology: string | null; data: Uint8Array }
  | { kind: 'partial' }
  /** An empty final report with nothing pending: some scanners send it as an end marker. */
  | { kind: 'ignored' }
  | { kind: 'error'; error: { code: 'scan-too-long' | 'incomplete-scan'; message: string } };

export const DEFAULT_MAX_SCAN_BYTES = 8192;
export const DEFAULT_STALE_MS = 1000;

export class HidPosReassembler {
  readonly #maxBytes: number;
  readonly #staleMs: number;
  #parts: Uint8Array[] = [];
  #length = 0;
  #symbology: string | null = null;
  #lastAt: number | null = null;
  /** Set after an overflow: skip reports until the scan's final one. */
  #discarding = false;

  constructor(opts: ReassemblerOptions = {}) {
    this.#maxBytes = opts.maxBytes ?? DEFAULT_MAX_SCAN_BYTES;
    this.#staleMs = opts.staleMs ?? DEFAULT_STALE_MS;
  }

  /** True while a scan has started and its final report has not come. */
  get pending(): boolean {
    return this.#parts.length > 0 || this.#discarding;
  }

  reset(): void {
    this.#parts = [];
    this.#length = 0;
    this.#symbology = null;
    this.#lastAt = null;
    this.#discarding = false;
  }

  /**
   * Adds one decoded report. `nowMs` (any monotonic clock) enables the stale check; an
   * abandoned partial scan is reported as an error before the new report is taken.
   */
  push(piece: HidPosPiece, nowMs?: number): ReassemblyResult[] {
    const out: ReassemblyResult[] = [];
    if (this.pending && nowMs !== undefined && this.#lastAt !== null && nowMs - this.#lastAt > this.#staleMs) {
      const had = this.#length;
      this.reset();
      out.push({
        kind: 'error',
        error: { code: 'incomplete-scan', message: `a scan of ${had} bytes never got its final report; it was dropped` },
      });
    }
    this.#lastAt = nowMs ?? null;

    if (this.#discarding) {
      if (!piece.continued) this.reset();
      out.push({ kind: 'partial' });
      return out;
    }
    if (!this.pending) {
      if (!piece.continued && piece.data.length === 0) {
        out.push({ kind: 'ignored' });
        return out;
      }
      this.#symbology = piece.symbology;
    }
    if (this.#length + piece.data.length > this.#maxBytes) {
      const continued = piece.continued;
      this.reset();
      this.#discarding = continued;
      out.push({
        kind: 'error',
        error: { code: 'scan-too-long', message: `scan longer than ${this.#maxBytes} bytes was dropped` },
      });
      return out;
    }
    this.#parts.push(piece.data);
    this.#length += piece.data.length;
    if (piece.continued) {
      out.push({ kind: 'partial' });
      return out;
    }
    const data = new Uint8Array(this.#length);
    let at = 0;
    for (const part of this.#parts) {
      data.set(part, at);
      at += part.length;
    }
    const symbology = this.#symbology;
    this.reset();
    out.push({ kind: 'scan', symbology, data });
    return out;
  }
}
