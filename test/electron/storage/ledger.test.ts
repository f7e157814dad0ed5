import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/storage/database';
import {
  appendSerialEvent,
  changeSerial,
  findSerials,
  insertSerial,
  serialHistory,
  serialsOfDocument,
} from '../../../electron/storage/repos/serials';
import { memoryDb, product } from './helpers';

let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(() => d.close());

describe('serial ledger', () => {
  it('records every change of a serial as an event, in order, with document and station', async () => {
    const p = await product(d.db, { sku: 'CAM' });
    const po = { type: 'purchase_order' as const, id: 7, number: 'PO-7' };
    const id = await insertSerial(
      d.db,
      { value: 'SN1', productId: p.id, status: 'in_stock', source: 'received', document: po },
      { type: 'received', document: po, station: 'Dock 1', at: new Date('2026-01-01T10:00:00Z') },
    );
    await changeSerial(
      d.db,
      id,
      { status: 'shipped', warehouseId: null },
      { type: 'shipped', document: { type: 'order', id: 3, number: 'SO-3' }, station: 'Bench 2', at: new Date('2026-01-02T10:00:00Z') },
    );
    const history = await serialHistory(d.db, id);
    expect(history.map((e) => [e.type, e.document_number, e.station, e.at])).toEqual([
      ['received', 'PO-7', 'Dock 1', '2026-01-01T10:00:00.000Z'],
      ['shipped', 'SO-3', 'Bench 2', '2026-01-02T10:00:00.000Z'],
    ]);
    expect((await findSerials(d.db, 'SN1'))[0]).toMatchObject({ status: 'shipped', sku: 'CAM' });
    expect((await serialsOfDocument(d.db, 'order', 3)).map((s) => s.value)).toEqual(['SN1']);
    expect((await serialsOfDocument(d.db, 'purchase_order', 7)).map((s) => s.value)).toEqual(['SN1']);
  });

  it('refuses to rewrite or erase history', async () => {
    const p = await product(d.db, { sku: 'CAM' });
    const id = await insertSerial(d.db, { value: 'SN1', productId: p.id, status: 'in_stock', source: 'external' }, { type: 'adjusted' });
    await appendSerialEvent(d.db, id, p.id, { type: 'moved', station: 'S' });
    await expect(d.db.updateTable('serial_events').set({ type: 'shipped' }).execute()).rejects.toThrow(/append-only/);
    await expect(d.db.deleteFrom('serial_events').execute()).rejects.toThrow(/append-only/);
    await expect(sql`delete from serial_events where id = 1`.execute(d.db)).rejects.toThrow(/append-only/);
    expect((await serialHistory(d.db, id)).length).toBe(2);
  });

  it('finds a serial by value for each product that has it (per-product uniqueness)', async () => {
    const a = await product(d.db, { sku: 'A' });
    const b = await product(d.db, { sku: 'B' });
    for (const p of [a, b]) {
      await insertSerial(d.db, { value: 'DUP', productId: p.id, status: 'in_stock', source: 'external' }, { type: 'adjusted' });
    }
    expect((await findSerials(d.db, 'DUP')).map((s) => s.sku)).toEqual(['A', 'B']);
    expect((await findSerials(d.db, 'DUP', { productId: b.id })).map((s) => s.sku)).toEqual(['B']);
    expect(await findSerials(d.db, 'NOPE')).toEqual([]);
  });

  it('looks a serial up through an index, not a table scan', async () => {
    const query = "select id from serials where value_fold = 'x' and status != 'deleted'";
    if (d.sqlite) {
      const plan = d.sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX serials_value_fold/);
    } else {
      // PostgreSQL picks a sequential scan for a table this small unless told not to.
      const plan = await d.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        return (await sql<Record<string, string>>`explain ${sql.raw(query)}`.execute(trx)).rows;
      });
      expect(plan.map((p) => Object.values(p).join(' ')).join(' ')).toMatch(/serials_value_fold/);
    }
  });
});
