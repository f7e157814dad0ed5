import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifier, normalizeText, textProblem } from '../../../shared/domain/identifiers';
import { productDocumentSchema, purchaseOrderDocumentSchema } from '../../../shared/domain/documents';
import { checkSerial } from '../../../shared/domain/serial-rules';

describe('identifier hygiene', () => {
  it('refuses lone surrogates, C0/C1 controls, bidi controls and zero-width characters, each in words', () => {
    expect(textProblem('PO-\ud800X')).toMatch(/lone surrogate/);
    expect(textProblem('PO-\udc00')).toMatch(/lone surrogate/);
    expect(textProblem('Dock\u0000 1')).toMatch(/control characters/);
    expect(textProblem('SKU\u0085')).toMatch(/control characters/);
    expect(textProblem('SKU-\u202eKCOL')).toMatch(/bidirectional/);
    expect(textProblem('A\u2066B\u2069')).toMatch(/bidirectional/);
    expect(textProblem('SN\u200b123')).toMatch(/zero-width/);
    expect(textProblem('\ufeffPO-1')).toMatch(/zero-width/);
    expect(textProblem('PO-😀-Ü')).toBeNull();
    // Free text (a product name) may hold joiners and bidi marks, never controls or broken text.
    expect(textProblem('👩\u200d💻 laptop', 'text')).toBeNull();
    expect(textProblem('name\u0000', 'text')).toMatch(/control/);
    expect(textProblem('name\ud800', 'text')).toMatch(/lone surrogate/);
  });

  it('stores NFC: the same text typed two ways is one identifier', () => {
    expect(identifier().parse('  CAFE\u0301 ')).toBe('CAF\u00c9');
    expect(normalizeText('A\u030a')).toBe('\u00c5');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const r = identifier(1000).safeParse(s);
        if (r.success) expect(r.data).toBe(r.data.normalize('NFC'));
      }),
    );
  });

  it('the document schemas (REST and CSV) refuse them naming the field', () => {
    const po = purchaseOrderDocumentSchema.safeParse({ po_number: 'PO-\ud800X', vendor: 'V', lines: [{ sku: 'A\u200bB', qty: 1, expected_serials: ['S\u202e1'] }] });
    expect(po.success).toBe(false);
    const paths = po.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['po_number', 'lines.0.sku', 'lines.0.expected_serials.0']));
    const p = productDocumentSchema.safeParse({ sku: 'OK', name: 'Name', tracking: 'none', aliases: ['X\u2060'] });
    expect(p.error?.issues[0]).toMatchObject({ path: ['aliases', 0], message: 'must not contain zero-width characters' });
  });

  it('a scanned serial with an invisible character is refused with invalid_characters', () => {
    expect(checkSerial('SN\u200b12345', {})).toMatchObject({ ok: false, reason: 'invalid_characters', message: 'The serial number must not contain zero-width characters.' });
    expect(checkSerial('SN\ud80012345', {})).toMatchObject({ ok: false, reason: 'invalid_characters' });
  });
});
