import { english, msg } from '../../../shared/i18n/message';
import type { ProductDocument, ProductDocumentInput } from '../../../shared/domain/documents';
import { mergeProductDocument, type ProductPatch } from '../../../shared/domain/product-patch';
import type { ProductDetail } from '../../../shared/domain/views';
import { ConflictError, NotFoundError, UnknownProductError, type FieldIssue } from '../errors';
import { recordAudit } from '../repos/audit-log';
import { getProductDetail, getProductsBySkus } from '../repos/products';
import type { Db } from '../schema';
import { iso } from '../time';
import { writeTransaction } from '../transaction';
import { joined, lockedChanges, productHolds } from './product-locks';
import { parseProductDocument } from './validate';

export interface WriteResult<T> {
  value: T;
  created: boolean;
}

/** Kit components and replacements must name products that exist. */
async function resolveReferences(db: Db, doc: ProductDocument): Promise<Map<string, { id: number; tracking: string }>> {
  const refs = [...(doc.kit_components ?? []).map((c) => c.sku), ...(doc.replacements ?? [])];
  const found = await getProductsBySkus(db, refs);
  const issues: FieldIssue[] = [];
  doc.kit_components?.forEach((c, i) => {
    if (!found.has(c.sku)) issues.push({ path: `kit_components.${i}.sku`, message: `unknown SKU ${c.sku}` });
  });
  doc.replacements?.forEach((sku, i) => {
    if (!found.has(sku)) issues.push({ path: `replacements.${i}`, message: `unknown SKU ${sku}` });
  });
  if (issues.length > 0) {
    const skus = [...new Set(refs.filter((s) => !found.has(s)))];
    throw new UnknownProductError(skus, issues);
  }
  return found;
}

/** A GTIN, alias or SKU of this product must not already identify another product. */
async function checkIdentifiers(db: Db, doc: ProductDocument, ownId: number | undefined): Promise<void> {
  const issues: FieldIssue[] = [];
  const conflicts: string[] = [];
  const other = (id: number) => ownId === undefined || id !== ownId;
  if (doc.gtin !== undefined) {
    const row = await db.selectFrom('products').select(['id', 'sku']).where('gtin', '=', doc.gtin).executeTakeFirst();
    if (row && other(row.id)) {
      issues.push({ path: 'gtin', message: `GTIN ${doc.gtin} already belongs to ${row.sku}` });
      conflicts.push(doc.gtin);
    }
  }
  const skuAlias = await db
    .selectFrom('product_aliases')
    .innerJoin('products', 'products.id', 'product_aliases.product_id')
    .select(['products.id', 'products.sku'])
    .where('product_aliases.alias', '=', doc.sku)
    .executeTakeFirst();
  if (skuAlias && other(skuAlias.id)) {
    issues.push({ path: 'sku', message: `${doc.sku} is already an alias of ${skuAlias.sku}` });
    conflicts.push(doc.sku);
  }
  const aliases = doc.aliases ?? [];
  if (aliases.length > 0) {
    const taken = new Map<string, string>();
    const byAlias = await db
      .selectFrom('product_aliases')
      .innerJoin('products', 'products.id', 'product_aliases.product_id')
      .select(['products.id', 'products.sku', 'product_aliases.alias'])
      .where('product_aliases.alias', 'in', aliases)
      .execute();
    for (const r of byAlias) if (other(r.id)) taken.set(r.alias, `an alias of ${r.sku}`);
    const bySku = await db.selectFrom('products').select(['id', 'sku']).where('sku', 'in', aliases).execute();
    for (const r of bySku) if (other(r.id)) taken.set(r.sku, 'the SKU of another product');
    aliases.forEach((alias, i) => {
      const what = taken.get(alias);
      if (what) {
        issues.push({ path: `aliases.${i}`, message: `alias ${alias} is already ${what}` });
        conflicts.push(alias);
      }
    });
  }
  if (issues.length > 0) {
    throw new ConflictError(msg('errors-storage.product.conflicts', { sku: doc.sku, detail: issues.map((i) => i.message).join('; ') }), conflicts, issues);
  }
}

/** Who may change a locked field (product-locks.ts), and why: recorded in the audit log. */
export interface ProductForce {
  /** `cli`, or `api:<key>` with a supervisor's approval. */
  via: string;
  userId: number | null;
  station: string | null;
  reason: string | null;
}

export interface ProductWriteOptions {
  at?: Date;
  /** Change tracking, serial rules or GTIN although stock or open documents hold the product. */
  force?: ProductForce;
}

/** The stored product as the document that would write it. */
function documentOf(p: ProductDetail): ProductDocumentInput {
  const doc: Record<string, unknown> = { sku: p.sku, name: p.name, tracking: p.tracking, expirable: p.expirable };
  for (const key of ['gtin', 'upc', 'serial_length', 'serial_min_length', 'serial_max_length', 'serial_pattern', 'weight_grams', 'unit_cost'] as const) {
    if (p[key] !== null) doc[key] = p[key];
  }
  if (p.aliases.length > 0) doc.aliases = p.aliases;
  if (p.kit_components.length > 0) doc.kit_components = p.kit_components.map((c) => ({ sku: c.sku, qty: c.qty }));
  if (p.replacements.length > 0) doc.replacements = p.replacements;
  return doc as ProductDocumentInput;
}

/**
 * Creates a product, or updates one by SKU (REST `POST /products`, CSV import, demo data): a new
 * product is the document; for an existing one only the fields the document gives change — an
 * absent field (an empty CSV cell) keeps its value, so a partial document can never clear a GTIN,
 * a serial rule or a weight by leaving it out. Lists (aliases, kit components, replacements) given
 * are replaced whole. To clear a field, use `patchProduct` with null.
 */
export async function upsertProduct(db: Db, input: ProductDocumentInput, opts: ProductWriteOptions = {}): Promise<WriteResult<ProductDetail>> {
  const given = parseProductDocument(input);
  return writeTransaction(db, async (trx) => {
    const current = await getProductDetail(trx, given.sku);
    const doc = current ? parseProductDocument(mergeProductDocument(documentOf(current), given)) : given;
    return writeProduct(trx, current, doc, opts);
  });
}

/** Changes only the given fields of an existing product (null clears one); NotFoundError when there is none. */
export async function patchProduct(db: Db, sku: string, patch: ProductPatch, opts: ProductWriteOptions = {}): Promise<WriteResult<ProductDetail>> {
  return writeTransaction(db, async (trx) => {
    const current = await getProductDetail(trx, sku);
    if (!current) throw new NotFoundError('product', sku);
    const doc = parseProductDocument(mergeProductDocument(documentOf(current), patch));
    return writeProduct(trx, current, doc, opts);
  });
}

/**
 * Refuses a change of tracking, serial rules or GTIN while stock or open documents hold the
 * product (ConflictError naming what holds it and each field); a forced one is audited.
 */
async function checkLocks(trx: Db, current: ProductDetail, doc: ProductDocument, opts: ProductWriteOptions): Promise<void> {
  const changes = lockedChanges(current, doc);
  if (changes.length === 0) return;
  const held = await productHolds(trx, current.id);
  if (held.length === 0) return;
  const holds = held.map(english);
  const fields = changes.map((c) => c.field).join(', ');
  if (!opts.force) {
    throw new ConflictError(
      msg('errors-storage.product.locked', { sku: current.sku, fields, holds: joined(held) }),
      [current.sku],
      changes.map((c) => ({ path: c.field, message: `cannot change from ${JSON.stringify(c.from)} to ${JSON.stringify(c.to)}: held by ${holds.join(', ')}` })),
    );
  }
  await recordAudit(trx, {
    at: opts.at,
    action: 'product.locked_change',
    subject: current.sku,
    userId: opts.force.userId,
    station: opts.force.station,
    reason: opts.force.reason,
    details: { via: opts.force.via, changes, held_by: holds },
  });
}

async function writeProduct(trx: Db, existing: ProductDetail | undefined, doc: ProductDocument, opts: ProductWriteOptions): Promise<WriteResult<ProductDetail>> {
  const refs = await resolveReferences(trx, doc);
  await checkIdentifiers(trx, doc, existing?.id);
  if (existing) await checkLocks(trx, existing, doc, opts);
  const now = iso(opts.at);
  const fields = {
    name: doc.name,
    gtin: doc.gtin ?? null,
    upc: doc.upc ?? null,
    tracking: doc.tracking,
    serial_length: doc.serial_length ?? null,
    serial_min_length: doc.serial_min_length ?? null,
    serial_max_length: doc.serial_max_length ?? null,
    serial_pattern: doc.serial_pattern ?? null,
    weight_grams: doc.weight_grams ?? null,
    unit_cost: doc.unit_cost ?? null,
    expirable: doc.expirable ? 1 : 0,
    requires_serial_scan: doc.tracking === 'none' ? 0 : 1,
    updated_at: now,
  };
  let id: number;
  if (existing) {
    id = existing.id;
    await trx.updateTable('products').set(fields).where('id', '=', id).execute();
    await trx.deleteFrom('product_aliases').where('product_id', '=', id).execute();
    await trx.deleteFrom('kit_components').where('parent_id', '=', id).execute();
    await trx.deleteFrom('product_replacements').where('product_id', '=', id).execute();
  } else {
    ({ id } = await trx
      .insertInto('products')
      .values({ ...fields, sku: doc.sku, avg_cost: doc.unit_cost ?? null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow());
  }
  if (doc.aliases?.length) {
    await trx
      .insertInto('product_aliases')
      .values(doc.aliases.map((alias) => ({ product_id: id, alias })))
      .execute();
  }
  const components = doc.kit_components ?? [];
  if (components.length > 0) {
    // The main component is the first serialized one (scanning it may scan the whole kit).
    const main = components.find((c) => refs.get(c.sku)?.tracking !== 'none') ?? components[0];
    await trx
      .insertInto('kit_components')
      .values(
        components.map((c) => ({
          parent_id: id,
          component_id: refs.get(c.sku)!.id,
          qty: c.qty,
          is_main: c === main ? 1 : 0,
        })),
      )
      .execute();
  }
  const replacements = [...new Set(doc.replacements ?? [])];
  if (replacements.length > 0) {
    await trx
      .insertInto('product_replacements')
      .values(replacements.map((sku) => ({ product_id: id, replacement_id: refs.get(sku)!.id })))
      .execute();
  }
  return { value: (await getProductDetail(trx, doc.sku))!, created: !existing };
}
