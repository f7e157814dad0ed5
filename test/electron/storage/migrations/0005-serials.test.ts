import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 5: serials and the ledger', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  async function withProduct() {
    m = await migratedTo(5);
    m.run("insert into products (sku, name, tracking, created_at, updated_at) values ('A', 'A', 'full', ?, ?)", m.now, m.now);
  }

  const serial = (key: string | null, status = 'in_stock') =>
    m.run(
      "insert into serials (value, value_fold, unique_key, product_id, status, source, created_at, updated_at) values ('S1', 's1', ?, 1, ?, 'received', ?, ?)",
      key,
      status,
      m.now,
      m.now,
    );

  it('creates pools, batches, serials, serial_events, packing scans and settings', async () => {
    await withProduct();
    expect(m.tables()).toEqual(
      expect.arrayContaining(['serial_pools', 'serial_batches', 'serials', 'serial_events', 'packing_scans', 'storage_settings']),
    );
    const indexes = (m.sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'serials'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['serials_value_fold', 'serials_stock']));
  });

  it('the database rejects a second live serial with the same unique key, but not after deletion', async () => {
    await withProduct();
    serial('1:S1');
    expect(() => serial('1:S1')).toThrow(/UNIQUE/);
    // A deleted serial has no key (the value is free again); a live one must have one.
    serial(null, 'deleted');
    expect(() => serial(null, 'in_stock')).toThrow(/CHECK/);
    expect(() => serial('1:S2', 'lost')).toThrow(/CHECK/);
  });

  it('the ledger is append-only: UPDATE and DELETE are refused', async () => {
    await withProduct();
    serial('1:S1');
    m.run("insert into serial_events (type, serial_id, product_id, at) values ('received', 1, 1, ?)", m.now);
    expect(() => m.run("insert into serial_events (type, serial_id, product_id, at) values ('teleported', 1, 1, ?)", m.now)).toThrow(/CHECK/);
    expect(() => m.run("update serial_events set type = 'shipped'")).toThrow(/append-only/);
    expect(() => m.run('delete from serial_events')).toThrow(/append-only/);
    expect(m.sqlite.prepare('select type from serial_events').all()).toEqual([{ type: 'received' }]);
  });

  it('a product has at most one serial pool', async () => {
    await withProduct();
    const pool = () =>
      m.run("insert into serial_pools (product_id, product_code, code_schema, name, source, mode, created_at) values (1, 'A', 'SKU', 'A', 'generated', 'batch', ?)", m.now);
    pool();
    expect(pool).toThrow(/UNIQUE/);
    expect(m.sqlite.prepare('select limit_count, serial_length from serial_pools').get()).toEqual({ limit_count: 1000, serial_length: 10 });
  });
});
