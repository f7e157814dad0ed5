import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 9: pool summary index', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('adds an index that answers pool counts without reading serial rows', async () => {
    m = await migratedTo(9);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(9);
    const cols = (m.sqlite.pragma('index_info(serials_pool_summary)') as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(['pool_id', 'status', 'source', 'batch_id']);
    const plan = (m.sqlite.prepare("explain query plan select status, source, count(*) from serials where pool_id = 1 and status != 'deleted' group by status, source").all() as { detail: string }[])
      .map((r) => r.detail)
      .join(' ');
    expect(plan).toContain('COVERING INDEX serials_pool_summary');
  });

  it('keeps serials written before it countable', async () => {
    m = await migratedTo(8);
    m.run("insert into products (sku, name, tracking, created_at, updated_at) values ('A', 'A', 'full', ?, ?)", m.now, m.now);
    m.run("insert into serial_pools (product_id, product_code, code_schema, name, source, mode, created_at) values (1, 'A', 'SKU', 'A', 'station', 'batch', ?)", m.now);
    m.run("insert into serials (value, value_fold, unique_key, product_id, status, pool_id, source, created_at, updated_at) values ('S1', 's1', '1:S1', 1, 'available', 1, 'generated', ?, ?)", m.now, m.now);
    await m.migrateTo(9);
    expect(m.sqlite.prepare('select status, count(*) as n from serials indexed by serials_pool_summary where pool_id = 1 group by status').all()).toEqual([{ status: 'available', n: 1 }]);
  });
});
