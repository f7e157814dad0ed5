import { describe, expect, it } from 'vitest';
import { decodeAndLine } from '../../../../shared/devices/scale/and-polled';

// A&D standard format examples (EK-L / EJ manuals, "Data format"): "ST,+00123.45  g",
// "QT,+00012345 PC", "OL,+999999.9  g", "US,…"; GC manual: comparison header "ST,OK,+0001.234 kg".
describe('A&D polled decoder (answer to Q)', () => {
  it('reads stable, unstable and out-of-range data', () => {
    expect(decodeAndLine('ST,+00012.34  g\r\n')).toEqual({ kind: 'reading', reading: { weight: 12.34, unit: 'g', grams: 12.34, stable: true, status: 'stable' } });
    expect(decodeAndLine('US,+0001.234 kg')).toMatchObject({ reading: { weight: 1.234, unit: 'kg', status: 'motion', stable: false } });
    expect(decodeAndLine('OL,+999999.9  g')).toMatchObject({ reading: { status: 'over' } });
    expect(decodeAndLine('OL,-999999.9  g')).toMatchObject({ reading: { status: 'under' } });
    expect(decodeAndLine('ST,-00001.50  g')).toMatchObject({ reading: { weight: -1.5 } });
    expect(decodeAndLine('ST,OK,+0001.234 kg')).toMatchObject({ reading: { weight: 1.234, unit: 'kg' } });
  });

  it('reads grain (GN) as unit gr, and refuses counts', () => {
    expect(decodeAndLine('ST,+00015.43 GN')).toMatchObject({ reading: { unit: 'gr', weight: 15.43, grams: 1 } });
    expect(decodeAndLine('QT,+00012345 PC')).toMatchObject({ error: { code: 'unknown-unit', message: expect.stringContaining('count') } });
  });

  it('reads <AK> as the acknowledgement of re-zero or tare, and EC,Exx as a refusal', () => {
    expect(decodeAndLine('\x06', { expect: 'zero' })).toMatchObject({ kind: 'ack', ack: { command: 'zero', done: true } });
    expect(decodeAndLine('\x06', { expect: 'tare' })).toMatchObject({ kind: 'ack', ack: { command: 'tare', done: true } });
    expect(decodeAndLine('EC,E01\r\n')).toMatchObject({ error: { code: 'command-error', message: expect.stringContaining('E01') } });
  });

  it('rejects other lines', () => {
    expect(decodeAndLine('hello')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeAndLine('ST,+00012.34')).toMatchObject({ error: { code: 'malformed', message: expect.stringContaining('no unit') } });
    expect(decodeAndLine('')).toMatchObject({ error: { code: 'empty' } });
  });
});
