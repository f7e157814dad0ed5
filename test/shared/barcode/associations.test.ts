// Mandatory associations ("req=" of the dictionary): warnings by default, since GS1 judges them
// over all barcodes on an item; errors with enforceAssociations (barcodes.enforceAssociations).
import { describe, expect, it } from 'vitest';
import { decodeScan, type DecodeOptions } from '../../../shared/barcode';

const GS = '\x1d';
const decode = (raw: string, opts: DecodeOptions = {}) => decodeScan(raw, { referenceYear: 2026, ...opts });

describe('missing associations', () => {
  it('decodes a serial without a GTIN and an (02) without (37), with warnings naming the AIs', () => {
    const serial = decode(']C121ABC123');
    expect(serial).toMatchObject({ ok: true, gs1: true, serial: 'ABC123' });
    expect(serial.ok && serial.warnings).toEqual([
      { code: 'missing_association', message: 'AI (21) SERIAL needs one of (01), (03), (8006) in the same data', ai: '21', requires: ['01', '03', '8006'] },
    ]);
    const content = decode(']C10212345678901231');
    expect(content.ok && content.warnings.map((w) => w.message)).toEqual(['AI (02) CONTENT needs (37) in the same data']);
  });

  it('gives no warning when the partners are there, including AIs that must come together', () => {
    expect(decode(`]C1010950110153000321ABC123`)).toMatchObject({ ok: true, warnings: [] });
    expect(decode(`]C100106141412345678908` + `0212345678901231` + `3712`)).toMatchObject({ ok: true, warnings: [] });
    expect(decode(`]C1010950110153000310L1${GS}7004123`)).toMatchObject({ ok: true, warnings: [] });
    const alone = decode(`]C101095011015300037004123`);
    expect(alone.ok && alone.warnings.map((w) => [w.ai, w.requires])).toEqual([['7004', ['01+10']]]);
    expect(alone.ok && alone.warnings[0]?.message).toBe('AI (7004) ACTIVE POTENCY needs (01)+(10) in the same data');
  });

  it('lists one warning per rule broken', () => {
    const r = decode(']C14300ACME' + GS + '4303Unit 4');
    expect(r.ok ? null : r.error.code).toBe('bad_character'); // a space is not CSET 82
    const two = decode(']C14300ACME' + GS + '4303Unit4');
    expect(two.ok && two.warnings.map((w) => w.ai)).toEqual(['4300', '4303']);
  });

  it('refuses them with enforceAssociations, naming the first and counting the rest', () => {
    expect(decode(']C121ABC123', { enforceAssociations: true })).toEqual({
      ok: false,
      error: { code: 'missing_association', message: 'AI (21) SERIAL needs one of (01), (03), (8006) in the same data' },
    });
    const r = decode(']C14300ACME' + GS + '4303Unit4', { enforceAssociations: true });
    expect(r.ok ? null : r.error.message).toBe('AI (4300) SHIP TO COMP needs (00) in the same data (and 1 more)');
    expect(decode(']C1010950110153000321ABC123', { enforceAssociations: true }).ok).toBe(true);
  });
});
