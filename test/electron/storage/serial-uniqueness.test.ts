import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/storage/database';
import { ConflictError } from '../../../electron/storage/errors';
import { rekeySerials } from '../../../electron/storage/rekey';
import { deleteSerial, findSerials, insertSerial, serialHistory } from '../../../electron/storage/repos/serials';
import { getSerialKeyPolicy } from '../../../electron/storage/repos/settings';
import { memoryDb, product } from './helpers';

let d: Database;
let a: number;
let b: number;

beforeEach(async () => {
  d = await memoryDb();
  a = (await product(d.db, { sku: 'A' })).id;
  b = (await product(d.db, { sku: 'B' })).id;
});
afterEach(() => d.close());

const add = (productId: number, value: string) =>
  insertSerial(d.db, { value, productId, status: 'in_stock', source: 'external' }, { type: 'adjusted', station: 'T' });

describe('serial uniqueness enforced by the database', () => {
  it('per product (default): the same value may exist once for each product', async () => {
    await add(a, 'SN1');
    await add(b, 'SN1');
    await expect(add(a, 'SN1')).rejects.toBeInstanceOf(ConflictError);
    await expect(add(a, 'SN1')).rejects.toThrow('serial SN1 already exists');
  });

  it('case-sensitive (default): sn1 and SN1 are different serials', async () => {
    await add(a, 'SN1');
    await add(a, 'sn1');
    expect((await findSerials(d.db, 'sn1')).map((s) => s.value)).toEqual(['sn1']);
  });

  it('global scope: a value exists once on the station whatever the product', async () => {
    await rekeySerials(d.db, { uniqueScope: 'global', caseSensitive: true });
    await add(a, 'SN1');
    await expect(add(b, 'SN1')).rejects.toBeInstanceOf(ConflictError);
  });

  it('case-insensitive: sn1 collides with SN1, and lookups ignore case', async () => {
    await rekeySerials(d.db, { uniqueScope: 'product', caseSensitive: false });
    await add(a, 'SN1');
    await expect(add(a, 'sn1')).rejects.toBeInstanceOf(ConflictError);
    expect((await findSerials(d.db, 'sn1')).map((s) => s.value)).toEqual(['SN1']);
  });

  it('global and case-insensitive together', async () => {
    await rekeySerials(d.db, { uniqueScope: 'global', caseSensitive: false });
    await add(a, 'Ab-1');
    await expect(add(b, 'aB-1')).rejects.toBeInstanceOf(ConflictError);
  });

  it('a deleted serial frees its value; its history stays', async () => {
    const id = await add(a, 'SN1');
    await deleteSerial(d.db, id, 'typo at receipt', { station: 'T' });
    const again = await add(a, 'SN1');
    expect(again).not.toBe(id);
    expect((await serialHistory(d.db, id)).map((e) => [e.type, e.details])).toEqual([
      ['adjusted', null],
      ['adjusted', { action: 'deleted', reason: 'typo at receipt' }],
    ]);
    expect((await findSerials(d.db, 'SN1', { includeDeleted: true })).map((s) => s.status)).toEqual(['deleted', 'in_stock']);
  });
});

describe('rekeySerials', () => {
  it('switching to global scope fails with the colliding values and changes nothing', async () => {
    await add(a, 'X1');
    await add(b, 'X1');
    await add(a, 'Y1');
    const err = await rekeySerials(d.db, { uniqueScope: 'global', caseSensitive: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).conflicts).toEqual(['X1']);
    expect((err as ConflictError).message).toContain('X1');
    expect(await getSerialKeyPolicy(d.db)).toEqual({ uniqueScope: 'product', caseSensitive: true });
    await add(b, 'Y1'); // still per product
  });

  it('turning case sensitivity off fails when ab1 and AB1 both exist', async () => {
    await add(a, 'ab1');
    await add(a, 'AB1');
    const err = (await rekeySerials(d.db, { uniqueScope: 'product', caseSensitive: false }).catch((e: unknown) => e)) as ConflictError;
    expect(err.conflicts).toEqual(['AB1', 'ab1']);
  });

  it('recomputes every key when there is no collision, and the new rule then holds', async () => {
    for (let i = 0; i < 30; i++) await add(i % 2 ? a : b, `V${i}`);
    const r = await rekeySerials(d.db, { uniqueScope: 'global', caseSensitive: false });
    expect(r.changed).toBe(30);
    await expect(add(a, 'v3')).rejects.toBeInstanceOf(ConflictError);
    await expect(add(a, 'v4')).rejects.toBeInstanceOf(ConflictError);
    // And back again.
    await rekeySerials(d.db, { uniqueScope: 'product', caseSensitive: true });
    await add(a, 'v4');
  });
});
