import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 6: returns and transfers', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('creates returns (RMA) with lines and transfers with lines', async () => {
    m = await migratedTo(6);
    expect(m.tables()).toEqual(expect.arrayContaining(['returns', 'return_lines', 'transfers', 'transfer_lines']));
    expect(m.columns('return_lines')).toEqual(
      expect.arrayContaining(['serial_id', 'condition', 'disposition', 'credit_amount', 'warehouse_id', 'bin_id']),
    );
    expect(m.columns('transfer_lines')).toEqual(expect.arrayContaining(['product_id', 'to_product_id', 'serial_id', 'qty']));
  });

  it('keeps RMA numbers unique and dispositions to restock|quarantine', async () => {
    m = await migratedTo(6);
    m.run("insert into orders (order_number, status, created_at, updated_at) values ('SO1', 'shipped', ?, ?)", m.now, m.now);
    m.run("insert into products (sku, name, tracking, created_at, updated_at) values ('A', 'A', 'full', ?, ?)", m.now, m.now);
    const rma = () => m.run("insert into returns (rma_number, order_id, status, created_at) values ('RMA1', 1, 'open', ?)", m.now);
    rma();
    expect(rma).toThrow(/UNIQUE/);
    expect(() =>
      m.run("insert into return_lines (return_id, product_id, disposition, created_at) values (1, 1, 'landfill', ?)", m.now),
    ).toThrow(/CHECK/);
  });
});
