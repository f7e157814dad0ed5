import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/storage/database';
import { insertPool, listPools } from '../../../electron/storage/repos/pools';
import { searchOrders } from '../../../electron/storage/repos/shipping-queries';
import { containsText } from '../../../electron/storage/text-match';
import { upsertOrder } from '../../../electron/storage/writers/order-writer';
import { memoryDb, product } from './helpers';

/**
 * The storage layer's one text filter (text-match.ts), run on both dialects: `%`, `_` and `\`
 * match themselves, ASCII letters match in any case, other letters exactly.
 */
let d: Database;
const SKUS = ['P100%', 'P1000', 'A_B', 'AXB', 'C\\D', 'CD', 'MiXeD-1', 'Émile'];
beforeAll(async () => {
  d = await memoryDb();
  for (const sku of SKUS) await product(d.db, { sku, name: `Name of ${sku}`, tracking: 'none' });
  for (const order_number of ['SO_1', 'SOX1', 'SO%2', 'SO-22', 'so\\3', 'Ship-Me']) {
    await upsertOrder(d.db, { order_number, warehouse: 'MAIN', picked: true, lines: [{ sku: 'CD', qty: 1 }] });
  }
  const ids = await d.db.selectFrom('products').select(['id', 'sku']).where('sku', 'in', ['A_B', 'AXB', 'MiXeD-1']).execute();
  for (const p of ids) {
    await insertPool(d.db, { productId: p.id, productCode: `code-${p.sku}`, codeSchema: 'SKU', name: `Pool ${p.sku.toLowerCase()}`, source: 'generated', mode: 'batch', limit: 100, serialLength: 10 });
  }
});
afterAll(() => d.close());

const skus = async (text: string, column = 'products.sku') =>
  (await d.db.selectFrom('products').select('sku').where(containsText(d.db, column, text)).orderBy('sku').execute()).map((r) => r.sku);
const orders = async (query: string) => (await searchOrders(d.db, { query, caseSensitive: false, limit: 50 })).map((r) => r.order_number).sort();

describe(`containsText (${process.env.SCANBAY_TEST_DIALECT ?? 'sqlite'})`, () => {
  it('takes %, _ and \\ literally', async () => {
    expect(await skus('100%')).toEqual(['P100%']);
    expect(await skus('%')).toEqual(['P100%']);
    expect(await skus('_')).toEqual(['A_B']);
    expect(await skus('A_')).toEqual(['A_B']);
    expect(await skus('\\')).toEqual(['C\\D']);
    expect(await skus('C\\D')).toEqual(['C\\D']);
    expect(await skus('\\%')).toEqual([]);
    expect(await skus("'")).toEqual([]);
  });

  it('ignores the case of ASCII letters on both dialects, and compares other letters exactly', async () => {
    expect(await skus('mixed')).toEqual(['MiXeD-1']);
    expect(await skus('MIXED-1')).toEqual(['MiXeD-1']);
    expect(await skus('a_b')).toEqual(['A_B']);
    expect(await skus('c\\d')).toEqual(['C\\D']);
    expect(await skus('name of axb', 'products.name')).toEqual(['AXB']);
    expect(await skus('Émile')).toEqual(['Émile']);
    expect(await skus('émile')).toEqual([]);
    expect(await skus('ÉMILE')).toEqual(['Émile']);
  });

  it('the order search (Orders view, shipping.orders) uses it: literal wildcards, any case', async () => {
    expect(await orders('so_')).toEqual(['SO_1']);
    expect(await orders('O%')).toEqual(['SO%2']);
    expect(await orders('\\')).toEqual(['so\\3']);
    expect(await orders('S\\3')).toEqual([]);
    expect(await orders('o\\3')).toEqual(['so\\3']);
    expect(await orders('SHIP')).toEqual(['Ship-Me']);
    expect(await orders('x1')).toEqual(['SOX1']);
  });

  it('the pool list filter uses it: product code, SKU and names, any case, wildcards literal', async () => {
    const pools = async (filter: string) => (await listPools(d.db, filter)).map((p) => p.sku).sort();
    expect(await pools('_')).toEqual(['A_B']);
    expect(await pools('POOL MIXED')).toEqual(['MiXeD-1']);
    expect(await pools('code-m')).toEqual(['MiXeD-1']);
    expect(await pools('a%b')).toEqual([]);
    expect(await pools('b')).toEqual(['AXB', 'A_B']);
  });
});
