// Decoder for one HID POS "Scanned Data Report" (USB HID Point of Sale Usage Tables 1.02,
// Bar Code Scanner page 0x8C: Scanned Data Report usage 0x12, Symbology Identifier 1–3 usages
// 0xFB–0xFD, Decoded Data 0xFE, Decode Data Continued 0xFF).
//
// The usage tables name the fields; the report descriptor places them. Two placements are in use:
//  - 'counted' (Honeywell, and the scanners that copy its descriptor; input report ID 2, 64 bytes):
//      [0] report ID 0x02 · [1] Byte Count (Generic Desktop 0x3B): how many data bytes are used ·
//      [2..4] Symbology Identifier 1–3 · [5..60] Decoded Data, 56 bytes · [61..62] vendor (Code ID) ·
//      [63] Decode Data Continued in bit 0 (more of this scan follows in the next report).
//    Seen in Honeywell's firmware report descriptor (interfaces_usb2/rem/UsbRem.cpp) and in the
//    Voyager 1602g capture in HenkVanAsselt/python_hon_usbhid README ("Data received: [2, 56, 93, …]").
//  - 'uncounted' (the field order of the usage tables without a byte count, report ID 2):
//      [0] 0x02 · [1..3] symbology · [4..59] Decoded Data, NUL-padded · [60] bit 0 continued.
// The report ID is the first byte because hidapi/hidraw deliver numbered reports with their ID.

import { isAimIdentifier } from './aim';

export const HID_POS_USAGE_PAGE = 0x8c;
export const HID_POS_SCANNED_DATA_REPORT_ID = 0x02;
/** Decoded Data bytes per report in both layouts (Report Count 56 in the descriptor). */
export const HID_POS_DATA_BYTES = 56;

export type HidPosLayout = 'counted' | 'uncounted';

interface LayoutSpec {
  /** Offset of the Byte Count field, or null when the layout has none. */
  count: number | null;
  symbology: number;
  data: number;
  flags: number;
}

const LAYOUTS: Record<HidPosLayout, LayoutSpec> = {
  counted: { count: 1, symbology: 2, data: 5, flags: 63 },
  uncounted: { count: null, symbology: 1, data: 4, flags: 60 },
};

/** Bytes a report must have at least: up to and including its flags byte. */
export function hidPosReportLength(layout: HidPosLayout): number {
  return LAYOUTS[layout].flags + 1;
}

/** One report's share of a scan. */
export interface HidPosPiece {
  /** AIM identifier such as `]d2`, or null when the scanner leaves the fields zero. */
  symbology: string | null;
  data: Uint8Array;
  /** Decode Data Continued: the scan goes on in the next report. */
  continued: boolean;
}

export type HidPosErrorCode =
  | 'empty-report'
  | 'other-report'
  | 'truncated-report'
  | 'length-out-of-range'
  | 'bad-symbology';

export interface HidPosError {
  code: HidPosErrorCode;
  message: string;
}

export type HidPosDecodeResult = { ok: true; piece: HidPosPiece } | { ok: false; error: HidPosError };

function fail(code: HidPosErrorCode, message: string): HidPosDecodeResult {
  return { ok: false, error: { code, message } };
}

/** Decodes one input report read from a HID POS scanner (report ID byte first). Never throws. */
export function decodeHidPosReport(report: Uint8Array, layout: HidPosLayout = 'counted'): HidPosDecodeResult {
  const spec = LAYOUTS[layout];
  if (report.length === 0) return fail('empty-report', 'HID POS report is empty');
  const id = report[0] as number;
  if (id !== HID_POS_SCANNED_DATA_REPORT_ID) {
    return fail('other-report', `HID report ID 0x${id.toString(16).padStart(2, '0')} is not a scanned data report (0x02)`);
  }
  const needed = spec.flags + 1;
  if (report.length < needed) {
    return fail('truncated-report', `HID POS report has ${report.length} bytes; the ${layout} layout needs ${needed}`);
  }

  const symbology = readSymbology(report, spec.symbology);
  if (symbology === undefined) {
    const hex = Array.from(report.subarray(spec.symbology, spec.symbology + 3), (b) => b.toString(16).padStart(2, '0'));
    return fail('bad-symbology', `symbology identifier bytes ${hex.join(' ')} are neither zero nor an AIM identifier like ]d2`);
  }

  let data: Uint8Array;
  if (spec.count !== null) {
    const count = report[spec.count] as number;
    if (count > HID_POS_DATA_BYTES) {
      return fail('length-out-of-range', `HID POS byte count ${count} exceeds the ${HID_POS_DATA_BYTES} data bytes of a report`);
    }
    data = report.slice(spec.data, spec.data + count);
  } else {
    // Without a byte count the data field is NUL-padded: trailing NULs are padding.
    let end = spec.data + HID_POS_DATA_BYTES;
    while (end > spec.data && report[end - 1] === 0) end--;
    data = report.slice(spec.data, end);
  }
  const continued = ((report[spec.flags] as number) & 0x01) === 1;
  return { ok: true, piece: { symbology, data, continued } };
}

/** The AIM identifier in the three symbology bytes; null when all zero; undefined when invalid. */
function readSymbology(report: Uint8Array, at: number): string | null | undefined {
  const a = report[at] as number;
  const b = report[at + 1] as number;
  const c = report[at + 2] as number;
  if (a === 0 && b === 0 && c === 0) return null;
  const text = String.fromCharCode(a, b, c);
  return isAimIdentifier(text) ? text : undefined;
}
