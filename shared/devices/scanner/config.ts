// What a scanner driver needs to open its device. Built from station options by
// `scannerConfigFromOptions`, or by hand in tests and the CLI.

import type { HidPosLayout } from './hid-pos-report';
import type { KeyTerminator } from './keyboard-scanner';
import type { LineTerminator } from './line-framer';

export type ScannerKind = 'wedge' | 'hid-pos' | 'hid-keyboard' | 'serial' | 'simulator';
export const SCANNER_KINDS: readonly ScannerKind[] = ['wedge', 'hid-pos', 'hid-keyboard', 'serial', 'simulator'];

/** Selects one HID device; null VID/PID means "any" (only allowed for HID POS, see the driver). */
export interface HidSelector {
  vendorId: number | null;
  productId: number | null;
  /** hidapi path (e.g. /dev/hidraw3) to pick one of several identical scanners. */
  path?: string | null;
}

export interface HidPosScannerConfig extends HidSelector {
  kind: 'hid-pos';
  layout?: HidPosLayout;
}

export interface HidKeyboardScannerConfig extends HidSelector {
  kind: 'hid-keyboard';
  terminators?: readonly KeyTerminator[];
  /** Report ID of a numbered keyboard report; null for a plain boot keyboard. */
  reportId?: number | null;
}

export type Parity = 'none' | 'even' | 'odd';

export interface SerialScannerConfig {
  kind: 'serial';
  port: string;
  baudRate: number;
  dataBits?: 7 | 8;
  parity?: Parity;
  stopBits?: 1 | 2;
  terminator?: LineTerminator;
}

export interface SimulatorScannerConfig {
  kind: 'simulator';
}

export type ScannerConfig =
  | HidPosScannerConfig
  | HidKeyboardScannerConfig
  | SerialScannerConfig
  | SimulatorScannerConfig;
