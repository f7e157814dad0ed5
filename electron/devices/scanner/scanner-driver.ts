// Common base of every scanner driver: the typed events (`scan`, `raw`, `status`, `error`) and
// the translation of a decoder's output into them.

import { bytesToHex, visibleControls, latin1 } from '../../../shared/devices/scanner/bytes-text';
import type { RawFrame, RawScan, ScanSource } from '../../../shared/devices/scanner/scan-event';
import { ReconnectingDriver, type BackoffOptions, type DriverEvents } from '../reconnecting-driver';

export interface ScannerEvents extends DriverEvents {
  scan: RawScan;
  raw: RawFrame;
}

/** What the pure decoders (HID POS stream, keyboard assembler, line framing) produce. */
export type DecoderOutput =
  | { kind: 'scan'; symbology: string | null; data: string; bytes: Uint8Array }
  | { kind: 'rejected'; error: { code: string; message: string }; bytes: Uint8Array };

export interface ScannerDriverOptions {
  backoff?: BackoffOptions;
  /** Clock for `at` timestamps (tests pin it). */
  now?: () => Date;
}

export abstract class ScannerDriver extends ReconnectingDriver<ScannerEvents> {
  abstract readonly source: ScanSource;
  /** Identifies the device in scans and raw frames, e.g. `hid:0c2e:0b8f` or `serial:/dev/ttyACM0`. */
  protected deviceId: string | null = null;
  readonly #now: () => Date;

  constructor(opts: ScannerDriverOptions = {}) {
    super(opts.backoff);
    this.#now = opts.now ?? (() => new Date());
  }

  /** The device currently (or last) opened. */
  get device(): string | null {
    return this.deviceId;
  }

  protected handleOutputs(outputs: readonly DecoderOutput[]): void {
    for (const out of outputs) {
      const at = this.#now().toISOString();
      if (out.kind === 'scan') {
        const shown = (out.symbology ?? '') + out.data;
        this.emit('raw', { deviceId: this.deviceId, at, hex: bytesToHex(out.bytes), text: visibleControls(shown) });
        this.emit('scan', { source: this.source, data: out.data, symbology: out.symbology, deviceId: this.deviceId, at });
      } else {
        this.emit('raw', {
          deviceId: this.deviceId,
          at,
          hex: bytesToHex(out.bytes),
          text: visibleControls(latin1(out.bytes)),
          error: out.error,
        });
      }
    }
  }
}
