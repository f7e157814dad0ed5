import type { Selectable } from 'kysely';
import { normalizeGtin } from '../../../shared/domain/gtin';
import type { KitComponentView, ProductDetail, ProductMatch, ProductView } from '../../../shared/domain/views';
import { UnknownProductError } from '../errors';
import type { Db, ProductsTable } from '../schema';
import { chunks } from '../time';

/** Catalog reads: products by SKU, alias, GTIN or UPC; kits and replacements. */

export function toProductView(row: Selectable<ProductsTable>): ProductView {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    gtin: row.gtin,
    upc: row.upc,
    tracking: row.tracking,
    serial_length: row.serial_length,
    serial_min_length: row.serial_min_length,
    serial_max_length: row.serial_max_length,
    serial_pattern: row.serial_pattern,
    requires_serial_scan: row.requires_serial_scan === 1,
    weight_grams: row.weight_grams,
    length_mm: row.length_mm,
    width_mm: row.width_mm,
    height_mm: row.height_mm,
    expirable: row.expirable === 1,
    unit_cost: row.unit_cost,
    avg_cost: row.avg_cost,
  };
}

export async function getProductBySku(db: Db, sku: string): Promise<ProductView | undefined> {
  const row = await db.selectFrom('products').selectAll().where('sku', '=', sku).executeTakeFirst();
  return row && toProductView(row);
}

export async function getProductById(db: Db, id: number): Promise<ProductView | undefined> {
  const row = await db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProductView(row);
}

/** Products by SKU, for documents naming many SKUs at once. */
export async function getProductsBySkus(db: Db, skus: Iterable<string>): Promise<Map<string, ProductView>> {
  const found = new Map<string, ProductView>();
  for (const part of chunks([...new Set(skus)])) {
    const rows = await db.selectFrom('products').selectAll().where('sku', 'in', part).execute();
    for (const row of rows) found.set(row.sku, toProductView(row));
  }
  return found;
}

/**
 * The products of a document's lines; a document naming any unknown SKU is refused whole with an
 * UnknownProductError pointing at each `lines.N.sku`.
 */
export async function productsOfLines(db: Db, lines: readonly { sku: string }[]): Promise<Map<string, ProductView>> {
  const products = await getProductsBySkus(db, lines.map((l) => l.sku));
  const unknown = lines.flatMap((l, i) => (products.has(l.sku) ? [] : [{ path: `lines.${i}.sku`, message: `unknown SKU ${l.sku}` }]));
  if (unknown.length > 0) {
    const skus = [...new Set(lines.filter((l) => !products.has(l.sku)).map((l) => l.sku))];
    throw new UnknownProductError(skus, unknown);
  }
  return products;
}

/**
 * What a scanned or typed product code means: a SKU, then an alias, then a GTIN/UPC (any GTIN
 * length with a valid check digit matches the product's GTIN-14, and a UPC-A also its `upc`).
 */
export async function findProductByCode(db: Db, code: string): Promise<ProductMatch | undefined> {
  const bySku = await getProductBySku(db, code);
  if (bySku) return { product: bySku, matched_by: 'sku' };
  const byAlias = await db
    .selectFrom('product_aliases')
    .innerJoin('products', 'products.id', 'product_aliases.product_id')
    .selectAll('products')
    .where('product_aliases.alias', '=', code)
    .executeTakeFirst();
  if (byAlias) return { product: toProductView(byAlias), matched_by: 'alias' };
  const gtin = normalizeGtin(code);
  if (gtin === null) return undefined;
  const byGtin = await db.selectFrom('products').selectAll().where('gtin', '=', gtin).executeTakeFirst();
  if (byGtin) return { product: toProductView(byGtin), matched_by: 'gtin' };
  if (gtin.startsWith('00')) {
    const byUpc = await db.selectFrom('products').selectAll().where('upc', '=', gtin.slice(2)).executeTakeFirst();
    if (byUpc) return { product: toProductView(byUpc), matched_by: 'upc' };
  }
  return undefined;
}

export async function listKitComponents(db: Db, parentId: number): Promise<KitComponentView[]> {
  const rows = await db
    .selectFrom('kit_components')
    .innerJoin('products', 'products.id', 'kit_components.component_id')
    .select([
      'products.id as product_id',
      'products.sku',
      'products.name',
      'products.tracking',
      'kit_components.qty',
      'kit_components.is_main',
    ])
    .where('kit_components.parent_id', '=', parentId)
    .orderBy('kit_components.id')
    .execute();
  return rows.map((r) => ({ ...r, is_main: r.is_main === 1 }));
}

/** Kits that contain a product (scanning a main component may scan its whole kit). */
export async function listKitsContaining(db: Db, componentId: number): Promise<ProductView[]> {
  const rows = await db
    .selectFrom('kit_components')
    .innerJoin('products', 'products.id', 'kit_components.parent_id')
    .selectAll('products')
    .where('kit_components.component_id', '=', componentId)
    .execute();
  return rows.map(toProductView);
}

/** Products allowed to replace `productId` on an order. */
export async function listReplacements(db: Db, productId: number): Promise<ProductView[]> {
  const rows = await db
    .selectFrom('product_replacements')
    .innerJoin('products', 'products.id', 'product_replacements.replacement_id')
    .selectAll('products')
    .where('product_replacements.product_id', '=', productId)
    .orderBy('products.sku')
    .execute();
  return rows.map(toProductView);
}

export async function listAliases(db: Db, productId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('product_aliases')
    .select('alias')
    .where('product_id', '=', productId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.alias);
}

/** A product with its aliases, kit components and replacements (REST `GET /products/{sku}`). */
export async function getProductDetail(db: Db, sku: string): Promise<ProductDetail | undefined> {
  const product = await getProductBySku(db, sku);
  if (!product) return undefined;
  return {
    ...product,
    aliases: await listAliases(db, product.id),
    kit_components: await listKitComponents(db, product.id),
    replacements: (await listReplacements(db, product.id)).map((p) => p.sku),
  };
}

export async function listProducts(db: Db, opts: { limit?: number; offset?: number } = {}): Promise<ProductView[]> {
  const rows = await db
    .selectFrom('products')
    .selectAll()
    .orderBy('sku')
    .limit(opts.limit ?? 1000)
    .offset(opts.offset ?? 0)
    .execute();
  return rows.map(toProductView);
}

export interface ProductMeasure {
  weight_grams: number;
  length_mm?: number | null;
  width_mm?: number | null;
  height_mm?: number | null;
}

/** Weight and dimensions measured at the dock (receiving with `receiving.requireWeight`). */
export async function setProductMeasure(db: Db, productId: number, m: ProductMeasure): Promise<void> {
  await db
    .updateTable('products')
    .set({
      weight_grams: m.weight_grams,
      ...(m.length_mm != null ? { length_mm: m.length_mm } : {}),
      ...(m.width_mm != null ? { width_mm: m.width_mm } : {}),
      ...(m.height_mm != null ? { height_mm: m.height_mm } : {}),
    })
    .where('id', '=', productId)
    .execute();
}
