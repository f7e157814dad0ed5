import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/storage/database';
import { prepare, rowOf } from '../../../electron/storage/prepared';
import { writeTransaction } from '../../../electron/storage/transaction';
import type { Tracking } from '../../../shared/domain/types';
import { memoryDb, product } from './helpers';

/**
 * Prepared statements of the scan path (prepared.ts): built once per database, run with each
 * call's values in the placeholders' places — the same rows as the builder gives, on both dialects.
 */
let d: Database;
let other: Database;
beforeAll(async () => {
  d = await memoryDb();
  other = await memoryDb();
  for (const sku of ['A-1', 'B-2', 'C-3']) await product(d.db, { sku, tracking: 'full', serial_length: sku.length });
  await product(other.db, { sku: 'Z-9', tracking: 'none' });
});
afterAll(async () => {
  await d.close();
  await other.close();
});

describe(`prepared statements (${process.env.SCANBAY_TEST_DIALECT ?? 'sqlite'})`, () => {
  it('builds once per database and gives the rows the builder gives, for each call’s values', async () => {
    let builds = 0;
    const bySkuOrTracking = prepare((db, p: { sku: string; tracking: Tracking }) => {
      builds++;
      return db.selectFrom('products').select(['sku', 'tracking']).where((eb) => eb.or([eb('sku', '=', p.sku), eb('tracking', '=', p.tracking)])).where('sku', '!=', 'C-3').orderBy('sku');
    });
    for (const [sku, tracking] of [['A-1', 'none'], ['B-2', 'none'], ['X', 'full'], ['C-3', 'none']] as const) {
      const built = await d.db.selectFrom('products').select(['sku', 'tracking']).where((eb) => eb.or([eb('sku', '=', sku), eb('tracking', '=', tracking)])).where('sku', '!=', 'C-3').orderBy('sku').execute();
      expect(await bySkuOrTracking.all(d.db, { sku, tracking })).toEqual(built);
    }
    expect(builds).toBe(1);
    // Another database compiles its own (its dialect, its adapter); the first one's stays cached.
    expect(await bySkuOrTracking.first(other.db, { sku: 'Z-9', tracking: 'ship' })).toEqual({ sku: 'Z-9', tracking: 'none' });
    expect(builds).toBe(2);
    expect(await bySkuOrTracking.first(d.db, { sku: 'B-2', tracking: 'ship' })).toEqual({ sku: 'B-2', tracking: 'full' });
    expect(builds).toBe(2);
  });

  it('runs in the caller’s transaction: writes count their rows and roll back with it; undefined binds NULL', async () => {
    const rename = prepare((db, p: { sku: string; name: string | null }) => db.updateTable('products').set({ name: p.name ?? 'unnamed' }).where('sku', '=', p.sku));
    const setGtin = prepare((db, p: { sku: string; gtin?: string | null }) => db.updateTable('products').set({ gtin: p.gtin as string | null }).where('sku', '=', p.sku));
    const nameOf = prepare((db, p: { sku: string }) => db.selectFrom('products').select(['name', 'gtin']).where('sku', '=', p.sku));

    await expect(
      writeTransaction(d.db, async (trx) => {
        expect(await rename.run(trx, { sku: 'A-1', name: 'Renamed' })).toBe(1);
        expect((await nameOf.first(trx, { sku: 'A-1' }))?.name).toBe('Renamed');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await nameOf.first(d.db, { sku: 'A-1' }))?.name).toBe('A-1');
    expect(await rename.run(d.db, { sku: 'nope', name: 'x' })).toBe(0);

    expect(await setGtin.run(d.db, { sku: 'B-2', gtin: '00012345678905' })).toBe(1);
    expect(await setGtin.run(d.db, { sku: 'B-2' })).toBe(1);
    expect(await nameOf.first(d.db, { sku: 'B-2' })).toEqual({ name: 'B-2', gtin: null });
  });

  it('inserts a row of every listed column, with returning', async () => {
    const row = { code: 'WH-P', name: 'Prepared', created_at: '2026-12-03T00:00:00.000Z' };
    const insertWarehouse = prepare((db, p: typeof row) => db.insertInto('warehouses').values(rowOf(p, { code: true, name: true, created_at: true })).returning(['id', 'code']));
    const a = await insertWarehouse.first(d.db, row);
    const b = await insertWarehouse.first(d.db, { ...row, code: 'WH-Q' });
    expect([a?.code, b?.code]).toEqual(['WH-P', 'WH-Q']);
    expect(Number(b?.id)).toBeGreaterThan(Number(a?.id));
    // A statement that fails answers with a rejected promise (not a throw at the call), as Kysely does.
    let duplicate: Promise<unknown> | undefined;
    expect(() => (duplicate = insertWarehouse.first(d.db, row))).not.toThrow();
    await expect(duplicate).rejects.toThrow();
  });
});
