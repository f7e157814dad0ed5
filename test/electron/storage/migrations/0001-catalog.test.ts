import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 1: catalog', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('creates products, aliases, kits, replacements, vendors, warehouses, bins and stock', async () => {
    m = await migratedTo(1);
    expect(m.tables()).toEqual(
      expect.arrayContaining(['products', 'product_aliases', 'kit_components', 'product_replacements', 'vendors', 'warehouses', 'bins', 'stock']),
    );
    expect(m.columns('products')).toEqual(
      expect.arrayContaining(['sku', 'gtin', 'upc', 'tracking', 'serial_length', 'serial_min_length', 'serial_max_length', 'serial_pattern', 'requires_serial_scan', 'weight_grams', 'expirable', 'unit_cost', 'avg_cost']),
    );
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(1);
  });

  it('keeps SKUs, GTINs and aliases unique and tracking to none|ship|full', async () => {
    m = await migratedTo(1);
    const insert = (sku: string, gtin: string | null, tracking = 'full') =>
      m.run('insert into products (sku, name, gtin, tracking, created_at, updated_at) values (?, ?, ?, ?, ?, ?)', sku, sku, gtin, tracking, m.now, m.now);
    insert('A', '00000000000017');
    expect(() => insert('A', null)).toThrow(/UNIQUE/);
    expect(() => insert('B', '00000000000017')).toThrow(/UNIQUE/);
    expect(() => insert('C', null, 'partial')).toThrow(/CHECK/);
    m.run('insert into product_aliases (product_id, alias) values (1, ?)', 'ALIAS');
    expect(() => m.run('insert into product_aliases (product_id, alias) values (1, ?)', 'ALIAS')).toThrow(/UNIQUE/);
  });
});
