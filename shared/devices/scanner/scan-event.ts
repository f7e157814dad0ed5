/** Where a scan came from. `wedge` scans are detected in the renderer from key events. */
export type ScanSource = 'wedge' | 'hid-pos' | 'hid-keyboard' | 'serial' | 'simulator';

export const SCAN_SOURCES: readonly ScanSource[] = ['wedge', 'hid-pos', 'hid-keyboard', 'serial', 'simulator'];

/**
 * One scan as the scanner delivered it, before GS1 decoding. `data` keeps control characters
 * (GS 0x1D for FNC1, etc.); `symbology` is the AIM identifier (`]d2`, `]C1`, …) when the scanner
 * sent one, without it in `data`.
 */
export interface RawScan {
  source: ScanSource;
  data: string;
  symbology: string | null;
  deviceId: string | null;
  /** ISO 8601 time the scan completed. */
  at: string;
}

/**
 * The bytes behind one scan (or one rejected report/line), for the Devices test panel:
 * `hex` is every byte received for it, `text` the payload with control characters made visible.
 */
export interface RawFrame {
  deviceId: string | null;
  at: string;
  hex: string;
  text: string;
  /** Set when the bytes were rejected: the decoder's reason. */
  error?: { code: string; message: string };
}
