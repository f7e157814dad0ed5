import { describe, expect, it } from 'vitest';
import { latin1 } from '../../../../shared/devices/scanner/bytes-text';
import { decodeHidPosReport, HID_POS_DATA_BYTES } from '../../../../shared/devices/scanner/hid-pos-report';
import { revinfReports, revinfStatusReport } from './fixtures/honeywell-capture';

/** A counted-layout report built field by field (Honeywell descriptor: id, count, AIM, 56 data, 2 vendor, flags). */
function counted(data: string, opts: { aim?: string; continued?: boolean; count?: number; length?: number } = {}): Uint8Array {
  const r = new Uint8Array(opts.length ?? 64);
  r[0] = 0x02;
  r[1] = opts.count ?? data.length;
  const aim = opts.aim ?? '';
  for (let i = 0; i < aim.length; i++) r[2 + i] = aim.charCodeAt(i);
  for (let i = 0; i < data.length && 5 + i < r.length; i++) r[5 + i] = data.charCodeAt(i);
  if (r.length > 63) r[63] = opts.continued ? 1 : 0;
  return r;
}

describe('decodeHidPosReport — counted (Honeywell) layout', () => {
  it('reads the captured Voyager 1602g reports: AIM id, byte count and continuation flag', () => {
    const first = decodeHidPosReport(revinfReports[0] as Uint8Array);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.piece.symbology).toBe(']X0');
    expect(first.piece.data.length).toBe(56);
    expect(latin1(first.piece.data).startsWith('Product Name: Voyager 1602g\r\n')).toBe(true);
    expect(first.piece.continued).toBe(true);

    const last = decodeHidPosReport(revinfReports[5] as Uint8Array);
    expect(last.ok && latin1(last.piece.data)).toBe('um: N/A\r\n');
    expect(last.ok && last.piece.continued).toBe(false);

    const status = decodeHidPosReport(revinfStatusReport);
    expect(status.ok && status.piece.symbology).toBe(']Z6');
    expect(status.ok && latin1(status.piece.data)).toBe('REVINF\x06.');
  });

  it('keeps GS (FNC1) bytes of a GS1 DataMatrix scan and its ]d2 identifier', () => {
    const result = decodeHidPosReport(counted('0109501101530003\x1d10ABC', { aim: ']d2' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.piece.symbology).toBe(']d2');
    expect(latin1(result.piece.data)).toBe('0109501101530003\x1d10ABC');
  });

  it('gives a null symbology when the scanner leaves the identifier bytes zero', () => {
    const result = decodeHidPosReport(counted('12345'));
    expect(result.ok && result.piece.symbology).toBeNull();
  });

  it('accepts byte counts 0 and 56, rejects 57 as out of range', () => {
    const zero = decodeHidPosReport(counted('', { count: 0 }));
    expect(zero.ok && zero.piece.data.length).toBe(0);
    const full = decodeHidPosReport(counted('x'.repeat(HID_POS_DATA_BYTES)));
    expect(full.ok && full.piece.data.length).toBe(56);
    const over = decodeHidPosReport(counted('x'.repeat(56), { count: 57 }));
    expect(over).toMatchObject({ ok: false, error: { code: 'length-out-of-range' } });
  });

  it('needs all 64 bytes (through the flags byte) and tolerates longer platform buffers', () => {
    expect(decodeHidPosReport(counted('abc', { length: 63 }))).toMatchObject({ ok: false, error: { code: 'truncated-report' } });
    const longer = decodeHidPosReport(counted('abc', { length: 65 }));
    expect(longer.ok && latin1(longer.piece.data)).toBe('abc');
  });

  it('names other report IDs, empty reports and bad identifier bytes specifically', () => {
    const other = counted('abc');
    other[0] = 0x04;
    expect(decodeHidPosReport(other)).toMatchObject({ ok: false, error: { code: 'other-report' } });
    expect(decodeHidPosReport(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'empty-report' } });
    expect(decodeHidPosReport(counted('abc', { aim: 'd2]' }))).toMatchObject({ ok: false, error: { code: 'bad-symbology' } });
    expect(decodeHidPosReport(counted('abc', { aim: ']\x01\x02' }))).toMatchObject({ ok: false, error: { code: 'bad-symbology' } });
  });

  it('reads the continuation flag from bit 0 only', () => {
    const r = counted('abc');
    r[63] = 0xfe;
    expect(decodeHidPosReport(r).ok && (decodeHidPosReport(r) as { piece: { continued: boolean } }).piece.continued).toBe(false);
    r[63] = 0x01;
    expect((decodeHidPosReport(r) as { piece: { continued: boolean } }).piece.continued).toBe(true);
  });
});

describe('decodeHidPosReport — uncounted layout', () => {
  function uncounted(data: string, aim: string, continued: boolean): Uint8Array {
    const r = new Uint8Array(61);
    r[0] = 2;
    for (let i = 0; i < aim.length; i++) r[1 + i] = aim.charCodeAt(i);
    for (let i = 0; i < data.length; i++) r[4 + i] = data.charCodeAt(i);
    r[60] = continued ? 1 : 0;
    return r;
  }

  it('takes the NUL padding off the end of the data', () => {
    const result = decodeHidPosReport(uncounted('5901234123457', ']E0', false), 'uncounted');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(latin1(result.piece.data)).toBe('5901234123457');
    expect(result.piece.symbology).toBe(']E0');
    expect(result.piece.continued).toBe(false);
  });

  it('reads a full 56-byte chunk with the flag set', () => {
    const result = decodeHidPosReport(uncounted('y'.repeat(56), ']Q1', true), 'uncounted');
    expect(result.ok && result.piece.data.length).toBe(56);
    expect(result.ok && result.piece.continued).toBe(true);
  });

  it('rejects a report shorter than 61 bytes', () => {
    expect(decodeHidPosReport(new Uint8Array([2, 0x5d, 0x51, 0x31]), 'uncounted')).toMatchObject({
      ok: false,
      error: { code: 'truncated-report' },
    });
  });
});
