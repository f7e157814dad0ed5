import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../../../electron/users/users';
import { seedLifecycle } from '../../helpers/returns-data';
import { request, tempApi, type TempApi } from '../../helpers/station';

// Every operation writes its own events, and only its own: documents created and updated over
// REST, a REST ship, and a refused supervisor PIN (whose wrong-PIN count is written beside the
// operation, not as its work).
let api: TempApi;
beforeEach(async () => {
  api = await tempApi();
  await seedLifecycle(api.station.database.db);
  await createUser(api.station.database.db, { name: 'sam', role: 'supervisor', pin: '9999' });
});
afterEach(() => api.dispose());

type Event = { type: string; document: { type: string; number: string } | null; sku: string | null; serial: string | null; actor: string | null; details: Record<string, unknown> };
const since = async (cursor: string): Promise<Event[]> => {
  const r = await api.call('GET', `/events?after=${cursor}&limit=1000`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data.events as Event[];
};
const cursorNow = async (): Promise<string> => (await api.call('GET', '/events?limit=1000')).body.data.next_cursor as string;

describe('event feed: documents, ships and refusals', () => {
  it('products, purchase orders and orders written over REST are document.created, then document.updated', async () => {
    const start = await cursorNow();
    expect((await api.call('POST', '/products', { sku: 'NEW-1', name: 'New', tracking: 'none' })).status).toBe(201);
    expect((await api.call('POST', '/products', { sku: 'NEW-1', name: 'New, renamed', tracking: 'none' })).status).toBe(200);
    expect((await api.call('PATCH', '/products/NEW-1', { name: 'Patched' })).status).toBe(200);
    expect((await api.call('POST', '/purchase-orders', { po_number: 'PO-NEW', vendor: 'ACME', lines: [{ sku: 'NEW-1', qty: 2 }] })).status).toBe(201);
    expect((await api.call('POST', '/purchase-orders', { po_number: 'PO-NEW', vendor: 'ACME', lines: [{ sku: 'NEW-1', qty: 3 }] })).status).toBe(200);
    expect((await api.call('POST', '/orders', { order_number: 'SO-NEW', lines: [{ sku: 'NEW-1', qty: 1 }] })).status).toBe(201);
    // Refused writes change nothing and say nothing.
    expect((await api.call('POST', '/purchase-orders', { po_number: 'PO-BAD', vendor: 'ACME', lines: [{ sku: 'NOPE', qty: 1 }] })).status).toBe(404);
    expect((await api.call('PATCH', '/products/NOPE', { name: 'x' })).status).toBe(404);
    const events = await since(start);
    expect(events.map((e) => [e.type, e.document?.type, e.document?.number])).toEqual([
      ['document.created', 'product', 'NEW-1'],
      ['document.updated', 'product', 'NEW-1'],
      ['document.updated', 'product', 'NEW-1'],
      ['document.created', 'purchase_order', 'PO-NEW'],
      ['document.updated', 'purchase_order', 'PO-NEW'],
      ['document.created', 'order', 'SO-NEW'],
    ]);
    expect(events.every((e) => e.actor === 'api:test')).toBe(true);
  });

  it('a repeated Idempotency-Key replays the reply and writes no second event', async () => {
    const start = await cursorNow();
    const body = { po_number: 'PO-IDEM', vendor: 'ACME', lines: [{ sku: 'SCN', qty: 1 }] };
    const headers = { ...api.headers, 'idempotency-key': 'po-idem-1' };
    const first = await api.call('POST', '/purchase-orders', body, headers);
    const again = await api.call('POST', '/purchase-orders', body, headers);
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, body: first.body });
    expect((await since(start)).map((e) => e.type)).toEqual(['document.created']);
  });

  it('a REST ship is shipment.shipped; its packing scan is shipment.packed with the serial', async () => {
    const start = await cursorNow();
    expect((await api.call('POST', '/orders/SO-3/scans', { code: 'SN00000004', sku: 'SCN' })).body.data).toMatchObject({ verdict: 'accepted' });
    const shipped = await api.call('POST', '/orders/SO-3/ship', { weight: { value: 500, unit: 'g' } });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    const events = await since(start);
    expect(events.map((e) => [e.type, e.document?.number, e.serial])).toEqual([
      ['shipment.packed', 'SO-3', 'SN00000004'],
      ['shipment.shipped', 'SO-3', null],
    ]);
    expect(events[1]).toMatchObject({ actor: 'api:test', details: { shipment_id: shipped.body.data.shipment_id } });
  });

  it('the station UI cannot ship named packages (the bench weighs each one)', async () => {
    await api.station.options.set({ 'general.requireSignIn': false });
    const r = await api.station.dispatch('shipping.shipOrder', { order_number: 'SO-3', weight: { value: 1, unit: 'g' } }, { origin: 'ws' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a REST ship repeated with its Idempotency-Key is answered as it was, and ships once', async () => {
    expect((await api.call('POST', '/orders/SO-3/scans', { code: 'SN00000004', sku: 'SCN' })).body.data).toMatchObject({ verdict: 'accepted' });
    const start = await cursorNow();
    const headers = { ...api.headers, 'idempotency-key': 'ship-so-3' };
    const first = await api.call('POST', '/orders/SO-3/ship', { weight: { value: 500, unit: 'g' } }, headers);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const again = await api.call('POST', '/orders/SO-3/ship', { weight: { value: 500, unit: 'g' } }, headers);
    expect(again).toMatchObject({ status: 200, body: { data: { shipment_id: first.body.data.shipment_id, status: 'shipped' } } });
    expect((await since(start)).map((e) => e.type)).toEqual(['shipment.shipped']);
    // Without the key, a second ship of a shipped order is refused.
    expect((await api.call('POST', '/orders/SO-3/ship', { weight: { value: 500, unit: 'g' } })).status).toBe(409);
  });

  it('a ship whose label service fails writes no shipment.shipped; the retried ship writes one', async () => {
    let calls = 0;
    const server: Server = createServer((rq, rs) => {
      let body = '';
      rq.on('data', (c: Buffer) => (body += c.toString()));
      rq.on('end', () => {
        calls++;
        if (calls === 1) return void rs.writeHead(500).end('carrier down');
        const n = (JSON.parse(body) as { packages: unknown[] }).packages.length;
        const packages = Array.from({ length: n }, (_, i) => ({ tracking_number: `1ZFEED${i}`, label: { format: 'zpl', data: Buffer.from('^XA^XZ').toString('base64') } }));
        rs.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ packages }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await api.station.options.set({ 'shipping.labelService.url': `http://127.0.0.1:${(server.address() as AddressInfo).port}/labels` });
      // A packing scan through the station API (as the Ship screen sends it) names its serial too.
      await request(api.station, 'shipping.open', { order_number: 'SO-3' });
      const item = await request(api.station, 'shipping.scan', { order_number: 'SO-3', code: 'SCN' });
      expect(item, JSON.stringify(item)).toMatchObject({ verdict: 'accepted' });
      expect(await request(api.station, 'shipping.scan', { order_number: 'SO-3', code: 'SN00000004' })).toMatchObject({ verdict: 'accepted' });
      const start = await cursorNow();
      const failed = await api.call('POST', '/orders/SO-3/ship', { weight: { value: 500, unit: 'g' } });
      expect(failed.status).toBe(503);
      expect(await since(start)).toEqual([]);
      const shipped = await api.call('POST', '/orders/SO-3/ship', { weight: { value: 500, unit: 'g' } });
      expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
      expect(await since(start)).toEqual([expect.objectContaining({ type: 'shipment.shipped', details: expect.objectContaining({ shipment_id: shipped.body.data.shipment_id }) })]);
      const packed = (await since('0')).filter((e) => e.type === 'shipment.packed');
      expect(packed.map((e) => [e.sku, e.serial])).toEqual([['SCN', 'SN00000004']]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a wrong PIN sent over REST counts against the API key, not the station', async () => {
    const { approvalLockout } = await import('../../../electron/storage/repos/approval-lockouts');
    expect((await api.call('PATCH', '/products/SCN', { serial_length: 12, force: { pin: '0000', reason: 'new labels' } })).status).toBe(403);
    const db = api.station.database.db;
    expect(await approvalLockout(db, 'api:test', new Date())).toEqual({ locked: false, failures: 1 });
    const station = `station:${api.station.options.get('general.stationName')}`;
    expect(await approvalLockout(db, station, new Date())).toEqual({ locked: false, failures: 0 });
  });

  it('a wrong supervisor PIN writes no event; the approved finish writes one', async () => {
    await api.station.options.set({ 'counts.supervisorAbove': 0 });
    const place = { warehouse: 'MAIN', bin: 'A-01' };
    expect((await api.call('POST', '/counts', place)).status).toBe(201);
    expect((await api.call('POST', '/counts/scans', { ...place, code: 'SN00000004' })).body.data).toMatchObject({ verdict: 'accepted' });
    const start = await cursorNow();
    const refused = await api.call('POST', '/counts/finish', { ...place, pin: '1111' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await since(start)).toEqual([]);
    expect((await api.call('POST', '/counts/finish', { ...place, pin: '9999' })).status).toBe(200);
    expect((await since(start)).map((e) => e.type)).toEqual(['count.finished']);
  });

  it('every event type of the feed is written by the operation that does it', async () => {
    await api.station.options.set({ 'counts.supervisorAbove': 1000 });
    const ok = async (method: string, path: string, body?: unknown) => {
      const r = await api.call(method, path, body);
      expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
      if (r.body.data?.verdict !== undefined) expect(r.body.data.verdict, JSON.stringify(r.body.data)).toBe('accepted');
      return r.body.data;
    };
    const GTIN = '05901234123457';
    await ok('POST', '/products', { sku: 'POOLX', name: 'Pooled', tracking: 'full', gtin: GTIN });
    await ok('PATCH', '/products/POOLX', { name: 'Pooled unit' });
    await ok('POST', '/purchase-orders', { po_number: 'PO-ALL', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 1 }] });
    await ok('POST', '/purchase-orders/PO-ALL/scans', { code: 'SNALL00001', sku: 'SCN' });
    await ok('POST', '/purchase-orders/PO-ALL/receipts');
    await ok('POST', '/orders/SO-3/scans', { code: 'SN00000004', sku: 'SCN' });
    await ok('POST', '/orders/SO-3/ship', { weight: { value: 500, unit: 'g' } });
    await ok('POST', '/returns', { order_number: 'SO-1', rma_number: 'RMA-ALL' });
    await ok('POST', '/returns/RMA-ALL/scans', { code: 'SN00000001', sku: 'SCN' });
    await ok('POST', '/returns/RMA-ALL/restock', { warehouse: 'MAIN', bin: 'A-02' });
    const tr = await ok('POST', '/transfers', { kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-02' });
    await ok('POST', `/transfers/${tr.transfer_number}/scans`, { code: 'SN00000005' });
    await ok('POST', `/transfers/${tr.transfer_number}/complete`);
    await ok('POST', '/adjustments', { action: 'remove', code: 'CBL', qty: 1, warehouse: 'MAIN', bin: 'A-01', reason: 'damaged' });
    await ok('POST', '/counts', { warehouse: 'MAIN', bin: 'A-02' });
    await ok('POST', '/counts/finish', { warehouse: 'MAIN', bin: 'A-02', pin: '9999' });
    await ok('POST', '/serial-pools', { product_code: GTIN, product_code_schema: 'GTIN', length: 12 });
    await ok('POST', `/serial-pools/${GTIN}/serials`, { count: 4 });
    const requested = ((await ok('POST', '/serials/request', { product_code: GTIN, count: 2 })) as { serial_number: string }[]).map((s) => s.serial_number);
    await ok('POST', '/serials/commission', { product_code: GTIN, product_code_schema: 'GTIN', batch: 'LOT7', expiry_date: '281231', serials: [requested[0]] });
    await ok('POST', '/serials/release', { product_code: GTIN, serials: [requested[1]] });
    const types = new Set((await since('0')).map((e) => e.type));
    const { FEED_EVENT_TYPES } = await import('../../../shared/api/operation-events');
    expect(FEED_EVENT_TYPES.filter((t) => !types.has(t))).toEqual([]);
  });

  it('an operation with thousands of events writes them in order, each with its outbox row', async () => {
    const GTIN = '05901234123457';
    await api.call('POST', '/products', { sku: 'BULKC', name: 'Bulk commissioned', tracking: 'full', gtin: GTIN });
    expect((await api.call('POST', '/webhooks', { url: 'https://erp.example.com/bulk', types: ['serial.commissioned'] })).status).toBe(201);
    const start = await cursorNow();
    const serials = Array.from({ length: 1234 }, (_, i) => `EXT${String((i * 7919) % 100000).padStart(5, '0')}X${i}`);
    const r = await api.call('POST', '/serials/commission', { product_code: GTIN, product_code_schema: 'GTIN', batch: 'LOT1', expiry_date: '281231', serials });
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    const events: Event[] = [];
    for (let cursor = start; ; ) {
      const page = (await api.call('GET', `/events?after=${cursor}&limit=1000`)).body.data as { events: Event[]; next_cursor: string };
      if (page.events.length === 0) break;
      events.push(...page.events);
      cursor = page.next_cursor;
    }
    expect(events.map((e) => e.serial)).toEqual(serials);
    const db = api.station.database.db;
    const outbox = await db.selectFrom('webhook_outbox').innerJoin('feed_events', 'feed_events.id', 'webhook_outbox.event_id').select(['feed_events.serial']).orderBy('webhook_outbox.id').execute();
    expect(outbox.map((o) => o.serial)).toEqual(serials);
  });
});
