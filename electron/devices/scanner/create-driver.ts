// One entry point for the backend: station options → ScannerConfig → driver.

import type { ScannerConfig } from '../../../shared/devices/scanner/config';
import { HidKeyboardScannerDriver, HidPosScannerDriver, type HidScannerDriverOptions } from './hid-scanner-driver';
import type { HidDeviceSource } from './hid-source';
import { nodeHidSource } from './node-hid-source';
import type { ScannerDriver } from './scanner-driver';
import { SerialScannerDriver } from './serial-scanner-driver';
import type { OpenSerialPort } from './serial-port-source';
import { SimulatedScanner } from './simulated-scanner';

export interface ScannerDeps extends HidScannerDriverOptions {
  /** HID access; node-hid by default. */
  hid?: HidDeviceSource;
  /** Serial port opener; `serialport` by default. */
  openSerialPort?: OpenSerialPort;
}

export function createScannerDriver(config: ScannerConfig, deps: ScannerDeps = {}): ScannerDriver {
  const { hid, openSerialPort, ...opts } = deps;
  switch (config.kind) {
    case 'hid-pos':
      return new HidPosScannerDriver(config, hid ?? nodeHidSource(), opts);
    case 'hid-keyboard':
      return new HidKeyboardScannerDriver(config, hid ?? nodeHidSource(), opts);
    case 'serial':
      return new SerialScannerDriver(config, openSerialPort, opts);
    case 'simulator':
      return new SimulatedScanner(opts);
  }
}

export type { ScannerDriver, ScannerEvents } from './scanner-driver';
export { SimulatedScanner } from './simulated-scanner';
