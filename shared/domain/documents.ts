import { z } from 'zod';
import { amount, code, flag, serialValue, text, wholeNumber } from './document-fields';
import { isValidUpc, normalizeGtin } from './gtin';
import { compileSerialPattern } from './serial-pattern';
import { TRACKING_TYPES } from './types';

/**
 * The documents an ERP sends (REST) or a CSV file holds (import). Field names are the contract:
 * CSV columns use the same names.
 */

const MAX_LINES = 100_000;
const MAX_QTY = 1_000_000;

const gtin = z
  .string({ error: 'must be text' })
  .trim()
  .transform((value, ctx) => {
    const normalized = normalizeGtin(value);
    if (normalized === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a GTIN-8, -12, -13 or -14 with a valid check digit' });
      return z.NEVER;
    }
    return normalized;
  });

const upc = z
  .string({ error: 'must be text' })
  .trim()
  .refine(isValidUpc, { error: 'must be a 12-digit UPC-A with a valid check digit' });

const kitComponent = z.object({ sku: code(), qty: wholeNumber(1, 10_000) });

export const productDocumentSchema = z
  .object({
    sku: code(),
    name: text(),
    gtin: gtin.optional(),
    upc: upc.optional(),
    aliases: z.array(code()).max(50, { error: 'at most 50 aliases' }).optional(),
    tracking: z.enum(TRACKING_TYPES, { error: 'must be none, ship or full' }),
    serial_length: wholeNumber(1, 100).optional(),
    serial_min_length: wholeNumber(1, 100).optional(),
    serial_max_length: wholeNumber(1, 100).optional(),
    serial_pattern: z
      .string({ error: 'must be text' })
      .max(200, { error: 'must be at most 200 characters' })
      .superRefine((pattern, ctx) => {
        const compiled = compileSerialPattern(pattern);
        if (!compiled.ok) ctx.addIssue({ code: 'custom', message: compiled.reason });
      })
      .optional(),
    kit_components: z.array(kitComponent).max(100, { error: 'at most 100 components' }).optional(),
    replacements: z.array(code()).max(100, { error: 'at most 100 replacements' }).optional(),
    weight_grams: amount().optional(),
    unit_cost: amount().optional(),
    expirable: flag().optional(),
  })
  .superRefine((p, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (p.serial_length !== undefined && (p.serial_min_length !== undefined || p.serial_max_length !== undefined)) {
      issue(['serial_length'], 'give either serial_length or serial_min_length/serial_max_length, not both');
    }
    if (p.serial_min_length !== undefined && p.serial_max_length !== undefined && p.serial_min_length > p.serial_max_length) {
      issue(['serial_max_length'], 'must not be smaller than serial_min_length');
    }
    const seenAlias = new Set<string>();
    p.aliases?.forEach((alias, i) => {
      if (alias === p.sku) issue(['aliases', i], `alias ${alias} is the product's own SKU`);
      else if (seenAlias.has(alias)) issue(['aliases', i], `alias ${alias} is listed twice`);
      seenAlias.add(alias);
    });
    const seenComponent = new Set<string>();
    p.kit_components?.forEach((c, i) => {
      if (c.sku === p.sku) issue(['kit_components', i, 'sku'], 'a kit cannot contain itself');
      else if (seenComponent.has(c.sku)) issue(['kit_components', i, 'sku'], `component ${c.sku} is listed twice`);
      seenComponent.add(c.sku);
    });
    p.replacements?.forEach((r, i) => {
      if (r === p.sku) issue(['replacements', i], 'a product cannot replace itself');
    });
  });

const poLine = z.object({
  sku: code(),
  qty: wholeNumber(1, MAX_QTY),
  unit_cost: amount().optional(),
  expected_serials: z.array(serialValue()).max(MAX_QTY).optional(),
});

export const purchaseOrderDocumentSchema = z
  .object({
    po_number: code(),
    vendor: text(),
    warehouse: code().optional(),
    vendor_invoice: code().optional(),
    tracking_number: code().optional(),
    lines: z.array(poLine, { error: 'is required' }).min(1, { error: 'needs at least one line' }).max(MAX_LINES),
  })
  .superRefine((po, ctx) => {
    // Expected serials are all-or-none per line; a value may appear once per product on a PO.
    const seen = new Map<string, Set<string>>();
    po.lines.forEach((line, i) => {
      const expected = line.expected_serials;
      if (expected === undefined || expected.length === 0) return;
      if (expected.length !== line.qty) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'expected_serials'],
          message: `a line holds all of its expected serials or none: ${expected.length} given for qty ${line.qty}`,
        });
      }
      let values = seen.get(line.sku);
      if (!values) seen.set(line.sku, (values = new Set()));
      for (const value of expected) {
        if (values.has(value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', i, 'expected_serials'],
            message: `serial ${value} is expected twice for ${line.sku}`,
          });
        }
        values.add(value);
      }
    });
  });

const orderLine = z.object({
  sku: code(),
  qty: wholeNumber(1, MAX_QTY),
  unit_price: amount().optional(),
});

/** A shipping label: its tracking number and the label itself (base64 ZPL or PDF). */
export const shippingLabelSchema = z
  .object({
    tracking_number: z.string().trim().min(1).max(100),
    label: z.object({ format: z.enum(['zpl', 'pdf']), data: z.base64().min(1).max(2_000_000) }).strict(),
  })
  .strict();

export const orderDocumentSchema = z.object({
  order_number: code(),
  warehouse: code().optional(),
  picked: flag().optional(),
  confirmed: flag().optional(),
  lines: z.array(orderLine, { error: 'is required' }).min(1, { error: 'needs at least one line' }).max(MAX_LINES),
  /** The address the label service gets (free-form fields such as name, street, city, postal_code, country). */
  ship_to: z.record(z.string().max(60), z.string().max(500)).optional(),
  /** Labels made by the ERP: package i ships with label i (no label service is asked). */
  labels: z.array(shippingLabelSchema).min(1).max(100).optional(),
});

export type ProductDocument = z.output<typeof productDocumentSchema>;
export type ProductDocumentInput = z.input<typeof productDocumentSchema>;
export type PurchaseOrderDocument = z.output<typeof purchaseOrderDocumentSchema>;
export type PurchaseOrderDocumentInput = z.input<typeof purchaseOrderDocumentSchema>;
export type OrderDocument = z.output<typeof orderDocumentSchema>;
export type OrderDocumentInput = z.input<typeof orderDocumentSchema>;
