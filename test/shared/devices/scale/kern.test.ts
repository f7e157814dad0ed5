import { describe, expect, it } from 'vitest';
import { decodeKernLine } from '../../../../shared/devices/scale/kern';

// KERN FKB-A / KDE-T remote-control answers: marker, sign, ten-character weight, blank, unit,
// CR LF; an unstable weight comes without its unit; a fault as "Error".
describe('KERN decoder (answer to w)', () => {
  it('reads a stable weight with its unit', () => {
    expect(decodeKernLine('         0.0 g  \r\n')).toEqual({ kind: 'reading', reading: { weight: 0, unit: 'g', grams: 0, stable: true, status: 'zero' } });
    expect(decodeKernLine('      1.2345 kg \r\n')).toMatchObject({ reading: { weight: 1.2345, unit: 'kg', status: 'stable' } });
    expect(decodeKernLine(' -     12.50 lb \r\n')).toMatchObject({ reading: { weight: -12.5, unit: 'lb' } });
    expect(decodeKernLine('M-       0.000 kg')).toMatchObject({ reading: { weight: 0, unit: 'kg' } }); // Odoo's Kern DE capture
  });

  it('reads a weight without unit as in motion, in the configured or last unit', () => {
    expect(decodeKernLine('      1.2345    \r\n', { fallbackUnit: 'kg' })).toMatchObject({ reading: { weight: 1.2345, unit: 'kg', status: 'motion', stable: false } });
    expect(decodeKernLine('        10.0\r\n', { unit: 'g' })).toMatchObject({ reading: { unit: 'g', status: 'motion' } });
  });

  it('reads the fault line, and refuses what is not a weight', () => {
    expect(decodeKernLine('           Error\r\n')).toMatchObject({ reading: { status: 'error' } });
    expect(decodeKernLine('          10 PCS')).toMatchObject({ error: { code: 'unknown-unit', message: expect.stringContaining('count') } });
    expect(decodeKernLine('ST,GS 1.000KG')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeKernLine('\r\n')).toMatchObject({ error: { code: 'empty' } });
  });
});
