import { z } from 'zod';
import { option, type OptionDefs } from '../../options/define';
import type { ScaleConfig } from './config';
import { DEFAULT_CONTINUOUS_PATTERN } from './continuous';
import { SCALE_UNITS, type ScaleUnit } from './reading';

const protocolSchema = z.enum(['none', 'mt-sics', 'toledo-8217', 'nci', 'continuous', 'hid', 'simulator', 'hid-simulator']);
const usbId = z.number().int().min(0).max(0xffff).nullable();
const unitSchema = z.enum(SCALE_UNITS as [ScaleUnit, ...ScaleUnit[]]);

/** Scale settings (Settings → Devices). Null line settings mean "the protocol's default". */
export const scaleOptionDefs = {
  'devices.scale.protocol': option('devices', 'Scale protocol', protocolSchema, 'none', 'How the scale talks: a serial protocol, USB HID, or a built-in simulator (serial MT-SICS or USB HID).'),
  'devices.scale.port': option('devices', 'Scale serial port', z.string().max(256), '', 'Serial device path, e.g. /dev/ttyUSB0 or COM3.'),
  'devices.scale.baudRate': option('devices', 'Scale baud rate', z.number().int().min(300).max(921_600).nullable(), null, 'Empty: the protocol default (9600).'),
  'devices.scale.dataBits': option('devices', 'Scale data bits', z.union([z.literal(7), z.literal(8)]).nullable(), null),
  'devices.scale.parity': option('devices', 'Scale parity', z.enum(['none', 'even', 'odd']).nullable(), null),
  'devices.scale.stopBits': option('devices', 'Scale stop bits', z.union([z.literal(1), z.literal(2)]).nullable(), null),
  'devices.scale.pollMs': option('devices', 'Scale polling interval (ms)', z.number().int().min(0).max(10_000), 200, 'Pause between weight requests.'),
  'devices.scale.continuousPattern': option('devices', 'Continuous output pattern', z.string().min(1).max(1000), DEFAULT_CONTINUOUS_PATTERN, 'Regular expression with a (?<value>…) group; optional (?<unit>…), (?<motion>…), (?<over>…), (?<under>…).'),
  'devices.scale.continuousUnit': option('devices', 'Continuous output unit', unitSchema, 'kg', 'Unit used when the line carries none.'),
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
  const line = {
    path,
    pollMs,
    ...nonNull('baudRate', value<number | null>(values, 'devices.scale.baudRate')),
    ...nonNull('dataBits', value<7 | 8 | null>(values, 'devices.scale.dataBits')),
    ...nonNull('parity', value<'none' | 'even' | 'odd' | null>(values, 'devices.scale.parity')),
    ...nonNull('stopBits', value<1 | 2 | null>(values, 'devices.scale.stopBits')),
  };
  if (protocol === 'continuous') {
    return { protocol, ...line, pattern: value<string>(values, 'devices.scale.continuousPattern'), unit: value<ScaleUnit>(values, 'devices.scale.continuousUnit') };
  }
  return { protocol, ...line };
}

function nonNull<K extends string, V>(key: K, v: V | null): Partial<Record<K, V>> {
  return v === null ? {} : ({ [key]: v } as Record<K, V>);
}
