// Boot keyboard reports (HID 1.11 Appendix B.1) with usages from HID Usage Tables §10
// (Keyboard/Keypad page 0x07): 0x04 'a' … 0x1D 'z', 0x1E '1' … 0x27 '0', 0x28 Enter, 0x2B Tab,
// 0x30 ']', 0x58 Keypad Enter, 0x59 Keypad 1 … 0x62 Keypad 0; modifier bit 1 LeftShift, bit 0 LeftCtrl, bit 2 LeftAlt.
import { describe, expect, it } from 'vitest';
import { decodeKeyboardReport } from '../../../../shared/devices/scanner/keyboard-report';
import { KeyboardScanAssembler } from '../../../../shared/devices/scanner/keyboard-scanner';
import { usageToChar } from '../../../../shared/devices/scanner/keyboard-usage';

const SHIFT = 0x02;
const CTRL = 0x01;
const ALT = 0x04;
const RIGHT_SHIFT = 0x20;

const report = (modifiers: number, ...keys: number[]) => Uint8Array.from([modifiers, 0, ...keys, ...new Array(6 - keys.length).fill(0)]);
const release = () => report(0);

/** How a typical keyboard-mode scanner types: each character a press report, then a release report. */
function typed(text: string, terminator = 0x28): Uint8Array[] {
  const reports: Uint8Array[] = [];
  for (const ch of text) {
    const [mods, usage] = usageOf(ch);
    reports.push(report(mods, usage), release());
  }
  reports.push(report(0, terminator), release());
  return reports;
}

function usageOf(ch: string): [number, number] {
  if (ch >= 'a' && ch <= 'z') return [0, 0x04 + ch.charCodeAt(0) - 97];
  if (ch >= 'A' && ch <= 'Z') return [SHIFT, 0x04 + ch.charCodeAt(0) - 65];
  if (ch >= '1' && ch <= '9') return [0, 0x1e + ch.charCodeAt(0) - 49];
  if (ch === '0') return [0, 0x27];
  if (ch === '\x1d') return [CTRL, 0x30];
  if (ch === '-') return [0, 0x2d];
  if (ch === ']') return [0, 0x30];
  throw new Error(`no usage for ${ch}`);
}

function scansOf(assembler: KeyboardScanAssembler, reports: Uint8Array[]) {
  return reports.flatMap((r) => assembler.push(r));
}

describe('decodeKeyboardReport', () => {
  it('reads modifiers and held keys, skipping empty slots and duplicates', () => {
    expect(decodeKeyboardReport(report(SHIFT, 0x04, 0, 0x05, 0x04))).toEqual({ ok: true, report: { modifiers: SHIFT, keys: [0x04, 0x05] } });
  });

  it('rejects 7 and 9 byte reports unless a report ID is configured', () => {
    expect(decodeKeyboardReport(new Uint8Array(7))).toMatchObject({ ok: false, error: { code: 'wrong-length' } });
    expect(decodeKeyboardReport(new Uint8Array(9))).toMatchObject({ ok: false, error: { code: 'wrong-length' } });
    const numbered = Uint8Array.from([1, ...report(0, 0x04)]);
    expect(decodeKeyboardReport(numbered, 1)).toEqual({ ok: true, report: { modifiers: 0, keys: [0x04] } });
    expect(decodeKeyboardReport(numbered, 2)).toMatchObject({ ok: false, error: { code: 'wrong-report-id' } });
  });

  it('reports the ErrorRollOver phantom state', () => {
    expect(decodeKeyboardReport(report(0, 1, 1, 1, 1, 1, 1))).toMatchObject({ ok: false, error: { code: 'phantom-state' } });
  });
});

describe('usageToChar (US layout)', () => {
  it('maps letters, shifted digits, punctuation and keypad digits', () => {
    expect(usageToChar(0x04, 0)).toBe('a');
    expect(usageToChar(0x04, RIGHT_SHIFT)).toBe('A');
    expect(usageToChar(0x1f, SHIFT)).toBe('@');
    expect(usageToChar(0x27, 0)).toBe('0');
    expect(usageToChar(0x38, SHIFT)).toBe('?');
    expect(usageToChar(0x62, 0)).toBe('0');
    expect(usageToChar(0x59, 0)).toBe('1');
  });

  it('turns Ctrl+] into GS and Ctrl+letters into C0 controls', () => {
    expect(usageToChar(0x30, CTRL)).toBe('\x1d');
    expect(usageToChar(0x30, 0x10)).toBe('\x1d'); // right Ctrl
    expect(usageToChar(0x04, CTRL)).toBe('\x01');
    expect(usageToChar(0x1f, CTRL | SHIFT)).toBe('\x00'); // Ctrl+@
    expect(usageToChar(0x1e, CTRL)).toBeNull(); // Ctrl+1 types nothing
  });
});

describe('KeyboardScanAssembler', () => {
  it('turns press/release reports ending in Enter into one scan with GS kept', () => {
    const a = new KeyboardScanAssembler();
    const outs = scansOf(a, typed('0109501101530003\x1d10AB-1'));
    expect(outs).toMatchObject([{ kind: 'scan', data: '0109501101530003\x1d10AB-1', symbology: null }]);
  });

  it('splits a leading AIM identifier off the typed data', () => {
    const a = new KeyboardScanAssembler();
    expect(scansOf(a, typed(']d2010950110153000'))).toMatchObject([{ kind: 'scan', symbology: ']d2', data: '010950110153000' }]);
  });

  it('types a held key once, and a repeated character only after a release', () => {
    const a = new KeyboardScanAssembler();
    const one = 0x1e;
    const outs = scansOf(a, [
      report(0, one), report(0, one), report(0, one), // held across three reports: '1'
      release(),
      report(0, one), release(), // pressed again: '1'
      report(0, 0x28),
    ]);
    expect(outs).toMatchObject([{ kind: 'scan', data: '11' }]);
  });

  it('handles rollover: a new key pressed while the previous is still held', () => {
    const a = new KeyboardScanAssembler();
    const outs = scansOf(a, [report(0, 0x04), report(0, 0x04, 0x05), report(0, 0x05, 0x06), report(0, 0x06), release(), report(0, 0x28)]);
    expect(outs).toMatchObject([{ kind: 'scan', data: 'abc' }]);
  });

  it('ignores a phantom-state report without retyping the held keys', () => {
    const a = new KeyboardScanAssembler();
    const outs = scansOf(a, [report(0, 0x04), report(0, 1, 1, 1, 1, 1, 1), report(0, 0x04), release(), report(0, 0x28)]);
    expect(outs.filter((o) => o.kind === 'scan')).toMatchObject([{ data: 'a' }]);
    expect(outs[0]).toMatchObject({ kind: 'rejected', error: { code: 'phantom-state' } });
  });

  it('ends scans on Tab and Keypad Enter too, and types Tab when it is not a terminator', () => {
    const both = new KeyboardScanAssembler();
    expect(scansOf(both, [...typed('abc', 0x2b), ...typed('def', 0x58)])).toMatchObject([{ data: 'abc' }, { data: 'def' }]);
    const enterOnly = new KeyboardScanAssembler({ terminators: ['Enter'] });
    expect(scansOf(enterOnly, [report(0, 0x04), release(), report(0, 0x2b), release(), ...typed('b')])).toMatchObject([
      { data: 'a\tb' },
    ]);
  });

  it('builds a character from Alt + keypad digits (Alt+029 = GS)', () => {
    const a = new KeyboardScanAssembler();
    const outs = scansOf(a, [
      ...typed('01').slice(0, 4),
      report(ALT), report(ALT, 0x62), report(ALT), report(ALT, 0x5a), report(ALT), report(ALT, 0x61), report(ALT),
      release(),
      ...typed('10'),
    ]);
    expect(outs).toMatchObject([{ kind: 'scan', data: '01\x1d10' }]);
  });

  it('an Enter with nothing typed is not a scan; flush ends unterminated input', () => {
    const a = new KeyboardScanAssembler();
    expect(scansOf(a, [report(0, 0x28), release()])).toEqual([]);
    scansOf(a, [report(0, 0x04), release()]);
    expect(a.pendingText).toBe('a');
    expect(a.flush()).toMatchObject([{ kind: 'scan', data: 'a' }]);
    expect(a.flush()).toEqual([]);
  });

  it('keeps the raw reports of a scan for the test panel', () => {
    const a = new KeyboardScanAssembler();
    const [scan] = scansOf(a, typed('ab'));
    // press+release for a and b, then the Enter press
    expect(scan?.bytes.length).toBe(5 * 8);
  });
});
