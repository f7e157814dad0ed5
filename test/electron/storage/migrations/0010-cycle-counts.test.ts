import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 10: cycle counts in progress', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('keeps one count per location, each serial once and one units line per product; deleting a count deletes its lines', async () => {
    m = await migratedTo(10);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(10);
    m.run("insert into products (sku, name, tracking, created_at, updated_at) values ('A', 'A', 'full', ?, ?)", m.now, m.now);
    m.run("insert into warehouses (code, name, created_at) values ('MAIN', 'Main', ?)", m.now);
    m.run("insert into cycle_counts (location_key, warehouse_id, started_at) values ('MAIN', 1, ?)", m.now);
    expect(() => m.run("insert into cycle_counts (location_key, warehouse_id, started_at) values ('MAIN', 1, ?)", m.now)).toThrow(/UNIQUE/);
    m.run("insert into cycle_count_lines (count_id, product_id, serial_key, serial_value) values (1, 1, '1:S1', 'S1')");
    expect(() => m.run("insert into cycle_count_lines (count_id, product_id, serial_key, serial_value) values (1, 1, '1:S1', 'S1')")).toThrow(/UNIQUE/);
    m.run('insert into cycle_count_lines (count_id, product_id, qty) values (1, 1, 3)');
    expect(() => m.run('insert into cycle_count_lines (count_id, product_id, qty) values (1, 1, 1)')).toThrow(/UNIQUE/);
    expect(() => m.run("insert into cycle_count_lines (count_id, product_id, serial_key, qty) values (1, 1, '1:S2', 0)")).toThrow(/CHECK/);
    m.run('delete from cycle_counts where id = 1');
    expect(m.sqlite.prepare('select count(*) as n from cycle_count_lines').get()).toEqual({ n: 0 });
  });
});
