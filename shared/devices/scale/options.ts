import { z } from 'zod';
import { option, type OptionDefs } from '../../options/define';
import type { ScaleConfig } from './config';
import { DEFAULT_CONTINUOUS_PATTERN } from './continuous';
import { SCALE_UNITS, type ScaleUnit } from './reading';

const protocolSchema = z.enum(['none', 'mt-sics', 'toledo-8217', 'nci', 'continuous', 'adam', 'sma', 'and-polled', 'kern', 'hid', 'simulator', 'hid-simulator']);
/** Units a station may set for frames without one (the serial protocols send these four). */
export const SCALE_UNIT_SETTINGS = ['auto', 'kg', 'lb', 'g', 'oz'] as const;
const usbId = z.number().int().min(0).max(0xffff).nullable();
const unitSchema = z.enum(SCALE_UNITS as [ScaleUnit, ...ScaleUnit[]]);

/** Scale settings (Settings → Devices). Null line settings mean "the protocol's default". */
export const scaleOptionDefs = {
  'devices.scale.protocol': option('devices', 'Scale protocol', protocolSchema, 'none',
    'How the scale talks: a serial protocol (MT-SICS, Toledo 8217, NCI, continuous output, Adam, SMA, A&D polled, KERN), USB HID, or a built-in simulator (serial MT-SICS or USB HID).'),
  'devices.scale.port': option('devices', 'Scale serial port', z.string().max(256), '', 'Serial device path, e.g. /dev/ttyUSB0 or COM3.'),
  'devices.scale.baudRate': option('devices', 'Scale baud rate', z.number().int().min(300).max(921_600).nullable(), null, 'Empty: the protocol default (9600).'),
  'devices.scale.dataBits': option('devices', 'Scale data bits', z.union([z.literal(7), z.literal(8)]).nullable(), null),
  'devices.scale.parity': option('devices', 'Scale parity', z.enum(['none', 'even', 'odd']).nullable(), null),
  'devices.scale.stopBits': option('devices', 'Scale stop bits', z.union([z.literal(1), z.literal(2)]).nullable(), null),
  'devices.scale.pollMs': option('devices', 'Scale polling interval (ms)', z.number().int().min(0).max(10_000), 200, 'Pause between weight requests.'),
  'devices.scale.unit': option('devices', 'Scale unit', z.enum(SCALE_UNIT_SETTINGS), 'auto',
    'The unit of frames that carry none (Toledo 8217 weights, lines without a unit). Auto: Toledo implies it from the decimals; continuous lines use the continuous output unit.'),
  'devices.scale.continuousFormat': option('devices', 'Continuous output format', z.enum(['auto', 'custom']), 'auto',
    'Auto reads ScanBay, A&D (ST,+00012.34  g) and ST,GS,+  4.876kg lines; custom uses the pattern below.'),
  'devices.scale.continuousPattern': option('devices', 'Continuous output pattern', z.string().min(1).max(1000), DEFAULT_CONTINUOUS_PATTERN,
    'Custom format: a regular expression with a (?<value>…) group (blanks between sign and digits allowed); optional (?<unit>…), (?<sign>…), (?<motion>…), (?<over>…), (?<under>…).'),
  'devices.scale.continuousUnit': option('devices', 'Continuous output unit', unitSchema, 'kg', 'Unit used when the line carries none and the scale unit is auto.'),
  'devices.scale.hidVendorId': option('devices', 'HID scale vendor ID', usbId, null, 'Empty: the first HID scale found (usage page 0x8D).'),
  'devices.scale.hidProductId': option('devices', 'HID scale product ID', usbId, null),
} satisfies OptionDefs;

function value<T>(values: Readonly<Record<string, unknown>>, key: string): T {
  const def = (scaleOptionDefs as OptionDefs)[key];
  if (!def) throw new Error(`unknown scale option ${key}`);
  const parsed = def.schema.safeParse(values[key]);
  return (parsed.success ? parsed.data : def.default) as T;
}

/**
 * Station option values → driver config; null when no scale is configured (protocol `none`,
 * or a serial protocol without a port). Invalid values fall back to their defaults.
 */
export function scaleConfigFromOptions(values: Readonly<Record<string, unknown>>): ScaleConfig | null {
  const protocol = value<z.infer<typeof protocolSchema>>(values, 'devices.scale.protocol');
  const pollMs = value<number>(values, 'devices.scale.pollMs');
  if (protocol === 'none') return null;
  if (protocol === 'simulator') return { protocol, pollMs };
  if (protocol === 'hid-simulator') return { protocol };
  if (protocol === 'hid') {
    return { protocol, vendorId: value<number | null>(values, 'devices.scale.hidVendorId'), productId: value<number | null>(values, 'devices.scale.hidProductId') };
  }
  const path = value<string>(values, 'devices.scale.port').trim();
  if (path === '') return null;
  const unit = value<(typeof SCALE_UNIT_SETTINGS)[number]>(values, 'devices.scale.unit');
  const line = {
    path,
    pollMs,
    ...(unit === 'auto' ? {} : { unit }),
    ...nonNull('baudRate', value<number | null>(values, 'devices.scale.baudRate')),
    ...nonNull('dataBits', value<7 | 8 | null>(values, 'devices.scale.dataBits')),
    ...nonNull('parity', value<'none' | 'even' | 'odd' | null>(values, 'devices.scale.parity')),
    ...nonNull('stopBits', value<1 | 2 | null>(values, 'devices.scale.stopBits')),
  };
  if (protocol === 'continuous') {
    const custom = value<'auto' | 'custom'>(values, 'devices.scale.continuousFormat') === 'custom';
    return {
      protocol,
      ...line,
      ...(custom ? { pattern: value<string>(values, 'devices.scale.continuousPattern') } : {}),
      unit: unit === 'auto' ? value<ScaleUnit>(values, 'devices.scale.continuousUnit') : unit,
    };
  }
  return { protocol, ...line };
}

function nonNull<K extends string, V>(key: K, v: V | null): Partial<Record<K, V>> {
  return v === null ? {} : ({ [key]: v } as Record<K, V>);
}
