import { describe, expect, it } from 'vitest';
import { decodeAdamLine } from '../../../../shared/devices/scale/adam';

// Lines as the manuals print them: AZextra label format with the unit right after the digits
// (Odoo's driver reads `\s*([0-9.]+)kg`), Highland "format 2" (sign or blank, right-aligned weight,
// unit padded to three characters), CPWplus gross/net lines.
describe('Adam decoder', () => {
  it('reads a printed weight line, with or without blanks before the unit', () => {
    expect(decodeAdamLine('      1.234kg\r\n')).toEqual({ kind: 'reading', reading: { weight: 1.234, unit: 'kg', grams: 1234, stable: true, status: 'stable' } });
    expect(decodeAdamLine('       123.45 g  \r\n')).toMatchObject({ reading: { weight: 123.45, unit: 'g' } });
    expect(decodeAdamLine('-       0.52 lb \r\n')).toMatchObject({ reading: { weight: -0.52, unit: 'lb', grams: -235.868 } });
  });

  it('accepts the gross/net labels of the CPWplus printout', () => {
    expect(decodeAdamLine('G/W + 2.00 kg')).toMatchObject({ reading: { weight: 2, unit: 'kg' } });
    expect(decodeAdamLine('N - 1.00 kg')).toMatchObject({ reading: { weight: -1 } });
    expect(decodeAdamLine('0.000 kg')).toMatchObject({ reading: { weight: 0, status: 'zero' } });
  });

  it('refuses lines that are not a weight, saying to set the weight-only printout', () => {
    expect(decodeAdamLine('Date 12/09/2006')).toMatchObject({ error: { code: 'malformed', message: expect.stringContaining('weight-only') } });
    expect(decodeAdamLine('PCS 10 pcs')).toMatchObject({ kind: 'error' });
    expect(decodeAdamLine('   10 pcs')).toMatchObject({ error: { code: 'unknown-unit' } });
    expect(decodeAdamLine('\r\n')).toMatchObject({ error: { code: 'empty' } });
  });
});
