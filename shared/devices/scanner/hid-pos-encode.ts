// Builds HID POS Scanned Data Reports (the inverse of hid-pos-report.ts) so that the simulated
// scanner and the tests feed bytes through the real decoder, exactly as a Honeywell-style scanner
// would send them: 56 data bytes per report, Decode Data Continued on all but the last.

import { isAimIdentifier } from './aim';
import {
  HID_POS_DATA_BYTES,
  HID_POS_SCANNED_DATA_REPORT_ID,
  hidPosReportLength,
  type HidPosLayout,
} from './hid-pos-report';

/** One scan as the reports a scanner sends for it. `symbology` must be an AIM id or null. */
export function encodeHidPosReports(
  data: Uint8Array,
  symbology: string | null,
  layout: HidPosLayout = 'counted',
): Uint8Array[] {
  if (symbology !== null && !isAimIdentifier(symbology)) {
    throw new Error(`not an AIM symbology identifier: ${JSON.stringify(symbology)}`);
  }
  const reports: Uint8Array[] = [];
  let offset = 0;
  do {
    const chunk = data.subarray(offset, offset + HID_POS_DATA_BYTES);
    offset += chunk.length;
    const continued = offset < data.length;
    reports.push(buildReport(chunk, symbology, continued, layout));
  } while (offset < data.length);
  return reports;
}

function buildReport(chunk: Uint8Array, symbology: string | null, continued: boolean, layout: HidPosLayout): Uint8Array {
  const report = new Uint8Array(hidPosReportLength(layout));
  report[0] = HID_POS_SCANNED_DATA_REPORT_ID;
  const symAt = layout === 'counted' ? 2 : 1;
  if (layout === 'counted') report[1] = chunk.length;
  if (symbology !== null) {
    for (let i = 0; i < 3; i++) report[symAt + i] = symbology.charCodeAt(i);
  }
  report.set(chunk, symAt + 3);
  report[report.length - 1] = continued ? 0x01 : 0x00;
  return report;
}
