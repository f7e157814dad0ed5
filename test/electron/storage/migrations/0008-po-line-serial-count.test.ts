import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 8: serial count per PO line', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('adds po_lines.serial_count and fills it from the live serials received on each line', async () => {
    m = await migratedTo(7);
    m.run("insert into vendors (code, name, created_at) values ('V', 'V', ?)", m.now);
    m.run("insert into products (sku, name, tracking, created_at, updated_at) values ('P', 'P', 'full', ?, ?)", m.now, m.now);
    m.run("insert into purchase_orders (po_number, vendor_id, status, ordered_at, created_at, updated_at) values ('PO', 1, 'open', ?, ?, ?)", m.now, m.now, m.now);
    m.run('insert into po_lines (po_id, line_no, product_id, qty, received_qty) values (1, 1, 1, 5, 3)');
    const serial = (value: string, status: string) =>
      m.run(
        "insert into serials (value, value_fold, unique_key, product_id, status, source, received_po_line_id, created_at, updated_at) values (?, ?, ?, 1, ?, 'received', 1, ?, ?)",
        value, value, status === 'deleted' ? null : `1:${value}`, status, m.now, m.now,
      );
    serial('A', 'in_stock');
    serial('B', 'shipped');
    serial('C', 'deleted');
    await m.migrateTo(8);
    expect(m.columns('po_lines')).toContain('serial_count');
    expect(m.sqlite.prepare('select serial_count from po_lines').get()).toEqual({ serial_count: 2 });
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(8);
  });
});
