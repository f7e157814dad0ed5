import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/format';
import type { PackingSlip } from '../../../shared/workflows/shipping';
import { packingSlipPdf, packingSlipZpl } from '../../../electron/shipping-docs/packing-slip';
import { zplText } from '../../../electron/labels/zpl';
import { pdfText } from '../../helpers/pdf-text';

const slip: PackingSlip = {
  order_number: 'SO-77',
  shipment_id: 5,
  shipped_at: '2026-12-03T10:00:00.000Z',
  station: 'Bench 2',
  ship_to: { name: 'Łukasz Żółkiewski', city: 'Łódź' },
  lines: [{ line_no: 1, sku: 'SCN-100', name: 'Skaner ręczny', ordered: 3, shipped: 2, serials: ['SN1', 'SN2'] }],
  packages: [{ package_no: 1, items: [{ sku: 'SCN-100', qty: 2 }], serials: ['SN1', 'SN2'], units: 2, weight_grams: 1250.5, dims_mm: null, tracking_number: '1Z999', label: null }],
};

describe('packing slip', () => {
  it('prints its words in the station’s language, names and addresses in any Latin script', async () => {
    for (const lang of ['en', 'de', 'pl'] as const) {
      const lines = pdfText(await packingSlipPdf(slip, { paper: 'A4', lang, uncompressed: true })).join('\n');
      expect(lines).toContain(formatMessage(lang, 'documents.slip.title', { order: 'SO-77' }));
      expect(lines).toContain(formatMessage(lang, 'documents.slip.line', { line: '1', sku: 'SCN-100', name: 'Skaner ręczny', shipped: 2, ordered: 3 }));
      expect(lines).toContain(formatMessage(lang, 'documents.slip.units', { units: 2 }));
      expect(lines).toContain('Łukasz Żółkiewski');
    }
    const de = pdfText(await packingSlipPdf(slip, { paper: 'A4', lang: 'de', uncompressed: true })).join('\n');
    expect(de).toContain('Lieferschein SO-77');
    expect(de).toContain('1250,5 g'); // decimal comma, no grouping (as scales show weights)
    expect(de).not.toContain('Packing slip');
  });

  it('as a ZPL label too, with Polish plural forms', () => {
    const zpl = packingSlipZpl({ ...slip, packages: [{ ...slip.packages[0]!, units: 5 }] }, 'pl');
    expect(zpl).toContain('Specyfikacja wysy');
    expect(zpl).toContain(zplText(formatMessage('pl', 'documents.slip.title', { order: 'SO-77' })));
    expect(zpl).toContain('5 sztuk');
    expect(formatMessage('pl', 'documents.slip.units', { units: 5 })).toBe('5 sztuk');
    expect(formatMessage('pl', 'documents.slip.units', { units: 3 })).toBe('3 sztuki');
  });
});
