import { describe, expect, it } from 'vitest';
import { decodeHidScaleReport, encodeHidScaleReport } from '../../../../shared/devices/scale/hid-report';

// Reports laid out per the HID POS usage tables (page 0x8D); "03 04 0B FF 31 00" is a Dymo M10
// capture (stable, ounces, exponent -1, weight 0x0031 = 4.9 oz).
describe('HID scale data report decoder', () => {
  it('decodes a Dymo M10 capture', () => {
    expect(decodeHidScaleReport([0x03, 0x04, 0x0b, 0xff, 0x31, 0x00])).toEqual({
      kind: 'reading',
      reading: { weight: 4.9, unit: 'oz', grams: 138.913, stable: true, status: 'stable' },
    });
  });

  it('applies the signed exponent and the little-endian 16-bit weight', () => {
    expect(decodeHidScaleReport([3, 4, 3, 0xfd, 0xd2, 0x04])).toMatchObject({ reading: { weight: 1.234, unit: 'kg', grams: 1234 } });
    expect(decodeHidScaleReport([3, 4, 2, 1, 0xff, 0xff])).toMatchObject({ reading: { weight: 655350, unit: 'g' } });
    expect(decodeHidScaleReport(new Uint8Array([3, 4, 12, 0xfe, 0xd2, 0x04]))).toMatchObject({ reading: { weight: 12.34, unit: 'lb' } });
  });

  it('maps every defined status', () => {
    const status = (s: number): unknown => (decodeHidScaleReport([3, s, 2, 0, 5, 0]) as { reading?: { status: string } }).reading?.status;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(status)).toEqual(['error', 'zero', 'motion', 'stable', 'under', 'over', 'error', 'error']);
    expect(decodeHidScaleReport([3, 5, 2, 0, 10, 0])).toMatchObject({ reading: { weight: -10 } }); // under zero: magnitude sent
  });

  it('rejects short reports, other report ids, unknown status and unit', () => {
    expect(decodeHidScaleReport([3, 4, 2, 0, 1])).toMatchObject({ error: { code: 'bad-report' } });
    expect(decodeHidScaleReport([4, 4, 2, 0, 1, 0])).toMatchObject({ error: { code: 'bad-report' } });
    expect(decodeHidScaleReport([3, 0, 2, 0, 1, 0])).toMatchObject({ error: { code: 'bad-status' } });
    expect(decodeHidScaleReport([3, 9, 2, 0, 1, 0])).toMatchObject({ error: { code: 'bad-status' } });
    expect(decodeHidScaleReport([3, 4, 5, 0, 1, 0])).toMatchObject({ error: { code: 'unknown-unit' } }); // taels
    expect(decodeHidScaleReport([3, 4, 13, 0, 1, 0])).toMatchObject({ error: { code: 'unknown-unit' } });
  });

  it('round-trips what the simulated scale encodes', () => {
    expect(decodeHidScaleReport(encodeHidScaleReport(1.23, 'kg', 'stable'))).toMatchObject({ reading: { weight: 1.23, unit: 'kg', status: 'stable' } });
    expect(decodeHidScaleReport(encodeHidScaleReport(-0.5, 'lb', 'under', -1))).toMatchObject({ reading: { weight: -0.5, status: 'under' } });
  });
});
