import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../../electron/demo/seed';
import { openReceivingSession, recordReceipt } from '../../../../electron/storage/repos/receiving';
import { serialHistory } from '../../../../electron/storage/repos/serials';
import { requestSerials } from '../../../../electron/workflows/pools/commission';
import type { RequestInput, RequestName } from '../../../../shared/api/contract';
import { tempStation, type TempStation } from '../../../helpers/station';
import { rows } from '../../storage/helpers';

let t: TempStation;
let poolId: number;
let serials: { id: number; value: string }[];

beforeEach(async () => {
  t = await tempStation();
  await seedDemo(t.station.database.db);
  poolId = (await value('pools.create', { productCode: 'SCN-100', mode: 'batch' })).pool.id;
  await value('pools.generate', { poolId, count: 6, batchName: 'B1' });
  serials = (await value('pools.serials', { poolId })).serials.reverse();
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
const ids = (...i: number[]) => i.map((n) => (serials[n] as { id: number }).id);
const history = async (n: number) => (await serialHistory(t.station.database.db, ids(n)[0] as number)).map((e) => e.type);

describe('pools: search, delete, release', () => {
  it('lists serials newest first with their batch, and searches any part from 3 characters', async () => {
    const page = await value('pools.serials', { poolId });
    expect(page.total).toBe(6);
    expect(page.serials[0]).toMatchObject({ status: 'available', batch: 'B1', deletable: true, source: 'generated' });
    const target = serials[2] as { value: string };
    const hit = await value('pools.serials', { poolId, search: target.value.slice(3, 6).toLowerCase() });
    expect(hit.serials.map((s: { value: string }) => s.value)).toContain(target.value);
    expect(await ask('pools.serials', { poolId, search: 'AB' })).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('at least 3 characters') } });
    // LIKE wildcards are taken literally.
    expect((await value('pools.serials', { poolId, search: '%%%' })).total).toBe(0);
  });

  it('filters the pool list by product code, SKU or name', async () => {
    await value('pools.create', { productCode: 'CBL-USB', mode: 'continuous', codeSchema: 'SKU' });
    const codes = async (filter: string) => (await value('pools.list', { filter })).pools.map((p: { sku: string }) => p.sku);
    expect(await codes('scanner')).toEqual(['SCN-100']);
    expect(await codes('0401234500')).toEqual(['SCN-100']);
    expect(await codes('cbl')).toEqual(['CBL-USB']);
    expect((await codes('')).sort()).toEqual(['CBL-USB', 'SCN-100']);
    expect(await codes('_')).toEqual([]);
  });

  it('deletes selected serials that have only their generation in the ledger', async () => {
    const r = await value('pools.delete', { poolId, serialIds: ids(0, 1) });
    expect(r).toMatchObject({ deleted: 2, pool: { available: 4 } });
    expect(await history(0)).toEqual(['generated', 'adjusted']);
    expect((await value('pools.serials', { poolId })).total).toBe(4);
  });

  it('refuses the whole deletion when one selected serial has history beyond generation', async () => {
    await requestSerials(t.station.database.db, 'SCN-100', 1, { station: 'T' }, 'test');
    const assigned = (await value('pools.serials', { poolId, status: 'assigned' })).serials[0];
    expect(assigned.deletable).toBe(false);
    const r = await ask('pools.delete', { poolId, serialIds: [...ids(4), assigned.id] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', conflicts: [assigned.value] } });
    expect((await value('pools.serials', { poolId })).total).toBe(6);
    // Released again, it still has history and stays.
    await value('pools.release', { poolId, serialIds: [assigned.id] });
    expect((await ask('pools.delete', { poolId, serialIds: [assigned.id] })).ok).toBe(false);
  });

  it('releases assigned serials to available, all or none', async () => {
    await requestSerials(t.station.database.db, 'SCN-100', 2, { station: 'T' }, 'test');
    expect((await value('pools.get', { poolId })).pool).toMatchObject({ available: 4, assigned: 2 });
    expect(await ask('pools.release', { poolId, serialIds: ids(0, 5) })).toMatchObject({ ok: false, error: { code: 'conflict', conflicts: [(serials[5] as { value: string }).value] } });
    const r = await value('pools.release', { poolId, serialIds: ids(0, 1) });
    expect(r).toMatchObject({ released: 2, pool: { available: 6, assigned: 0 } });
    expect(await history(0)).toEqual(['generated', 'assigned', 'released']);
    expect(await ask('pools.release', { poolId, serialIds: [999999] })).toMatchObject({ ok: false, error: { code: 'not_found', details: [{ path: 'serialIds.0' }] } });
  });

  it('a pool serial received at the dock counts as assigned and cannot be released or deleted', async () => {
    const db = t.station.database.db;
    const [po] = (await rows(t.station.database, "select po_lines.id as line, po_id from po_lines join products on products.id = po_lines.product_id where products.sku = 'SCN-100' limit 1")) as { line: number; po_id: number }[] as [{ line: number; po_id: number }];
    const session = await openReceivingSession(db, { poId: po.po_id, station: 'T' });
    const serial = serials[3] as { id: number; value: string };
    await recordReceipt(db, { sessionId: session.id, poLineId: po.line, qty: 1, serials: [{ value: serial.value }] });
    expect((await value('pools.get', { poolId })).pool).toMatchObject({ available: 5, assigned: 1 });
    expect((await ask('pools.release', { poolId, serialIds: [serial.id] })).ok).toBe(false);
    expect((await ask('pools.delete', { poolId, serialIds: [serial.id] })).ok).toBe(false);
    expect((await value('pools.serials', { poolId, status: 'assigned' })).serials).toEqual([expect.objectContaining({ value: serial.value, status: 'in_stock' })]);
  });
});
