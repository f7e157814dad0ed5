import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../../electron/demo/seed';
import { serialHistory } from '../../../../electron/storage/repos/serials';
import { generateSerials } from '../../../../electron/workflows/pools/generate';
import type { RequestInput, RequestName } from '../../../../shared/api/contract';
import { tempStation, type TempStation } from '../../../helpers/station';
import { rows } from '../../storage/helpers';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedDemo(t.station.database.db);
});
afterEach(() => t.dispose());

async function ask<N extends RequestName>(name: N, input: RequestInput<N>): Promise<any> {
  return t.station.dispatch(name, input, { origin: 'test' });
}
async function value<N extends RequestName>(name: N, input: RequestInput<N>): Promise<any> {
  const r = await ask(name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}
const count = async (sql: string, ...args: unknown[]) => Number((await rows(t.station.database, sql, ...args))[0]?.n);

describe('pools: creating and generating', () => {
  it('creates one pool per product, named by GTIN when the product has one, with the option defaults', async () => {
    const { pool } = await value('pools.create', { productCode: 'SCANNER-100', mode: 'batch' });
    expect(pool).toMatchObject({ sku: 'SCN-100', code_schema: 'GTIN', product_code: '04012345000016', name: 'Handheld barcode scanner', limit: 1000, serial_length: 10, available: 0, assigned: 0 });
    const again = await ask('pools.create', { productCode: 'SCN-100', mode: 'continuous' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already has a serial pool') } });
    const cable = await value('pools.create', { productCode: 'CBL-USB', mode: 'continuous', codeSchema: 'SKU', limit: 3, serialLength: 6 });
    expect(cable.pool).toMatchObject({ product_code: 'CBL-USB', code_schema: 'SKU', limit: 3, serial_length: 6 });
    expect(await ask('pools.create', { productCode: 'NOPE', mode: 'batch' })).toMatchObject({ ok: false, error: { code: 'unknown_product' } });
  });

  it('a continuous pool makes one serial at a time, with a `generated` ledger event', async () => {
    const { pool } = await value('pools.create', { productCode: 'SCN-100', mode: 'continuous' });
    const r = await value('pools.generate', { poolId: pool.id });
    expect(r.serials).toHaveLength(1);
    expect(r.serials[0]).toMatch(/^[34679ACEFGHJKMNPRTUVWXY]{10}$/);
    expect(r.batch).toBeNull();
    expect(r.pool).toMatchObject({ available: 1, assigned: 0, generated: 1 });
    expect(await ask('pools.generate', { poolId: pool.id, count: 5 })).toMatchObject({ ok: false, error: { code: 'validation', details: [{ path: 'count' }] } });
    const id = await count('select id as n from serials where value = ?', r.serials[0]);
    expect((await serialHistory(t.station.database.db, id)).map((e) => e.type)).toEqual(['generated']);
  });

  it('a batch pool makes named batches of up to 500; the name defaults to the date and time', async () => {
    const { pool } = await value('pools.create', { productCode: 'SCN-100', mode: 'batch' });
    const named = await value('pools.generate', { poolId: pool.id, count: 500, batchName: 'Dock 2 morning' });
    expect(named.batch).toMatchObject({ name: 'Dock 2 morning', available: 500 });
    expect(new Set(named.serials).size).toBe(500);
    const dated = await value('pools.generate', { poolId: pool.id, count: 3 });
    expect(dated.batch.name).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d( \(\d+\))?$/);
    expect(await ask('pools.generate', { poolId: pool.id, count: 501 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await ask('pools.generate', { poolId: pool.id, count: 1, batchName: 'Dock 2 morning' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already has a batch named') } });
    const { batches } = await value('pools.batches', { poolId: pool.id });
    expect(batches.map((b: { name: string }) => b.name)).toEqual([dated.batch.name, 'Dock 2 morning']);
  });

  it('generating past the pool limit is refused with a clear error and nothing is generated', async () => {
    const { pool } = await value('pools.create', { productCode: 'SCN-100', mode: 'batch', limit: 10 });
    await value('pools.generate', { poolId: pool.id, count: 8 });
    const before = await count('select count(*) as n from serials');
    const r = await ask('pools.generate', { poolId: pool.id, count: 3, batchName: 'too many' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/pool limit reached: .* holds 8 of 10 serials, 2 more can be generated; nothing was generated/) } });
    expect(await count('select count(*) as n from serials')).toBe(before);
    expect(await count("select count(*) as n from serial_batches where name = 'too many'")).toBe(0);
    await value('pools.generate', { poolId: pool.id, count: 2 });
  });

  it('deleted serials free their place under the limit', async () => {
    const { pool } = await value('pools.create', { productCode: 'SCN-100', mode: 'continuous', limit: 1 });
    await value('pools.generate', { poolId: pool.id });
    expect((await ask('pools.generate', { poolId: pool.id })).ok).toBe(false);
    const { serials } = await value('pools.serials', { poolId: pool.id });
    await value('pools.delete', { poolId: pool.id, serialIds: [serials[0].id] });
    expect((await ask('pools.generate', { poolId: pool.id })).ok).toBe(true);
  });

  it('never repeats a serial that exists in the uniqueness scope: taken values are redrawn', async () => {
    const db = t.station.database.db;
    await t.station.options.set({ 'serials.uniqueScope': 'global' });
    const { pool } = await value('pools.create', { productCode: 'SCN-100', mode: 'batch', serialLength: 10 });
    // SCN1000001 is a demo scanner in stock. A rigged source first offers it again, then fresh bytes.
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const taken = 'SCN1000001';
    let call = 0;
    const random = (n: number) => {
      call++;
      if (call === 1) return Uint8Array.from({ length: n }, (_, i) => alphabet.indexOf(taken[i % 10] as string));
      return Uint8Array.from({ length: n }, (_, i) => (i * 7 + call) % 36);
    };
    const made = await generateSerials(db, { poolId: pool.id, count: 1, alphabet, random, actor: { station: 'T' }, via: 'test' });
    expect(made.values).toHaveLength(1);
    expect(made.values[0]).not.toBe(taken);
    expect(call).toBeGreaterThan(1);
    expect(await count('select count(*) as n from serials where value = ?', taken)).toBe(1);
  });

  it('gives up with a clear error when the serial length leaves too little room', async () => {
    const { pool } = await value('pools.create', { productCode: 'SCN-100', mode: 'batch', serialLength: 2 });
    await t.station.options.set({ 'pools.alphabet': 'digits' });
    const r = await ask('pools.generate', { poolId: pool.id, count: 50 });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('use a longer serial length') } });
    expect(await count('select count(*) as n from serials where pool_id = ?', pool.id)).toBe(0);
  });

  it('uses the alphabet option on every call', async () => {
    const { pool } = await value('pools.create', { productCode: 'SCN-100', mode: 'batch', serialLength: 12 });
    await t.station.options.set({ 'pools.alphabet': 'digits' });
    const r = await value('pools.generate', { poolId: pool.id, count: 20 });
    for (const s of r.serials) expect(s).toMatch(/^\d{12}$/);
  });
});
