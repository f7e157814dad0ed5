import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfSheet } from '../../../electron/labels/pdf';
import { pdfText } from '../../helpers/pdf-text';
import { formatMessage } from '../../../shared/i18n/format';

const label = { productName: 'Handheld barcode scanner', sku: 'SCN-100', gtin: '04012345000016', serial: 'K7MX4RT9CA', lot: 'L1', expiry: '2026-12-31' };
const text = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');
const shown = (pdf: Uint8Array) => pdfText(pdf).join('\n');

describe('PDF label sheet', () => {
  it('is a PDF with 21 labels per page', async () => {
    const pdf = await pdfSheet(Array.from({ length: 22 }, (_, i) => ({ ...label, serial: `S${i}` })), { paper: 'A4' });
    expect(text(pdf).startsWith('%PDF-')).toBe(true);
    expect(text(pdf).match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(text(pdf)).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('prints the product, SKU, lot, expiry, serial and the (01)(21) text on each label', async () => {
    const pdf = await pdfSheet([label, { ...label, serial: 'A(B)C-2' }], { paper: 'LETTER', uncompressed: true });
    const words = shown(pdf);
    for (const w of ['Handheld barcode scanner', 'SKU SCN-100  LOT L1  EXP 2026-12-31', 'K7MX4RT9CA', '(01)04012345000016(21)K7MX4RT9CA', 'A(B)C-2']) expect(words).toContain(w);
    expect(text(pdf)).toContain('/MediaBox [0 0 612 792]');
  });

  it('prints its words in the station’s language, and product names with any Latin letters', async () => {
    const pdf = await pdfSheet([{ ...label, productName: 'Skaner ręczny żółty' }], { paper: 'A4', lang: 'pl', uncompressed: true });
    const words = shown(pdf);
    expect(words).toContain('Skaner ręczny żółty');
    expect(words).toContain(`${formatMessage('pl', 'documents.label.sku', { sku: 'SCN-100' })}  ${formatMessage('pl', 'documents.label.lot', { lot: 'L1' })}`);
    expect(words).not.toContain('SKU SCN-100');
    expect(words).toContain('2026-12-31'); // a GS1 date stays as printed
  });

  it('draws the barcodes as vector shapes (many filled rectangles per label)', async () => {
    const one = await pdfSheet([label], { paper: 'A4', uncompressed: true });
    const bars = (text(one).match(/ re\n/g) ?? []).length;
    // The label border + Code 128 bars (≈ 3 per character) + DataMatrix regions.
    expect(bars).toBeGreaterThan(30);
    // Compressed by default.
    const packed = await pdfSheet([label], { paper: 'A4' });
    expect(packed.byteLength).toBeLessThan(one.byteLength);
    expect(() => inflateSync(Buffer.from(text(packed).split('stream\n')[1]!.split('\nendstream')[0]!, 'latin1'))).not.toThrow();
  });

  it('refuses serials outside GS1 CSET 82', async () => {
    await expect(pdfSheet([{ ...label, serial: 'A B' }], { paper: 'A4' })).rejects.toThrow(/CSET 82/);
  });
});
