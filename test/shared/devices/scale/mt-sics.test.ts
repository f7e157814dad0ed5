import { describe, expect, it } from 'vitest';
import { decodeMtSicsLine } from '../../../../shared/devices/scale/mt-sics';

// Byte vectors from the MT-SICS reference manual (S command example "S S 100.00 g") and the
// responses listed for S, SI, Z, T and the general errors.
describe('MT-SICS decoder', () => {
  it('decodes a stable weight (manual example)', () => {
    expect(decodeMtSicsLine('S S     100.00 g\r\n')).toEqual({
      kind: 'reading',
      reading: { weight: 100, unit: 'g', grams: 100, stable: true, status: 'stable' },
    });
  });

  it('decodes a dynamic SI answer as motion', () => {
    const r = decodeMtSicsLine('S D      1.234 kg\r\n');
    expect(r).toEqual({ kind: 'reading', reading: { weight: 1.234, unit: 'kg', grams: 1234, stable: false, status: 'motion' } });
  });

  it('reports zero and negative weights', () => {
    expect(decodeMtSicsLine('S S      0.000 kg')).toMatchObject({ reading: { weight: 0, status: 'zero', stable: true } });
    expect(decodeMtSicsLine('S S    -0.0082 g')).toMatchObject({ reading: { weight: -0.0082, status: 'stable' } });
  });

  it('turns overload and underload into over/under readings in the last known unit', () => {
    expect(decodeMtSicsLine('S +', { fallbackUnit: 'kg' })).toMatchObject({ reading: { status: 'over', unit: 'kg', weight: 0, stable: false } });
    expect(decodeMtSicsLine('S -\r\n')).toMatchObject({ reading: { status: 'under', unit: 'g' } });
  });

  it('reports busy and general errors with their meaning', () => {
    expect(decodeMtSicsLine('S I')).toMatchObject({ kind: 'error', error: { code: 'not-executable' } });
    expect(decodeMtSicsLine('ES\r\n')).toMatchObject({ kind: 'error', error: { code: 'command-error', message: expect.stringContaining('syntax') } });
    expect(decodeMtSicsLine('ET')).toMatchObject({ error: { message: expect.stringContaining('transmission') } });
    expect(decodeMtSicsLine('EL')).toMatchObject({ error: { message: expect.stringContaining('logical') } });
  });

  it('decodes zero and tare acknowledgements', () => {
    expect(decodeMtSicsLine('Z A')).toMatchObject({ kind: 'ack', ack: { command: 'zero', done: true } });
    expect(decodeMtSicsLine('Z I')).toMatchObject({ kind: 'ack', ack: { command: 'zero', done: false } });
    expect(decodeMtSicsLine('Z +')).toMatchObject({ ack: { done: false, message: expect.stringContaining('upper limit') } });
    expect(decodeMtSicsLine('T S     12.50 g')).toMatchObject({ kind: 'ack', ack: { command: 'tare', done: true } });
    expect(decodeMtSicsLine('T -')).toMatchObject({ ack: { command: 'tare', done: false } });
  });

  it('rejects malformed lines with a specific error', () => {
    expect(decodeMtSicsLine('')).toMatchObject({ error: { code: 'empty' } });
    expect(decodeMtSicsLine('hello')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeMtSicsLine('S S')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeMtSicsLine('S S 1.2.3 g')).toMatchObject({ error: { code: 'bad-number' } });
    expect(decodeMtSicsLine('S S 1.2 stone')).toMatchObject({ error: { code: 'unknown-unit' } });
    expect(decodeMtSicsLine('S X 1.2 g')).toMatchObject({ error: { code: 'bad-status' } });
    expect(decodeMtSicsLine('Q A')).toMatchObject({ error: { code: 'malformed' } });
  });

  it('reads grains (GN) as unit gr', () => {
    expect(decodeMtSicsLine('S S     15.432 GN\r\n')).toMatchObject({ reading: { weight: 15.432, unit: 'gr', grams: 1 } });
  });
});
