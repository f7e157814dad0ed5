// Station options for scanners (Settings → Devices). The foundation composes this fragment into
// the options store; `scannerConfigFromOptions` and `wedgeOptionsFromValues` read the values.

import { z } from 'zod';
import { option, type OptionDefs } from '../../options/define';
import type { ScannerConfig } from './config';
import type { WedgeOptions } from './wedge';

const usbId = z.number().int().min(0).max(0xffff).nullable();

export const scannerOptionDefs = {
  'devices.scanner.kind': option(
    'devices',
    'Scanner connection',
    z.enum(['wedge', 'hid-pos', 'hid-keyboard', 'serial', 'simulator']),
    'wedge',
    'Keyboard wedge needs no setup; HID POS and serial scanners are read directly by the station.',
  ),
  'devices.scanner.vendorId': option('devices', 'Scanner USB vendor ID', usbId, null, 'Hex like 0x0c2e; empty picks any HID POS scanner.'),
  'devices.scanner.productId': option('devices', 'Scanner USB product ID', usbId, null),
  'devices.scanner.hidPath': option('devices', 'Scanner HID device path', z.string(), '', 'Only to choose between identical scanners.'),
  'devices.scanner.hidReportLayout': option(
    'devices',
    'HID POS report layout',
    z.enum(['counted', 'uncounted']),
    'counted',
    'Counted: Honeywell-style reports with a byte count (most scanners).',
  ),
  'devices.scanner.port': option('devices', 'Scanner serial port', z.string(), '', 'For example /dev/ttyACM0 or COM3.'),
  'devices.scanner.baudRate': option('devices', 'Scanner baud rate', z.number().int().min(300).max(921600), 9600),
  'devices.scanner.dataBits': option('devices', 'Scanner data bits', z.union([z.literal(7), z.literal(8)]), 8),
  'devices.scanner.parity': option('devices', 'Scanner parity', z.enum(['none', 'even', 'odd']), 'none'),
  'devices.scanner.stopBits': option('devices', 'Scanner stop bits', z.union([z.literal(1), z.literal(2)]), 1),
  'devices.scanner.terminator': option(
    'devices',
    'Scanner line terminator',
    z.enum(['cr', 'lf', 'crlf', 'any']),
    'any',
    'The suffix the serial scanner sends after each scan; "any" accepts CR, LF or CR LF.',
  ),
  'devices.scanner.fnc1Substitutes': option(
    'devices',
    'FNC1 substitutes',
    z.array(z.string().min(1).max(8)),
    [],
    'Characters the scanner sends instead of GS for FNC1, read as GS when decoding GS1.',
  ),
  'devices.wedge.maxGapMs': option('devices', 'Wedge: longest gap between scanned keys (ms)', z.number().int().min(5).max(500), 40),
  'devices.wedge.minLength': option('devices', 'Wedge: shortest scan (characters)', z.number().int().min(1).max(100), 3),
  'devices.wedge.prefix': option('devices', 'Wedge: scan prefix to strip', z.string().max(16), ''),
  'devices.wedge.suffix': option('devices', 'Wedge: scan suffix to strip', z.string().max(16), ''),
  'devices.wedge.terminators': option(
    'devices',
    'Keys that end a keyboard scan',
    z.array(z.enum(['Enter', 'Tab'])).max(2),
    ['Enter', 'Tab'],
    'Used by keyboard wedge and keyboard-mode HID scanners.',
  ),
} satisfies OptionDefs;

export type ScannerOptionKey = keyof typeof scannerOptionDefs;

/** The value of `key` in `values`, or its default when missing or invalid. */
function read<K extends ScannerOptionKey>(values: Readonly<Record<string, unknown>>, key: K): z.output<(typeof scannerOptionDefs)[K]['schema']> {
  const def = scannerOptionDefs[key];
  const parsed = def.schema.safeParse(values[key]);
  return (parsed.success ? parsed.data : def.default) as z.output<(typeof scannerOptionDefs)[K]['schema']>;
}

/** Driver configuration from option values; null for the keyboard wedge (the renderer's job). */
export function scannerConfigFromOptions(values: Readonly<Record<string, unknown>>): ScannerConfig | null {
  const kind = read(values, 'devices.scanner.kind');
  const selector = () => {
    const path = read(values, 'devices.scanner.hidPath');
    return {
      vendorId: read(values, 'devices.scanner.vendorId'),
      productId: read(values, 'devices.scanner.productId'),
      path: path === '' ? null : path,
    };
  };
  switch (kind) {
    case 'hid-pos':
      return { kind, ...selector(), layout: read(values, 'devices.scanner.hidReportLayout') };
    case 'hid-keyboard':
      return { kind, ...selector(), terminators: read(values, 'devices.wedge.terminators') };
    case 'serial':
      return {
        kind,
        port: read(values, 'devices.scanner.port'),
        baudRate: read(values, 'devices.scanner.baudRate'),
        dataBits: read(values, 'devices.scanner.dataBits'),
        parity: read(values, 'devices.scanner.parity'),
        stopBits: read(values, 'devices.scanner.stopBits'),
        terminator: read(values, 'devices.scanner.terminator'),
      };
    case 'simulator':
      return { kind };
    default:
      return null;
  }
}

/** Wedge detector options from option values. */
export function wedgeOptionsFromValues(values: Readonly<Record<string, unknown>>): WedgeOptions {
  return {
    maxGapMs: read(values, 'devices.wedge.maxGapMs'),
    minLength: read(values, 'devices.wedge.minLength'),
    prefix: read(values, 'devices.wedge.prefix'),
    suffix: read(values, 'devices.wedge.suffix'),
    terminators: read(values, 'devices.wedge.terminators'),
  };
}
