import type { DeviceKind } from '../../../shared/devices/status';

/**
 * USB vendor IDs of the scanner and scale makers ScanBay ships udev rules for
 * (build/udev/60-scanbay.rules): Honeywell/Metrologic 0x0c2e, Zebra/Symbol 0x05e0, Datalogic
 * 0x05f9; Dymo 0x0922, Mettler Toledo 0x0eb8, Stamps.com 0x1446 and 0x2474, Fairbanks 0x0b67.
 */
export const SCANNER_VENDOR_IDS: ReadonlySet<number> = new Set([0x0c2e, 0x05e0, 0x05f9]);
export const SCALE_VENDOR_IDS: ReadonlySet<number> = new Set([0x0922, 0x0eb8, 0x1446, 0x2474, 0x0b67]);

/** HID POS usage pages: 0x8C bar code scanner, 0x8D scale. */
export const USAGE_PAGE_SCANNER = 0x8c;
export const USAGE_PAGE_SCALE = 0x8d;

/** Best guess of what a device is: the usage page decides, then the vendor. */
export function guessKind(d: { vendorId: number | null; usagePage?: number | null }): DeviceKind | null {
  if (d.usagePage === USAGE_PAGE_SCANNER) return 'scanner';
  if (d.usagePage === USAGE_PAGE_SCALE) return 'scale';
  if (d.vendorId === null) return null;
  if (SCANNER_VENDOR_IDS.has(d.vendorId)) return 'scanner';
  if (SCALE_VENDOR_IDS.has(d.vendorId)) return 'scale';
  return null;
}
