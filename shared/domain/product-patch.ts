import { z } from 'zod';
import { productDocumentSchema, type ProductDocumentInput } from './documents';

/**
 * A change to an existing product (REST `PATCH /products/{sku}`, `scanbay products update`): only
 * the fields given change. `null` clears an optional field (a list: empties it). Unknown fields are
 * refused, so a misspelt field name cannot pass as "nothing to change".
 */
const f = productDocumentSchema.shape;

export const productPatchFields = {
  name: f.name.optional(),
  tracking: f.tracking.optional(),
  expirable: f.expirable,
  gtin: f.gtin.nullable(),
  upc: f.upc.nullable(),
  aliases: f.aliases.nullable(),
  serial_length: f.serial_length.nullable(),
  serial_min_length: f.serial_min_length.nullable(),
  serial_max_length: f.serial_max_length.nullable(),
  serial_pattern: f.serial_pattern.nullable(),
  kit_components: f.kit_components.nullable(),
  replacements: f.replacements.nullable(),
  weight_grams: f.weight_grams.nullable(),
  unit_cost: f.unit_cost.nullable(),
};

export const productPatchSchema = z.object(productPatchFields).strict();
export type ProductPatch = z.input<typeof productPatchSchema>;

/**
 * The whole product document after a change: `changes` (a patch, or a POSTed document's present
 * fields) over `current`; null removes a field. Serial length fields count as one rule: giving any
 * of them replaces the product's length rule. The result is validated as a whole afterwards.
 */
const LENGTH_RULE = ['serial_length', 'serial_min_length', 'serial_max_length'] as const;

export function mergeProductDocument(current: ProductDocumentInput, changes: Record<string, unknown>): ProductDocumentInput {
  const merged: Record<string, unknown> = { ...current };
  // The length rule is one thing: an exact length given replaces a min/max rule and the reverse.
  if (LENGTH_RULE.some((k) => changes[k] !== undefined)) for (const k of LENGTH_RULE) delete merged[k];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged as ProductDocumentInput;
}
