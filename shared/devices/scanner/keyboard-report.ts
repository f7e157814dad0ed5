// Boot keyboard input report (Device Class Definition for HID 1.11, Appendix B.1):
//   [0] modifier bits (LCtrl, LShift, LAlt, LGUI, RCtrl, RShift, RAlt, RGUI) · [1] reserved ·
//   [2..7] up to six usages (page 0x07) of the keys held now, 0 for an empty slot.
// When more keys are held than fit, every slot carries ErrorRollOver (0x01) — the "phantom
// state" (HID Usage Tables, Keyboard page 0x01–0x03: ErrorRollOver, POSTFail, ErrorUndefined).

export const BOOT_KEYBOARD_REPORT_BYTES = 8;

export interface KeyboardReport {
  modifiers: number;
  /** Usages of the keys held, in report order, without empty slots or duplicates. */
  keys: number[];
}

export type KeyboardReportErrorCode = 'wrong-length' | 'wrong-report-id' | 'phantom-state';

export type KeyboardReportResult =
  | { ok: true; report: KeyboardReport }
  | { ok: false; error: { code: KeyboardReportErrorCode; message: string } };

/**
 * Decodes one report. `reportId` is for devices whose keyboard report is numbered (hidraw then
 * delivers the ID as a first byte, 9 bytes in all); null for a plain boot keyboard. Never throws.
 */
export function decodeKeyboardReport(bytes: Uint8Array, reportId: number | null = null): KeyboardReportResult {
  let body = bytes;
  if (reportId !== null) {
    if (bytes.length > 0 && bytes[0] !== reportId) {
      return {
        ok: false,
        error: { code: 'wrong-report-id', message: `report ID ${bytes[0] as number} is not the keyboard report ${reportId}` },
      };
    }
    body = bytes.subarray(1);
  }
  if (body.length !== BOOT_KEYBOARD_REPORT_BYTES) {
    return {
      ok: false,
      error: { code: 'wrong-length', message: `keyboard report has ${body.length} bytes; a boot keyboard report has 8` },
    };
  }
  const keys: number[] = [];
  let errorSlots = 0;
  for (let i = 2; i < 8; i++) {
    const usage = body[i] as number;
    if (usage === 0) continue;
    if (usage <= 0x03) {
      errorSlots++;
      continue;
    }
    if (!keys.includes(usage)) keys.push(usage);
  }
  if (errorSlots > 0) {
    return { ok: false, error: { code: 'phantom-state', message: 'keyboard reported rollover/error state; report ignored' } };
  }
  return { ok: true, report: { modifiers: body[0] as number, keys } };
}
