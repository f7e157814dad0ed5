// The whole HID POS receive path as one pure step function: report bytes in, finished scans and
// rejected reports out, each with every byte that made it up (for the Devices test panel).
// The driver and the simulated scanner both run their reports through this.

import { bytesToText, concatBytes } from './bytes-text';
import { decodeHidPosReport, type HidPosLayout } from './hid-pos-report';
import { HidPosReassembler, type ReassemblerOptions } from './hid-pos-reassembler';

export type HidPosStreamOutput =
  | { kind: 'scan'; symbology: string | null; data: string; bytes: Uint8Array }
  | { kind: 'rejected'; error: { code: string; message: string }; bytes: Uint8Array };

export interface HidPosStreamOptions extends ReassemblerOptions {
  layout?: HidPosLayout;
}

export class HidPosScanStream {
  readonly #layout: HidPosLayout;
  readonly #reassembler: HidPosReassembler;
  #reports: Uint8Array[] = [];
  /** After an oversized scan: its remaining reports are skipped, not kept. */
  #dropping = false;

  constructor(opts: HidPosStreamOptions = {}) {
    this.#layout = opts.layout ?? 'counted';
    this.#reassembler = new HidPosReassembler(opts);
  }

  reset(): void {
    this.#reassembler.reset();
    this.#reports = [];
    this.#dropping = false;
  }

  push(report: Uint8Array, nowMs?: number): HidPosStreamOutput[] {
    const decoded = decodeHidPosReport(report, this.#layout);
    if (!decoded.ok) {
      // Other report IDs (status, trigger) are not scans; they do not break a scan in progress.
      return [{ kind: 'rejected', error: decoded.error, bytes: report.slice() }];
    }
    const out: HidPosStreamOutput[] = [];
    for (const result of this.#reassembler.push(decoded.piece, nowMs)) {
      if (result.kind === 'error') {
        const bytes = concatBytes(result.error.code === 'incomplete-scan' ? this.#reports : [...this.#reports, report]);
        this.#reports = [];
        this.#dropping = result.error.code === 'scan-too-long';
        out.push({ kind: 'rejected', error: result.error, bytes });
      } else if (result.kind === 'partial') {
        if (!this.#dropping) this.#reports.push(report.slice());
      } else if (result.kind === 'scan') {
        const bytes = concatBytes([...this.#reports, report]);
        this.#reports = [];
        out.push({ kind: 'scan', symbology: result.symbology, data: bytesToText(result.data), bytes });
      }
    }
    if (!this.#reassembler.pending) {
      this.#reports = [];
      this.#dropping = false;
    }
    return out;
  }
}
