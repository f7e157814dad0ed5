// Test doubles: an injected HID device source that feeds raw reports, and event helpers.
import type { HidDeviceInfo, HidDeviceSource, HidReportStream } from '../../../../electron/devices/scanner/hid-source';
import type { ScannerDriver, ScannerEvents } from '../../../../electron/devices/scanner/scanner-driver';

export class FakeStream implements HidReportStream {
  closed = false;
  #reports: ((r: Uint8Array) => void)[] = [];
  #errors: ((e: Error) => void)[] = [];

  constructor(readonly path: string) {}

  onReport(l: (r: Uint8Array) => void): void {
    this.#reports.push(l);
  }

  onError(l: (e: Error) => void): void {
    this.#errors.push(l);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** The device sends an input report. */
  send(report: Uint8Array): void {
    if (!this.closed) for (const l of this.#reports) l(report);
  }

  /** A read fails, as node-hid reports an unplugged device. */
  fail(message = 'could not read from HID device'): void {
    for (const l of this.#errors) l(new Error(message));
  }
}

export class FakeHid implements HidDeviceSource {
  devices: HidDeviceInfo[];
  /** Errors the next open() calls throw, in order. */
  openErrors: Error[] = [];
  streams: FakeStream[] = [];

  constructor(devices: HidDeviceInfo[]) {
    this.devices = devices;
  }

  async list(): Promise<HidDeviceInfo[]> {
    return this.devices;
  }

  async open(path: string): Promise<HidReportStream> {
    const err = this.openErrors.shift();
    if (err) throw err;
    if (!this.devices.some((d) => d.path === path)) throw new Error(`cannot open device with path ${path}`);
    const stream = new FakeStream(path);
    this.streams.push(stream);
    return stream;
  }

  get last(): FakeStream {
    const s = this.streams.at(-1);
    if (!s) throw new Error('no stream opened');
    return s;
  }
}

/** Resolves with the next payload of `event` that satisfies `match`; rejects after `ms`. */
export function next<K extends keyof ScannerEvents & string>(
  driver: ScannerDriver,
  event: K,
  match: (p: ScannerEvents[K]) => boolean = () => true,
  // Generous: a real pty under a loaded CI machine (2 cores, the whole suite running) can take seconds to open.
  ms = 10_000,
): Promise<ScannerEvents[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no '${event}' event within ${ms} ms`));
    }, ms);
    const off = driver.on(event, (p) => {
      if (!match(p)) return;
      clearTimeout(timer);
      off();
      resolve(p);
    });
  });
}

/** Records every payload of `event`. */
export function record<K extends keyof ScannerEvents & string>(driver: ScannerDriver, event: K): ScannerEvents[K][] {
  const seen: ScannerEvents[K][] = [];
  driver.on(event, (p) => seen.push(p));
  return seen;
}

export const HONEYWELL = { vendorId: 0x0c2e, productId: 0x0b8f };
