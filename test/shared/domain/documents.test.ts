import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../shared/domain/document-fields';
import { orderDocumentSchema, productDocumentSchema, purchaseOrderDocumentSchema } from '../../../shared/domain/documents';

function issues(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, input: unknown) {
  const r = schema.safeParse(input);
  if (r.success) return [];
  return issuesOf(r.error as Parameters<typeof issuesOf>[0]);
}

describe('product document', () => {
  it('accepts the contract fields and normalises the GTIN to 14 digits', () => {
    const r = productDocumentSchema.parse({
      sku: ' CAM-1 ',
      name: 'Camera',
      gtin: '4006381333931',
      upc: '036000291452',
      aliases: ['CAM'],
      tracking: 'full',
      serial_min_length: 8,
      serial_max_length: 12,
      serial_pattern: '[A-Z0-9]+',
      kit_components: [{ sku: 'STRAP', qty: 2 }],
      replacements: ['CAM-2'],
      weight_grams: 250,
      unit_cost: 99.5,
      expirable: false,
    });
    expect(r.sku).toBe('CAM-1');
    expect(r.gtin).toBe('04006381333931');
  });

  it('names each bad field with a plain reason', () => {
    expect(issues(productDocumentSchema, { sku: '', tracking: 'sometimes', gtin: '4006381333932', weight_grams: -1 })).toEqual([
      { path: 'sku', message: 'must not be empty' },
      { path: 'name', message: 'is required' },
      { path: 'gtin', message: 'must be a GTIN-8, -12, -13 or -14 with a valid check digit' },
      { path: 'tracking', message: 'must be none, ship or full' },
      { path: 'weight_grams', message: 'must not be negative' },
    ]);
  });

  it('refuses an exact length together with min/max, min above max, a broken pattern, a kit containing itself', () => {
    const base = { sku: 'A', name: 'A', tracking: 'full' };
    expect(issues(productDocumentSchema, { ...base, serial_length: 10, serial_min_length: 8 })[0]?.path).toBe('serial_length');
    expect(issues(productDocumentSchema, { ...base, serial_min_length: 9, serial_max_length: 8 })[0]?.path).toBe(
      'serial_max_length',
    );
    expect(issues(productDocumentSchema, { ...base, serial_pattern: '[A-' })[0]?.path).toBe('serial_pattern');
    expect(issues(productDocumentSchema, { ...base, kit_components: [{ sku: 'A', qty: 1 }] })[0]?.path).toBe(
      'kit_components.0.sku',
    );
    expect(issues(productDocumentSchema, { ...base, aliases: ['X', 'X'] })[0]?.path).toBe('aliases.1');
  });

  it('stores SQL metacharacters and quotes as plain text', () => {
    const r = productDocumentSchema.parse({ sku: "X'; DROP TABLE products;--", name: 'He said "hi"', tracking: 'none' });
    expect(r.sku).toBe("X'; DROP TABLE products;--");
  });
});

describe('purchase order document', () => {
  it('needs lines with positive whole quantities', () => {
    expect(issues(purchaseOrderDocumentSchema, { po_number: 'PO1', vendor: 'V', lines: [] })).toEqual([
      { path: 'lines', message: 'needs at least one line' },
    ]);
    expect(
      issues(purchaseOrderDocumentSchema, {
        po_number: 'PO1',
        vendor: 'V',
        lines: [{ sku: 'A', qty: -2 }, { sku: 'B', qty: 1.5 }, { sku: 'C', qty: 'ten' }],
      }),
    ).toEqual([
      { path: 'lines.0.qty', message: 'must be at least 1' },
      { path: 'lines.1.qty', message: 'must be a whole number' },
      { path: 'lines.2.qty', message: 'must be a number' },
    ]);
  });

  it('holds all expected serials of a line or none, each once per product', () => {
    const doc = (expected: string[], qty = 2) => ({
      po_number: 'PO1',
      vendor: 'V',
      lines: [{ sku: 'A', qty, expected_serials: expected }],
    });
    expect(issues(purchaseOrderDocumentSchema, doc([]))).toEqual([]);
    expect(issues(purchaseOrderDocumentSchema, doc(['S1', 'S2']))).toEqual([]);
    expect(issues(purchaseOrderDocumentSchema, doc(['S1']))[0]?.message).toContain('all of its expected serials or none');
    expect(issues(purchaseOrderDocumentSchema, doc(['S1', 'S1']))[0]?.message).toContain('expected twice');
    expect(issues(purchaseOrderDocumentSchema, doc(['S 1', 'S2']))[0]?.path).toBe('lines.0.expected_serials.0');
  });
});

describe('order document', () => {
  it('accepts picked/confirmed flags and unit prices', () => {
    const r = orderDocumentSchema.parse({
      order_number: 'SO1',
      picked: true,
      confirmed: false,
      lines: [{ sku: 'A', qty: 1, unit_price: 9.5 }],
    });
    expect(r.lines[0]?.unit_price).toBe(9.5);
  });

  it('rejects a negative price and a missing order number', () => {
    expect(issues(orderDocumentSchema, { lines: [{ sku: 'A', qty: 1, unit_price: -1 }] })).toEqual([
      { path: 'order_number', message: 'is required' },
      { path: 'lines.0.unit_price', message: 'must not be negative' },
    ]);
  });
});
