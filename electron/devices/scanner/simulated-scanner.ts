// A scanner for tests and demo mode: `scan(text)` builds the HID POS reports a Honeywell-style
// scanner would send and runs them through the real decoder and reassembler, so a simulated scan
// exercises the same path as a real one. `unplug()`/`plug()` exercise reconnect.

import { splitAimPrefix } from '../../../shared/devices/scanner/aim';
import { encodeUtf8 } from '../../../shared/devices/scanner/bytes-text';
import { encodeHidPosReports } from '../../../shared/devices/scanner/hid-pos-encode';
import { HidPosScanStream } from '../../../shared/devices/scanner/hid-pos-stream';
import { ScannerDriver, type ScannerDriverOptions } from './scanner-driver';

export class SimulatedScanner extends ScannerDriver {
  readonly source = 'simulator' as const;
  readonly #stream = new HidPosScanStream();
  #plugged = true;
  #open = false;

  constructor(opts: ScannerDriverOptions = {}) {
    super(opts);
    this.deviceId = 'simulator';
  }

  /**
   * Scans `text` (GS as '\x1d'). A leading AIM identifier (`]d2…`) goes into the report's
   * symbology fields, as a scanner set to transmit AIM IDs would send it. Returns false when
   * the simulated scanner is not connected (the scan is lost, as with a real one).
   */
  scan(text: string): boolean {
    if (!this.#open) return false;
    const { symbology, data } = splitAimPrefix(text);
    for (const report of encodeHidPosReports(encodeUtf8(data), symbology)) this.feedReport(report);
    return true;
  }

  /** Feeds one raw HID POS report (for tests of garbage and split reports). */
  feedReport(report: Uint8Array): void {
    if (!this.#open) return;
    this.handleOutputs(this.#stream.push(report));
  }

  /** The simulated cable is pulled: status goes disconnected, reconnect attempts fail. */
  unplug(): void {
    this.#plugged = false;
    if (this.#open) {
      this.#open = false;
      this.connectionLost(new Error('simulated scanner unplugged'));
    }
  }

  /** The cable is back: the next reconnect attempt succeeds. */
  plug(): void {
    this.#plugged = true;
  }

  protected async open(): Promise<void> {
    if (!this.#plugged) throw new Error('simulated scanner is unplugged');
    this.#stream.reset();
    this.#open = true;
  }

  protected async close(): Promise<void> {
    this.#open = false;
    this.#stream.reset();
  }
}
