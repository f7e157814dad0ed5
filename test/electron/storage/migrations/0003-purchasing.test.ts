import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 3: purchasing', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('creates POs, lines, expected serials and receiving sessions with per-line quantities', async () => {
    m = await migratedTo(3);
    expect(m.tables()).toEqual(
      expect.arrayContaining(['purchase_orders', 'po_lines', 'po_expected_serials', 'receiving_sessions', 'receiving_session_lines']),
    );
    expect(m.columns('purchase_orders')).toEqual(
      expect.arrayContaining(['po_number', 'vendor_id', 'warehouse_id', 'vendor_invoice', 'tracking_number', 'status', 'ordered_at']),
    );
    expect(m.columns('receiving_sessions')).toEqual(
      expect.arrayContaining(['po_id', 'received_on', 'received_by', 'station', 'bin_id', 'status']),
    );
  });

  it('refuses a duplicate PO number, a line with qty 0, and a line of an unknown product', async () => {
    m = await migratedTo(3);
    m.run("insert into vendors (code, name, created_at) values ('V', 'V', ?)", m.now);
    m.run("insert into products (sku, name, tracking, created_at, updated_at) values ('A', 'A', 'none', ?, ?)", m.now, m.now);
    const po = () =>
      m.run("insert into purchase_orders (po_number, vendor_id, status, ordered_at, created_at, updated_at) values ('PO1', 1, 'open', ?, ?, ?)", m.now, m.now, m.now);
    po();
    expect(po).toThrow(/UNIQUE/);
    expect(() => m.run('insert into po_lines (po_id, line_no, product_id, qty) values (1, 1, 1, 0)')).toThrow(/CHECK/);
    expect(() => m.run('insert into po_lines (po_id, line_no, product_id, qty) values (1, 1, 99, 1)')).toThrow(/FOREIGN KEY/);
  });
});
