// USB HID scale data report (HID Point of Sale Usage Tables, usage page 0x8D "Scales").
// The 6-byte Scale Data Report as scales send it: [report id 3, status, unit, exponent (signed
// 8-bit power of ten, "Data Scaling" 0x41), weight LSB, weight MSB ("Data Weight" 0x40)].
// Status is the 1-based index into the Scale Status usages 0x71–0x78 (fault, stable at centre
// of zero, in motion, weight stable, under zero, over weight limit, requires calibration,
// requires re-zeroing); unit is the 1-based index into the Weight Unit usages 0x51–0x5C
// (mg, g, kg, carats, taels, grains, pennyweights, metric ton, avoir ton, troy ounce, ounce,
// pound). Layout cross-checked with erjiang/usbscale (print_scale_data) and its unit table.
import { frameError, type DecodedScaleFrame } from './decoded-frame';
import { makeReading, type ScaleStatus, type ScaleUnit } from './reading';

export const HID_SCALE_USAGE_PAGE = 0x8d;
export const HID_SCALE_DATA_REPORT_ID = 3;
export const HID_SCALE_REPORT_LENGTH = 6;

/** Index = unit byte. Taels (5) vary by region, so they are not converted. */
const HID_UNITS: readonly (ScaleUnit | null)[] = [null, 'mg', 'g', 'kg', 'ct', null, 'gr', 'dwt', 't', 'ton', 'ozt', 'oz', 'lb'];

/** Index = status byte. */
const HID_STATUS: readonly (ScaleStatus | null)[] = [null, 'error', 'zero', 'motion', 'stable', 'under', 'over', 'error', 'error'];

/** Scale Control Report (id 2) with the Zero Scale bit (usage 0x80) set, as usbscale sends it. */
export const HID_ZERO_REPORT: readonly number[] = [0x02, 0x02];

export function decodeHidScaleReport(report: Uint8Array | readonly number[]): DecodedScaleFrame {
  if (report.length < HID_SCALE_REPORT_LENGTH) {
    return frameError('bad-report', `HID scale report has ${report.length} bytes, expected ${HID_SCALE_REPORT_LENGTH}`);
  }
  const [id = 0, statusByte = 0, unitByte = 0, expByte = 0, lsb = 0, msb = 0] = report;
  if (id !== HID_SCALE_DATA_REPORT_ID) return frameError('bad-report', `HID report id ${id} is not a scale data report (id 3)`);
  const status = HID_STATUS[statusByte] ?? null;
  if (!status) return frameError('bad-status', `HID scale status ${statusByte} is not defined (1–8)`);
  const unit = HID_UNITS[unitByte] ?? null;
  if (!unit) return frameError('unknown-unit', `HID scale unit ${unitByte} is not supported`);
  const exponent = expByte > 127 ? expByte - 256 : expByte;
  const raw = (msb << 8) | lsb;
  // Divide for negative exponents so 1234 × 10^-3 is exactly 1.234, not 1.2340000000000002.
  const magnitude = exponent < 0 ? raw / 10 ** -exponent : raw * 10 ** exponent;
  // "Under zero" scales send the magnitude of the negative weight.
  const weight = status === 'under' ? -magnitude : magnitude;
  return { kind: 'reading', reading: makeReading(weight, unit, status) };
}

/** Build a data report (used by the simulated HID scale). Weight is rounded to the exponent. */
export function encodeHidScaleReport(weight: number, unit: ScaleUnit, status: ScaleStatus, exponent = -2): number[] {
  const unitByte = HID_UNITS.indexOf(unit);
  const statusByte = HID_STATUS.indexOf(status);
  const raw = Math.min(0xffff, Math.max(0, Math.round(Math.abs(weight) * 10 ** -exponent)));
  return [HID_SCALE_DATA_REPORT_ID, statusByte, unitByte < 0 ? 0 : unitByte, exponent & 0xff, raw & 0xff, raw >> 8];
}
