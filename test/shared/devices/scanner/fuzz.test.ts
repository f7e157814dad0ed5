// Fuzzing (issue 9 item 5): arbitrary bytes never make a decoder throw; bad input gets a
// specific error code. FUZZ_RUNS raises the count (e.g. FUZZ_RUNS=100000 for a long run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHidPosReports } from '../../../../shared/devices/scanner/hid-pos-encode';
import { decodeHidPosReport } from '../../../../shared/devices/scanner/hid-pos-report';
import { HidPosScanStream } from '../../../../shared/devices/scanner/hid-pos-stream';
import { decodeKeyboardReport } from '../../../../shared/devices/scanner/keyboard-report';
import { KeyboardScanAssembler } from '../../../../shared/devices/scanner/keyboard-scanner';
import { LineFramer } from '../../../../shared/devices/scanner/line-framer';

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
const HID_POS_CODES = ['empty-report', 'other-report', 'truncated-report', 'length-out-of-range', 'bad-symbology'];
const STREAM_CODES = [...HID_POS_CODES, 'incomplete-scan', 'scan-too-long'];

/** Reports that look like scanned data reports (ID 2, sometimes bad counts/flags) plus raw noise. */
const report = fc.oneof(
  fc.uint8Array({ maxLength: 80 }),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ minLength: 62, maxLength: 66 })).map(([count, rest]) => Uint8Array.from([2, count, ...rest])),
);

describe('scanner decoder fuzzing', () => {
  it('decodeHidPosReport never throws and names every failure', () => {
    fc.assert(
      fc.property(report, fc.constantFrom('counted' as const, 'uncounted' as const), (r, layout) => {
        const result = decodeHidPosReport(r, layout);
        if (result.ok) expect(result.piece.data.length).toBeLessThanOrEqual(56);
        else expect(HID_POS_CODES).toContain(result.error.code);
      }),
      { numRuns },
    );
  });

  it('the HID POS stream survives any report sequence and still decodes a clean scan after it', () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 20 }), fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 20 }), (reports, times) => {
        const stream = new HidPosScanStream({ maxBytes: 500 });
        let t = 0;
        reports.forEach((r, i) => {
          t += times[i] ?? 0;
          for (const out of stream.push(r, t)) if (out.kind === 'rejected') expect(STREAM_CODES).toContain(out.error.code);
        });
        // A fresh scan after 2 s of silence always comes through whole.
        const clean = encodeHidPosReports(Uint8Array.from('0109501101530003', (c) => c.charCodeAt(0)), ']d2');
        const outs = clean.flatMap((r) => stream.push(r, t + 2000));
        expect(outs.filter((o) => o.kind === 'scan').at(-1)).toMatchObject({ data: '0109501101530003', symbology: ']d2' });
      }),
      { numRuns },
    );
  });

  it('round-trips any byte payload through encoder, decoder and reassembler', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(null, ']d2', ']C1', ']Q3'), (text, symbology) => {
        const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0x7f);
        const stream = new HidPosScanStream();
        const outs = encodeHidPosReports(bytes, symbology).flatMap((r) => stream.push(r));
        if (bytes.length === 0) expect(outs).toEqual([]);
        else expect(outs).toMatchObject([{ kind: 'scan', symbology, data: String.fromCharCode(...bytes) }]);
      }),
      { numRuns },
    );
  });

  it('keyboard reports and the keyboard assembler never throw', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 7, maxLength: 9 }), { maxLength: 40 }), (reports) => {
        const a = new KeyboardScanAssembler();
        for (const r of reports) {
          const decoded = decodeKeyboardReport(r);
          if (!decoded.ok) expect(['wrong-length', 'phantom-state']).toContain(decoded.error.code);
          for (const out of a.push(r)) if (out.kind === 'rejected') expect(['wrong-length', 'phantom-state', 'scan-too-long']).toContain(out.error.code);
        }
        a.flush();
      }),
      { numRuns },
    );
  });

  it('line framing never throws and every line is bounded', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 50 }), { maxLength: 20 }), fc.constantFrom('cr' as const, 'lf' as const, 'crlf' as const, 'any' as const), (chunks, terminator) => {
        const framer = new LineFramer({ terminator, maxLength: 64 });
        for (const c of chunks) for (const out of framer.push(c)) if (out.kind === 'line') expect(out.line.length).toBeLessThanOrEqual(66);
      }),
      { numRuns },
    );
  });
});
