import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 4: sales', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('creates orders, lines, shipments, packages and shipment lines', async () => {
    m = await migratedTo(4);
    expect(m.tables()).toEqual(expect.arrayContaining(['orders', 'order_lines', 'shipments', 'packages', 'shipment_lines']));
    expect(m.columns('order_lines')).toEqual(
      expect.arrayContaining(['qty', 'unit_price', 'scanned_qty', 'shipped_qty', 'replaced_from_product_id']),
    );
    expect(m.columns('packages')).toEqual(expect.arrayContaining(['weight_grams', 'length_mm', 'width_mm', 'height_mm', 'tracking_number']));
  });

  it('keeps order numbers unique and statuses known', async () => {
    m = await migratedTo(4);
    const order = (n: string, status: string) =>
      m.run('insert into orders (order_number, status, created_at, updated_at) values (?, ?, ?, ?)', n, status, m.now, m.now);
    order('SO1', 'open');
    expect(() => order('SO1', 'open')).toThrow(/UNIQUE/);
    expect(() => order('SO2', 'lost')).toThrow(/CHECK/);
  });
});
