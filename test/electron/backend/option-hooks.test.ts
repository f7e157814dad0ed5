import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/storage/repos/audit-log';
import { insertSerial } from '../../../electron/storage/repos/serials';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
});
afterEach(() => t.dispose());

async function serial(value: string) {
  const db = t.station.database.db;
  const { value: p } = await upsertProduct(db, { sku: 'P1', name: 'Product', tracking: 'full' });
  await insertSerial(db, { productId: p.id, value, status: 'in_stock', source: 'received' }, { type: 'received' });
}

describe('option hooks', () => {
  it('refuses to make serials case-insensitive when two would collide, changing nothing', async () => {
    await serial('ab12');
    await serial('AB12');
    await expect(t.station.options.set({ 'serials.caseSensitive': false })).rejects.toMatchObject({ code: 'conflict' });
    expect(t.station.options.get('serials.caseSensitive')).toBe(true);
    const r = await t.station.dispatch('options.set', { values: { 'serials.caseSensitive': false } }, { origin: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', conflicts: expect.arrayContaining(['ab12']) } });
  });

  it('rekeys serials when the change is possible, so the database then enforces the new rule', async () => {
    await serial('ab12');
    await t.station.options.set({ 'serials.caseSensitive': false });
    await expect(serial('AB12')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('writes every option change made here to the audit log, with from and to', async () => {
    await t.station.options.set({ 'general.volume': 10, 'general.stationName': 'Dock 9' });
    const entries = await listAudit(t.station.database.db, { action: 'options.change' });
    expect(entries.map((e) => [e.subject, e.details])).toEqual(
      expect.arrayContaining([
        ['general.volume', { from: 80, to: 10 }],
        ['general.stationName', { from: 'Station 1', to: 'Dock 9' }],
      ]),
    );
    expect(entries.every((e) => e.station === 'Dock 9' || e.station === 'Station 1')).toBe(true);
  });
});
