// HID scanners (HID POS and keyboard mode) on an injected HidDeviceSource: list, select by
// VID/PID/usage page, open, run every input report through the pure decoder of the mode.
// A read error (unplug) sets status disconnected and the base class reconnects with backoff.

import type { HidKeyboardScannerConfig, HidPosScannerConfig } from '../../../shared/devices/scanner/config';
import { HidPosScanStream } from '../../../shared/devices/scanner/hid-pos-stream';
import { KeyboardScanAssembler } from '../../../shared/devices/scanner/keyboard-scanner';
import { hex4, isPermissionError, permissionError } from './device-errors';
import type { HidDeviceSource, HidReportStream } from './hid-source';
import { ScannerDriver, type DecoderOutput, type ScannerDriverOptions } from './scanner-driver';
import { selectHidDevice } from './select-hid-device';

interface ReportDecoder {
  push(report: Uint8Array, nowMs: number): DecoderOutput[];
  reset(): void;
}

export interface HidScannerDriverOptions extends ScannerDriverOptions {
  /** Monotonic milliseconds for the HID POS stale-continuation check. */
  monotonicMs?: () => number;
}

abstract class HidScannerDriver extends ScannerDriver {
  #stream: HidReportStream | undefined;
  readonly #monotonicMs: () => number;

  protected constructor(
    protected readonly config: HidPosScannerConfig | HidKeyboardScannerConfig,
    private readonly hid: HidDeviceSource,
    private readonly decoder: ReportDecoder,
    opts: HidScannerDriverOptions,
  ) {
    super(opts);
    this.#monotonicMs = opts.monotonicMs ?? (() => performance.now());
  }

  protected async open(): Promise<void> {
    const selected = selectHidDevice(await this.hid.list(), this.config, this.config.kind);
    if (!selected.ok) throw new Error(selected.message);
    const { device } = selected;
    this.deviceId = `hid:${hex4(device.vendorId).slice(2)}:${hex4(device.productId).slice(2)}`;
    let stream: HidReportStream;
    try {
      stream = await this.hid.open(device.path);
    } catch (err) {
      const name = `${device.path} (VID ${hex4(device.vendorId)} PID ${hex4(device.productId)})`;
      if (isPermissionError(err)) throw permissionError(name, err);
      throw new Error(`Cannot open scanner ${name}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    this.decoder.reset();
    this.#stream = stream;
    let lost = false;
    stream.onError((err) => {
      if (this.#stream !== stream || lost) return;
      lost = true;
      // connectionLost() calls close(), which releases the failed handle (an fd on hidraw).
      this.connectionLost(new Error(`Scanner ${this.deviceId ?? device.path} stopped responding: ${err.message}`, { cause: err }));
    });
    stream.onReport((report) => {
      if (this.#stream !== stream) return;
      this.handleOutputs(this.decoder.push(report, this.#monotonicMs()));
    });
  }

  protected async close(): Promise<void> {
    const stream = this.#stream;
    this.#stream = undefined;
    this.decoder.reset();
    if (stream) await stream.close();
  }
}

/** A scanner in HID POS mode (usage page 0x8C): scans with AIM identifier, any length. */
export class HidPosScannerDriver extends HidScannerDriver {
  readonly source = 'hid-pos' as const;

  constructor(config: HidPosScannerConfig, hid: HidDeviceSource, opts: HidScannerDriverOptions = {}) {
    super(config, hid, new HidPosScanStream({ layout: config.layout ?? 'counted' }), opts);
  }
}

/** A scanner in USB keyboard mode read through hidraw: boot keyboard reports, US layout. */
export class HidKeyboardScannerDriver extends HidScannerDriver {
  readonly source = 'hid-keyboard' as const;

  constructor(config: HidKeyboardScannerConfig, hid: HidDeviceSource, opts: HidScannerDriverOptions = {}) {
    const assembler = new KeyboardScanAssembler({
      terminators: config.terminators ?? ['Enter', 'Tab'],
      reportId: config.reportId ?? null,
    });
    super(config, hid, { push: (report) => assembler.push(report), reset: () => assembler.reset() }, opts);
  }
}
