import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receivingWorkflow } from '../../../electron/backend/handlers/receiving';
import { openDatabase } from '../../../electron/storage/database';
import { DATABASE_FILE_NAME, parseStoreUrl } from '../../../electron/storage/store-url';
import { findSerials } from '../../../electron/storage/repos/serials';
import { insertWebhook } from '../../../electron/storage/repos/webhooks';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import type { ReceivingScanResult } from '../../../shared/workflows/receiving';
import { testOnPostgres } from '../../helpers/postgres';
import { seedReceiving } from '../../helpers/receiving-data';
import { request, tempApi, tempStation, type TempStation } from '../../helpers/station';

// A scan keeps the PO's header and lines, its session, the key policy and the default warehouse
// for the next scan (SQLite: while nothing else writes). Every other writer must be seen at once.

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedReceiving(t.station);
});
afterEach(() => t.dispose());

const scan = (code: string, extra: Record<string, unknown> = {}, po = 'PO-1') => request<ReceivingScanResult>(t.station, 'receiving.scan', { po_number: po, code, ...extra });
const reuses = () => receivingWorkflow(t.station).cache.reuses;

describe('receiving: what a scan keeps for the next one', () => {
  it('scans in a row reuse the PO (SQLite) and count exactly as reloading would', async () => {
    const before = reuses();
    expect(await scan('CBL', { qty: 4 })).toMatchObject({ verdict: 'accepted', line: { received: 4 } });
    expect(await scan('CBL', { qty: 4 })).toMatchObject({ verdict: 'accepted', line: { received: 8 } });
    expect(await scan('CBL', { qty: 3 })).toMatchObject({ verdict: 'rejected', reason: 'over_quantity', line: { received: 8 } });
    expect(await scan('CBL', { qty: 2 })).toMatchObject({ verdict: 'accepted', line: { received: 10 }, state: { status: 'partial' } });
    for (const serial of ['SN00000001', 'SN00000002', 'SN00000003']) await scan('SCN').then(() => scan(serial));
    const last = await scan('SN00000001');
    expect(last).toMatchObject({ verdict: 'rejected' });
    const opened = await request<{ lines: { sku: string; received: number; serials: number }[] }>(t.station, 'receiving.open', { po_number: 'PO-1' });
    expect(opened.lines.find((l) => l.sku === 'SCN')).toMatchObject({ received: 3, serials: 3 });
    expect(reuses() - before).toBe(testOnPostgres() ? 0 : 10);
  });

  it('a bin scanned with a unit applies to that unit and the next ones, though the scans before kept the session', async () => {
    const binOf = async (serial: string) => (await findSerials(t.station.database.db, serial))[0]?.bin;
    const unit = async (serial: string, extra: Record<string, unknown> = {}) => {
      expect(await scan('SCN', {}, 'PO-3')).toMatchObject({ verdict: 'accepted' });
      expect(await scan(serial, extra, 'PO-3')).toMatchObject({ verdict: 'accepted' });
    };
    await unit('SN00000001', { bin: 'A-01' });
    await unit('SN00000002');
    // The bin changes in the very transaction that receives the unit.
    await unit('SN00000003', { bin: 'A-02' });
    await unit('SN00000004');
    expect([await binOf('SN00000001'), await binOf('SN00000002'), await binOf('SN00000003'), await binOf('SN00000004')]).toEqual(['A-01', 'A-01', 'A-02', 'A-02']);
  });

  it('a change made in this process outside the scan (a PO line’s quantity, a product’s name) applies to the next scan', async () => {
    await scan('CBL', { qty: 10 });
    // A plain write on the station's own connection, outside any transaction.
    await t.station.database.db.updateTable('po_lines').set({ qty: 12 }).where('id', '=', await lineId('CBL')).execute();
    expect(await scan('CBL', { qty: 2 })).toMatchObject({ verdict: 'accepted', line: { ordered: 12, received: 12 } });
    expect(await scan('HDS')).toMatchObject({ line: { name: 'Headset' } });
    await upsertProduct(t.station.database.db, { sku: 'HDS', name: 'Headset, wireless', tracking: 'ship' });
    expect(await scan('HDS')).toMatchObject({ verdict: 'accepted', line: { name: 'Headset, wireless', received: 2 } });
  });

  it('a receipt committed by another connection (another process on the SQLite file, another station on PostgreSQL) applies to the next scan', async () => {
    expect(await scan('CBL', { qty: 8 })).toMatchObject({ line: { received: 8 } });
    const other = await openDatabase(t.database ? { location: parseStoreUrl(t.database, t.dataDir) } : { file: join(t.dataDir, DATABASE_FILE_NAME), stationId: null });
    try {
      await other.db.updateTable('po_lines').set((eb) => ({ received_qty: eb('received_qty', '+', 2) })).where('id', '=', await lineId('CBL')).execute();
    } finally {
      await other.close();
    }
    expect(await scan('CBL')).toMatchObject({ verdict: 'rejected', reason: 'over_quantity', line: { received: 10 } });
  });

  it('a webhook or a product alias added by another connection applies to the next scan', async () => {
    // The first scans keep the enabled webhooks (none) and the PO's aliases.
    await scan('SCN');
    expect(await scan('SN00000001')).toMatchObject({ verdict: 'accepted' });
    const other = await openDatabase(t.database ? { location: parseStoreUrl(t.database, t.dataDir) } : { file: join(t.dataDir, DATABASE_FILE_NAME), stationId: null });
    let hookId: number;
    try {
      hookId = await insertWebhook(other.db, { url: 'http://127.0.0.1:9/hook', types: [], sealedSecret: 'sealed' }, new Date());
      const product = await other.db.selectFrom('products').select('id').where('sku', '=', 'SCN').executeTakeFirstOrThrow();
      await other.db.insertInto('product_aliases').values({ product_id: product.id, alias: 'SCN-ALT-7' }).execute();
    } finally {
      await other.close();
    }
    await scan('SCN');
    // The new alias is a product code now: not taken as a serial.
    expect(await scan('SCN-ALT-7')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_upc' });
    expect(await scan('SN00000002')).toMatchObject({ verdict: 'accepted' });
    const outbox = await t.station.database.db.selectFrom('webhook_outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('webhook_id', '=', hookId).executeTakeFirstOrThrow();
    expect(Number(outbox.n)).toBeGreaterThanOrEqual(1);
  });

  it('a webhook added through this station applies to its next scan', async () => {
    expect(await scan('CBL')).toMatchObject({ verdict: 'accepted' });
    const hook = await request<{ id: number }>(t.station, 'webhooks.add', { url: 'http://127.0.0.1:9/hook' });
    expect(await scan('CBL')).toMatchObject({ verdict: 'accepted' });
    const rows = await t.station.database.db.selectFrom('webhook_outbox').select('webhook_id').where('webhook_id', '=', hook.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('a scan whose transaction fails after counting its receipt leaves no count behind in what is kept', async () => {
    await scan('CBL', { qty: 2 });
    // The scan log refuses the entry of the scan that brings the line to 4: its transaction (receipt
    // included) rolls back after the workflow counted the receipt in memory.
    const db = t.station.database.db;
    const id = await lineId('CBL');
    if (testOnPostgres()) {
      await sql
        .raw(`create function refuse_log() returns trigger language plpgsql as $$ begin if (select received_qty from po_lines where id = ${id}) = 4 then raise exception 'injected'; end if; return new; end $$`)
        .execute(db);
      await sql`create trigger refuse_log before insert on scan_log for each row execute function refuse_log()`.execute(db);
    } else {
      await sql.raw(`create trigger refuse_log before insert on scan_log when (select received_qty from po_lines where id = ${id}) = 4 begin select raise(abort, 'injected'); end`).execute(db);
    }
    await expect(scan('CBL', { qty: 2 })).rejects.toThrow();
    await (testOnPostgres() ? sql`drop trigger refuse_log on scan_log` : sql`drop trigger refuse_log`).execute(db);
    expect(await scan('CBL')).toMatchObject({ verdict: 'accepted', line: { received: 3 } });
  });
});

describe('receiving over REST: what a scan keeps for the next one', () => {
  it('REST scans reuse the PO too (SQLite), keyed or not: a keyed scan and its repeat write nothing after the work', async () => {
    const api = await tempApi();
    try {
      await seedReceiving(api.station);
      const post = (code: string, key?: string) => api.call('POST', '/purchase-orders/PO-1/scans', { code, sku: 'CBL' }, key ? { ...api.headers, 'idempotency-key': key } : api.headers);
      const reuses = () => receivingWorkflow(api.station).cache.reuses;
      const before = reuses();
      for (let i = 1; i <= 5; i++) expect((await post('CBL')).body.data).toMatchObject({ verdict: 'accepted', line: { received: i } });
      expect(reuses() - before).toBe(testOnPostgres() ? 0 : 4);
      expect((await post('CBL', 'k1')).body.data).toMatchObject({ verdict: 'accepted', line: { received: 6 } });
      expect((await post('CBL', 'k1')).body.data).toMatchObject({ verdict: 'accepted', line: { received: 6 } });
      expect((await post('CBL', 'k2')).body.data).toMatchObject({ verdict: 'accepted', line: { received: 7 } });
      expect((await post('CBL')).body.data).toMatchObject({ verdict: 'accepted', line: { received: 8 } });
      // k1, k2 and the last one reused (the repeat of k1 runs no transaction).
      expect(reuses() - before).toBe(testOnPostgres() ? 0 : 7);
    } finally {
      await api.dispose();
    }
  });
});

async function lineId(sku: string): Promise<number> {
  const row = await t.station.database.db
    .selectFrom('po_lines')
    .innerJoin('products', 'products.id', 'po_lines.product_id')
    .innerJoin('purchase_orders', 'purchase_orders.id', 'po_lines.po_id')
    .select('po_lines.id')
    .where('purchase_orders.po_number', '=', 'PO-1')
    .where('products.sku', '=', sku)
    .executeTakeFirstOrThrow();
  return row.id;
}
