import { issuesOf } from '../../../shared/domain/document-fields';
import { msg } from '../../../shared/i18n/message';
import { productDocumentSchema, type ProductDocument } from '../../../shared/domain/documents';
import { upsertProduct } from '../../storage/writers/product-writer';
import type { CellType } from '../cells';
import { convertCells } from '../cells';
import type { ColumnSpec } from '../csv-rows';
import { reportDocumentError, type Importer } from './context';

const FIELDS: Record<string, CellType> = {
  sku: 'text',
  name: 'text',
  gtin: 'text',
  upc: 'text',
  aliases: 'list',
  tracking: 'text',
  serial_length: 'number',
  serial_min_length: 'number',
  serial_max_length: 'number',
  serial_pattern: 'text',
  kit_components: 'kit',
  replacements: 'list',
  weight_grams: 'number',
  unit_cost: 'number',
  expirable: 'bool',
};

export const productColumns: ColumnSpec = {
  required: ['sku', 'name', 'tracking'],
  optional: Object.keys(FIELDS).filter((f) => !['sku', 'name', 'tracking'].includes(f)),
};

const column = (path: string) => path.split('.')[0] || null;

/**
 * One product per row, created or updated by SKU. Kits and replacements may name products further
 * down the file: every product is written first, then the references.
 */
export const importProducts: Importer = async (source, ctx) => {
  const docs: { row: number; doc: ProductDocument }[] = [];
  const seen = new Map<string, number>();
  let count = 0;
  for await (const { row, cells } of source.rows()) {
    count++;
    const input = convertCells(row, cells, FIELDS, ctx.errors);
    const parsed = productDocumentSchema.safeParse(input.value);
    if (!parsed.success) {
      for (const issue of issuesOf(parsed.error)) ctx.errors.addOnce(row, column(issue.path), issue.message);
      continue;
    }
    if (!input.ok) continue;
    const first = seen.get(parsed.data.sku);
    if (first !== undefined) {
      ctx.errors.add(row, 'sku', msg('errors-import.products.duplicateSku', { sku: parsed.data.sku, row: first }));
      continue;
    }
    seen.set(parsed.data.sku, row);
    docs.push({ row, doc: parsed.data });
  }
  let created = 0;
  const failed = new Set<number>();
  for (const { row, doc } of docs) {
    const { kit_components: _kit, replacements: _replacements, ...plain } = doc;
    try {
      const result = await upsertProduct(ctx.trx, plain, { at: ctx.at });
      if (result.created) created++;
    } catch (err) {
      reportDocumentError(err, ctx.errors, (path) => ({ row, column: column(path) }), row);
      failed.add(row);
    }
  }
  for (const { row, doc } of docs) {
    if (failed.has(row) || (doc.kit_components === undefined && doc.replacements === undefined)) continue;
    try {
      await upsertProduct(ctx.trx, doc, { at: ctx.at });
    } catch (err) {
      reportDocumentError(err, ctx.errors, (path) => ({ row, column: column(path) }), row);
    }
  }
  return { rows: count, documents: docs.length, created, updated: docs.length - created - failed.size };
};
