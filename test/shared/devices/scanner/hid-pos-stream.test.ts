import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../../../shared/devices/scanner/bytes-text';
import { encodeHidPosReports } from '../../../../shared/devices/scanner/hid-pos-encode';
import { HidPosReassembler } from '../../../../shared/devices/scanner/hid-pos-reassembler';
import { HidPosScanStream } from '../../../../shared/devices/scanner/hid-pos-stream';
import { revinfReports, revinfStatusReport, revinfText } from './fixtures/honeywell-capture';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('HidPosScanStream', () => {
  it('joins the six captured Voyager reports into one text using the continuation flag', () => {
    const stream = new HidPosScanStream();
    const outputs = revinfReports.flatMap((r, i) => stream.push(r, i));
    expect(outputs).toHaveLength(1);
    const [out] = outputs;
    expect(out).toMatchObject({ kind: 'scan', symbology: ']X0', data: revinfText });
    // Every byte of all six reports is kept for the test panel.
    expect(out?.bytes.length).toBe(6 * 64);
    // The status report that follows is a scan of its own.
    expect(stream.push(revinfStatusReport, 7)).toMatchObject([{ kind: 'scan', symbology: ']Z6', data: 'REVINF\x06.' }]);
  });

  it('reassembles a 300-character GS1 scan split over six reports, keeping ]d2 and GS', () => {
    const text = '0109501101530003\x1d21' + 'S'.repeat(270) + '\x1d10LOT7';
    const reports = encodeHidPosReports(ascii(text), ']d2');
    expect(reports).toHaveLength(Math.ceil(text.length / 56));
    const stream = new HidPosScanStream();
    const outs = reports.flatMap((r) => stream.push(r));
    expect(outs).toEqual([{ kind: 'scan', symbology: ']d2', data: text, bytes: expect.any(Uint8Array) }]);
  });

  it('a scan of exactly 56 bytes is one report; 57 bytes is two', () => {
    expect(encodeHidPosReports(ascii('a'.repeat(56)), null)).toHaveLength(1);
    const two = encodeHidPosReports(ascii('a'.repeat(57)), null);
    expect(two).toHaveLength(2);
    const stream = new HidPosScanStream();
    expect(stream.push(two[0] as Uint8Array)).toEqual([]);
    expect(stream.push(two[1] as Uint8Array)).toMatchObject([{ kind: 'scan', data: 'a'.repeat(57) }]);
  });

  it('decodes UTF-8 payloads (QR codes) and falls back to Latin-1 for other bytes', () => {
    const stream = new HidPosScanStream();
    const [utf] = encodeHidPosReports(encodeUtf8('Größe ✓'), ']Q1');
    expect(stream.push(utf as Uint8Array)).toMatchObject([{ data: 'Größe ✓' }]);
    const [latin] = encodeHidPosReports(Uint8Array.from([0x47, 0xe9, 0x41]), ']Q1');
    expect(stream.push(latin as Uint8Array)).toMatchObject([{ data: 'GéA' }]);
  });

  it('reports garbage between scans without losing the scan in progress', () => {
    const reports = encodeHidPosReports(ascii('x'.repeat(100)), ']C1');
    const stream = new HidPosScanStream();
    expect(stream.push(reports[0] as Uint8Array)).toEqual([]);
    expect(stream.push(Uint8Array.from([0x07, 1, 2, 3]))).toMatchObject([{ kind: 'rejected', error: { code: 'other-report' } }]);
    expect(stream.push(Uint8Array.from([0x02, 1]))).toMatchObject([{ kind: 'rejected', error: { code: 'truncated-report' } }]);
    expect(stream.push(reports[1] as Uint8Array)).toMatchObject([{ kind: 'scan', symbology: ']C1', data: 'x'.repeat(100) }]);
  });

  it('drops a partial scan whose final report never came instead of gluing it to the next', () => {
    const stream = new HidPosScanStream({ staleMs: 500 });
    const long = encodeHidPosReports(ascii('A'.repeat(80)), null);
    stream.push(long[0] as Uint8Array, 0);
    const [next] = encodeHidPosReports(ascii('NEXT'), null);
    const outs = stream.push(next as Uint8Array, 2000);
    expect(outs).toMatchObject([
      { kind: 'rejected', error: { code: 'incomplete-scan' } },
      { kind: 'scan', data: 'NEXT' },
    ]);
    expect(outs[0]?.bytes.length).toBe(64);
  });

  it('rejects a scan longer than the limit and resyncs at its final report', () => {
    const stream = new HidPosScanStream({ maxBytes: 100 });
    const reports = encodeHidPosReports(ascii('Z'.repeat(200)), null);
    const outs = reports.flatMap((r) => stream.push(r));
    expect(outs).toMatchObject([{ kind: 'rejected', error: { code: 'scan-too-long' } }]);
    expect(stream.push(encodeHidPosReports(ascii('OK1'), null)[0] as Uint8Array)).toMatchObject([{ kind: 'scan', data: 'OK1' }]);
  });
});

describe('HidPosReassembler', () => {
  it('ignores an empty final report when nothing is pending (end marker) but ends a pending scan with it', () => {
    const r = new HidPosReassembler();
    expect(r.push({ symbology: null, data: new Uint8Array(0), continued: false })).toEqual([{ kind: 'ignored' }]);
    expect(r.push({ symbology: ']C1', data: ascii('AB'), continued: true })).toEqual([{ kind: 'partial' }]);
    expect(r.pending).toBe(true);
    expect(r.push({ symbology: ']C1', data: new Uint8Array(0), continued: false })).toEqual([
      { kind: 'scan', symbology: ']C1', data: ascii('AB') },
    ]);
    expect(r.pending).toBe(false);
  });

  it('keeps the identifier of the first report of a scan', () => {
    const r = new HidPosReassembler();
    r.push({ symbology: ']d2', data: ascii('01'), continued: true });
    expect(r.push({ symbology: null, data: ascii('23'), continued: false })).toEqual([
      { kind: 'scan', symbology: ']d2', data: ascii('0123') },
    ]);
  });

  it('encoder refuses a symbology that is not an AIM identifier', () => {
    expect(() => encodeHidPosReports(ascii('1'), 'd2')).toThrow(/AIM/);
  });
});
