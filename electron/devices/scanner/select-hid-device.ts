// Chooses which HID interface a scanner driver opens. A scanner is often a composite device
// (keyboard + HID POS + vendor interfaces under one VID/PID), so the usage page decides.

import { HID_POS_USAGE_PAGE } from '../../../shared/devices/scanner/hid-pos-report';
import type { HidSelector } from '../../../shared/devices/scanner/config';
import { hex4 } from './device-errors';
import type { HidDeviceInfo } from './hid-source';

// Generic Desktop page 0x01, usage 0x06 Keyboard (HID Usage Tables §4).
const GENERIC_DESKTOP = 0x01;
const KEYBOARD_USAGE = 0x06;

export type HidScannerRole = 'hid-pos' | 'hid-keyboard';

export type Selection = { ok: true; device: HidDeviceInfo } | { ok: false; message: string };

export function selectHidDevice(devices: readonly HidDeviceInfo[], selector: HidSelector, role: HidScannerRole): Selection {
  const { vendorId, productId } = selector;
  const path = selector.path ?? null;
  if (role === 'hid-keyboard' && (vendorId === null || productId === null) && path === null) {
    return {
      ok: false,
      message:
        'A keyboard-mode scanner needs its USB vendor and product ID (Settings → Devices): without them the station would read your keyboard.',
    };
  }
  const wanted = describe(selector, role);
  let candidates = devices.filter(
    (d) =>
      (path === null || d.path === path) &&
      (vendorId === null || d.vendorId === vendorId) &&
      (productId === null || d.productId === productId),
  );
  const isPos = (d: HidDeviceInfo) => d.usagePage === HID_POS_USAGE_PAGE;
  const isKeyboard = (d: HidDeviceInfo) => d.usagePage === GENERIC_DESKTOP && d.usage === KEYBOARD_USAGE;
  const matchesRole = role === 'hid-pos' ? isPos : isKeyboard;
  const exact = candidates.filter(matchesRole);
  if (exact.length > 0) {
    candidates = exact;
  } else if (vendorId === null && path === null) {
    // Without an ID only the usage page identifies a scanner.
    candidates = [];
  } else {
    // Platforms that report no usage page: an interface with no page at all is still a candidate.
    candidates = candidates.filter((d) => d.usagePage === undefined || path !== null);
  }
  const sorted = [...candidates].sort((a, b) => a.path.localeCompare(b.path));
  const device = sorted[0];
  if (!device) {
    const mode = role === 'hid-pos' ? 'HID POS' : 'keyboard';
    return { ok: false, message: `No ${mode} scanner found (${wanted}). Is it plugged in and set to ${mode} mode?` };
  }
  return { ok: true, device };
}

function describe(selector: HidSelector, role: HidScannerRole): string {
  const parts: string[] = [];
  if (selector.path) parts.push(`path ${selector.path}`);
  if (selector.vendorId !== null) parts.push(`VID ${hex4(selector.vendorId)}`);
  if (selector.productId !== null) parts.push(`PID ${hex4(selector.productId)}`);
  parts.push(role === 'hid-pos' ? 'usage page 0x8C' : 'keyboard interface');
  return `looking for ${parts.join(', ')}`;
}
