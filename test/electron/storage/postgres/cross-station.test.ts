import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Station } from '../../../../electron/backend/station';
import { receivingWorkflow } from '../../../../electron/backend/handlers/receiving';
import { shippingWorkflow } from '../../../../electron/backend/handlers/shipping';
import { serialTimelines } from '../../../../electron/storage/repos/history';
import { actorOf } from '../../../../electron/workflows/kit/actor';
import { upsertOrder } from '../../../../electron/storage/writers/order-writer';
import { upsertPurchaseOrder } from '../../../../electron/storage/writers/purchase-order-writer';
import { postgresSkipReason } from '../../../helpers/postgres';
import { seedReceiving } from '../../../helpers/receiving-data';
import { seedShipping } from '../../../helpers/shipping-data';
import { request, stationsOnOneDatabase, type SharedStations } from '../../../helpers/station';

/**
 * Two stations (their own processes' worth of state: data dir, station id, options, pending steps)
 * on one PostgreSQL database, racing for the same things at the same moment. Each rule gives the
 * answer one station gives on its own, and never a server error.
 */
const skip = postgresSkipReason();
if (skip) console.log(`skipped: rules across stations: ${skip}`);

describe.skipIf(skip !== null)('rules across stations sharing one PostgreSQL database', () => {
  let shared: SharedStations;
  let a: Station;
  let b: Station;
  beforeEach(async () => {
    shared = await stationsOnOneDatabase(2, ['Dock 1', 'Dock 2']);
    [a, b] = shared.stations as [Station, Station];
  });
  afterEach(() => shared.dispose());

  const receive = (s: Station, po: string, serial: string, sku = 'SCN') => receivingWorkflow(s).scanVerdict(po, { code: serial, sku }, actorOf(s));

  it('the same serial received at two docks at once: exactly one accepted, the other gets duplicate_for_product', async () => {
    await seedReceiving(a);
    await upsertPurchaseOrder(a.database.db, { po_number: 'PO-9', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 10 }] });
    for (let i = 0; i < 5; i++) {
      const serial = `RACE00000${i}`;
      const verdicts = await Promise.all([receive(a, 'PO-3', serial), receive(b, 'PO-9', serial)]);
      const accepted = verdicts.filter((v) => v.verdict === 'accepted');
      expect(accepted).toHaveLength(1);
      expect(verdicts.find((v) => v.verdict === 'rejected')).toMatchObject({ reason: 'duplicate_for_product' });
    }
    const { rows } = await sql<{ n: number }>`select count(*) as n from serials where value like 'RACE%'`.execute(a.database.db);
    expect(rows[0]?.n).toBe(5);
  });

  it('the last unit of a PO line received at two docks at once: one accepted, the other over_quantity', async () => {
    await seedReceiving(a);
    await upsertPurchaseOrder(a.database.db, { po_number: 'PO-ONE', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 1 }] });
    const verdicts = await Promise.all([receive(a, 'PO-ONE', 'ONLY000001'), receive(b, 'PO-ONE', 'ONLY000002')]);
    expect(verdicts.map((v) => v.verdict).sort()).toEqual(['accepted', 'rejected']);
    expect(verdicts.find((v) => v.verdict === 'rejected')).toMatchObject({ reason: 'over_quantity' });
  });

  it('a serial received at one dock is in stock at a bench of the other station; packed at once into two orders, only one gets it', async () => {
    await seedShipping(a);
    expect(await receive(a, 'PO-1003', 'SCNX000001', 'SCN-100')).toMatchObject({ verdict: 'accepted' });
    await upsertOrder(a.database.db, { order_number: 'SO-A', warehouse: 'MAIN', picked: true, lines: [{ sku: 'SCN-100', qty: 1 }] });
    await upsertOrder(a.database.db, { order_number: 'SO-B', warehouse: 'MAIN', picked: true, lines: [{ sku: 'SCN-100', qty: 1 }] });
    const pack = (s: Station, order: string) => shippingWorkflow(s).scan(order, { code: 'SCNX000001', sku: 'SCN-100' }, actorOf(s));
    const verdicts = await Promise.all([pack(a, 'SO-A'), pack(b, 'SO-B')]);
    expect(verdicts.map((v) => v.verdict).sort()).toEqual(['accepted', 'rejected']);
    expect(verdicts.find((v) => v.verdict === 'rejected')).toMatchObject({ reason: 'not_in_stock' });
  });

  it('two benches asking one pool for serials at once get disjoint serials', async () => {
    await seedShipping(a);
    const { pool } = await request<{ pool: { id: number } }>(a, 'pools.create', { productCode: 'SCN-100', mode: 'batch' });
    await request(a, 'pools.generate', { poolId: pool.id, count: 20, batchName: 'B1' });
    const ask = (s: Station) => request<{ serials: { id: number }[] }>(s, 'pools.serials', { poolId: pool.id, status: 'available', offset: 0, limit: 100 });
    expect((await ask(b)).serials).toHaveLength(20);
    const { requestSerials } = await import('../../../../electron/workflows/pools/commission');
    const code = (await a.database.db.selectFrom('serial_pools').select('product_code').executeTakeFirstOrThrow()).product_code;
    const [x, y] = await Promise.all([requestSerials(a.database.db, code, 7, { station: 'Dock 1' }, 'test'), requestSerials(b.database.db, code, 7, { station: 'Dock 2' }, 'test')]);
    const values = [...x, ...y].map((s) => s.serial_number);
    expect(new Set(values).size).toBe(14);
    expect((await ask(a)).serials).toHaveLength(6);
  });

  it('one cycle count at a location, counted from two stations: a serial counts once, a finish ends it for both', async () => {
    await seedShipping(a);
    await request(a, 'counts.start', { warehouse: 'MAIN' });
    const [x, y] = await Promise.all([
      request<{ verdict: string; reason: string | null }>(a, 'counts.scan', { warehouse: 'MAIN', code: 'SCN1000001' }),
      request<{ verdict: string; reason: string | null }>(b, 'counts.scan', { warehouse: 'MAIN', code: 'SCN1000001' }),
    ]);
    expect([x.verdict, y.verdict].sort()).toEqual(['accepted', 'rejected']);
    expect([x, y].find((v) => v.verdict === 'rejected')).toMatchObject({ reason: 'already_counted' });
    expect(await request(b, 'counts.scan', { warehouse: 'MAIN', code: 'SCN1000002' })).toMatchObject({ verdict: 'accepted', state: { counted: expect.arrayContaining([expect.objectContaining({ serial: 'SCN1000001' })]) } });
    await request(a, 'counts.cancel', { warehouse: 'MAIN' });
    const after = await b.dispatch('counts.scan', { warehouse: 'MAIN', code: 'SCN1000003' }, { origin: 'test' });
    expect(after).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('No count is running') } });
  });

  it('transfers at two stations: one serial, or the last unit in a bin, moves once; the other is not_at_source', async () => {
    await seedShipping(a);
    const create = (s: Station, from_bin: string, to_bin: string) => request<{ transfer_number: string }>(s, 'transfers.create', { kind: 'bin', from_warehouse: 'MAIN', from_bin, to_bin });
    const scan = (s: Station, t: string, code: string) => request<{ verdict: string; reason: string | null }>(s, 'transfers.scan', { transfer_number: t, code });
    const [t1, t2] = await Promise.all([create(a, 'A-01', 'B-01'), create(b, 'A-01', 'A-02')]);
    expect(t1.transfer_number).not.toBe(t2.transfer_number);
    const serial = await Promise.all([scan(a, t1.transfer_number, 'SCN1000001'), scan(b, t2.transfer_number, 'SCN1000001')]);
    expect(serial.map((v) => v.verdict).sort()).toEqual(['accepted', 'rejected']);
    expect(serial.find((v) => v.verdict === 'rejected')).toMatchObject({ reason: 'not_at_source' });

    const labels = await a.database.db.selectFrom('products').select('id').where('sku', '=', 'LBL-4X6').executeTakeFirstOrThrow();
    await a.database.db.updateTable('stock').set({ qty: 1 }).where('product_id', '=', labels.id).execute();
    const [t3, t4] = await Promise.all([create(a, 'A-02', 'B-01'), create(b, 'A-02', 'A-01')]);
    const units = await Promise.all([scan(a, t3.transfer_number, 'LBL-4X6'), scan(b, t4.transfer_number, 'LBL-4X6')]);
    expect(units.map((v) => v.verdict).sort()).toEqual(['accepted', 'rejected']);
    expect(units.find((v) => v.verdict === 'rejected')).toMatchObject({ reason: 'not_at_source' });
    const left = await a.database.db.selectFrom('stock').select(['qty']).where('product_id', '=', labels.id).where('bin_key', '!=', 0).execute();
    expect(left.every((r) => r.qty >= 0)).toBe(true);
  });

  it('ledger events carry the station that wrote them and a strictly increasing seq', async () => {
    await seedReceiving(a);
    await receive(a, 'PO-3', 'LEDG000001');
    await receive(b, 'PO-3', 'LEDG000002');
    await receive(a, 'PO-3', 'LEDG000003');
    const rows = await a.database.db
      .selectFrom('serial_events as e')
      .innerJoin('serials as s', 's.id', 'e.serial_id')
      .select(['s.value', 'e.station', 'e.station_id', 'e.seq'])
      .where('s.value', 'like', 'LEDG%')
      .orderBy('e.seq')
      .execute();
    expect(rows.map((r) => [r.value, r.station, r.station_id])).toEqual([
      ['LEDG000001', 'Dock 1', a.stationId],
      ['LEDG000002', 'Dock 2', b.stationId],
      ['LEDG000003', 'Dock 1', a.stationId],
    ]);
    expect(a.stationId).not.toBe(b.stationId);
    const seqs = rows.map((r) => r.seq);
    expect([...seqs].sort((p, q) => p - q)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(3);
    // History and the transactions list show the order and the origin, newest first in the list.
    const [timeline] = await serialTimelines(a.database.db, 'LEDG000002');
    expect(timeline?.events).toEqual([expect.objectContaining({ type: 'received', station: 'Dock 2', station_id: b.stationId, seq: seqs[1] })]);
    const list = await request<{ rows: { serial: string; seq: number; station_id: string }[] }>(b, 'stock.transactions', { offset: 0, limit: 3 });
    expect(list.rows.map((r) => [r.serial, r.station_id])).toEqual([
      ['LEDG000003', a.stationId],
      ['LEDG000002', b.stationId],
      ['LEDG000001', a.stationId],
    ]);
  });
});
