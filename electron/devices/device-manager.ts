import type { DeviceRawFrame } from '../../shared/api/requests/devices';
import type { DeviceState } from '../../shared/api/requests/station';
import type { ScaleConfig } from '../../shared/devices/scale/config';
import { freshForMs, type ScaleSnapshot } from '../../shared/devices/scale/freshness';
import type { ScaleRawFrame } from '../../shared/devices/scale/reading';
import type { ScannerConfig } from '../../shared/devices/scanner/config';
import type { RawFrame, RawScan } from '../../shared/devices/scanner/scan-event';
import type { DeviceKind, DeviceStatus } from '../../shared/devices/status';
import { createScaleDriver, type ScaleDriverDeps } from './scale/create-scale-driver';
import type { ScaleDriver } from './scale/scale-driver';
import { ScaleTracker } from './scale-tracker';
import { FieldCapture } from './field-capture';
import { createScannerDriver, type ScannerDeps, type ScannerDriver } from './scanner/create-driver';

type DeviceRawEvent = DeviceRawFrame;

export interface DeviceSink {
  scan(scan: RawScan): void;
  /** The scale as it stands now: a new reading, the link, an error, or the reading grown old. */
  scale(snapshot: ScaleSnapshot): void;
  raw(frame: DeviceRawEvent): void;
  status(state: DeviceState): void;
}

export interface DeviceConfigs {
  /** null: keyboard wedge (the renderer reads it). */
  scanner: ScannerConfig | null;
  /** null: no scale. */
  scale: ScaleConfig | null;
}

export interface DeviceManagerDeps {
  scanner?: ScannerDeps;
  scale?: ScaleDriverDeps;
  /** Clock of the PIN-field capture's expiry (tests move it). */
  now?: () => number;
}

/**
 * Owns the station's scanner and scale drivers: (re)creates them when their configuration
 * changes, and forwards their scans, readings, raw frames and status to the station.
 */
export class DeviceManager {
  #scanner: ScannerDriver | null = null;
  #scale: ScaleDriver | null = null;
  #scannerKey = '';
  #scaleKey = '';
  readonly #states = new Map<DeviceKind, DeviceState>();
  readonly #lastRaw = new Map<DeviceKind, DeviceRawEvent>();
  readonly #tracker: ScaleTracker;
  /** Scans captured for a UI's focused PIN field (field-capture.ts): they bypass `sink.scan` and `sink.raw`. */
  readonly capture: FieldCapture;

  constructor(
    private readonly sink: DeviceSink,
    private readonly deps: DeviceManagerDeps = {},
  ) {
    this.#tracker = new ScaleTracker((snapshot) => sink.scale(snapshot));
    this.capture = new FieldCapture(deps.now);
  }

  /** Applies a configuration; drivers whose configuration did not change keep running. */
  async configure(configs: DeviceConfigs): Promise<void> {
    const scannerKey = JSON.stringify(configs.scanner);
    if (scannerKey !== this.#scannerKey || this.#states.get('scanner') === undefined) {
      this.#scannerKey = scannerKey;
      await this.#scanner?.stop();
      this.#scanner?.removeAllListeners();
      this.#scanner = null;
      if (configs.scanner) this.#startScanner(configs.scanner);
      else this.#setState({ kind: 'scanner', driver: 'wedge', status: 'connected', detail: 'keyboard wedge: scans are typed into the Scan field' });
    }
    const scaleKey = JSON.stringify(configs.scale);
    if (scaleKey !== this.#scaleKey || this.#states.get('scale') === undefined) {
      this.#scaleKey = scaleKey;
      await this.#scale?.stop();
      this.#scale?.removeAllListeners();
      this.#scale = null;
      this.#lastRaw.delete('scale');
      this.#tracker.reset(freshForMs(configs.scale), 'disconnected');
      if (configs.scale) this.#startScale(configs.scale);
      else this.#setState({ kind: 'scale', driver: 'none', status: 'disconnected', detail: 'no scale configured' });
    }
  }

  list(): DeviceState[] {
    return [...this.#states.values()];
  }

  /** The scale now: the current reading (null when there is none to act on) and the last one. */
  scaleSnapshot(): ScaleSnapshot {
    return this.#tracker.snapshot();
  }

  lastRaw(kind: DeviceKind): DeviceRawEvent | null {
    return this.#lastRaw.get(kind) ?? null;
  }

  get scanner(): ScannerDriver | null {
    return this.#scanner;
  }

  get scale(): ScaleDriver | null {
    return this.#scale;
  }

  async stop(): Promise<void> {
    this.#tracker.stop();
    await Promise.all([this.#scanner?.stop(), this.#scale?.stop()]);
    this.#scanner?.removeAllListeners();
    this.#scale?.removeAllListeners();
  }

  #startScanner(config: ScannerConfig): void {
    const driver = createScannerDriver(config, this.deps.scanner);
    this.#scanner = driver;
    const report = (status: DeviceStatus, detail: string | null) => this.#setState({ kind: 'scanner', driver: config.kind, status, detail });
    report('connecting', null);
    driver.on('status', (s) => report(s, s === 'connected' ? driver.device : this.#states.get('scanner')?.detail ?? null));
    driver.on('error', (err) => report(driver.status, err.message));
    // While a PIN field captures scans, neither the scan nor its bytes go anywhere else.
    driver.on('scan', (scan) => {
      if (!this.capture.take(scan)) this.sink.scan(scan);
    });
    driver.on('raw', (frame: RawFrame) => {
      if (!this.capture.active) this.#raw({ kind: 'scanner', ...frame });
    });
    driver.start();
  }

  #startScale(config: ScaleConfig): void {
    let driver: ScaleDriver;
    try {
      driver = createScaleDriver(config, this.deps.scale);
    } catch (err) {
      this.#setState({ kind: 'scale', driver: config.protocol, status: 'disconnected', detail: (err as Error).message });
      return;
    }
    this.#scale = driver;
    const tracker = this.#tracker;
    const report = (status: DeviceStatus, detail: string | null) => this.#setState({ kind: 'scale', driver: config.protocol, status, detail });
    report('connecting', driver.description);
    driver.on('status', (s) => {
      report(s, s === 'connected' ? driver.description : this.#states.get('scale')?.detail ?? null);
      tracker.link(s);
    });
    driver.on('error', (err) => {
      // A single bad frame is shown in the test panel, not as a connection problem; either way
      // the last weight is no longer the weight now.
      if (err.name !== 'ScaleFrameError') report(driver.status, err.message);
      tracker.error(err.message);
    });
    driver.on('reading', (reading) => tracker.reading(reading, driver.reportsAfterZero));
    driver.on('raw', (frame: ScaleRawFrame) => this.#raw({ kind: 'scale', text: frame.text, hex: frame.hex, at: new Date(frame.at).toISOString() }));
    driver.start();
  }

  #raw(frame: DeviceRawEvent): void {
    this.#lastRaw.set(frame.kind, frame);
    this.sink.raw(frame);
  }

  #setState(state: DeviceState): void {
    const prev = this.#states.get(state.kind);
    this.#states.set(state.kind, state);
    if (!prev || JSON.stringify(prev) !== JSON.stringify(state)) this.sink.status(state);
  }
}
