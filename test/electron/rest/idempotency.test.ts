import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../../electron/storage/writers/purchase-order-writer';
import { restOptionsFor } from '../../../electron/rest/rest-options';
import { startServer } from '../../../electron/server/http-server';
import { tempApi, type TempApi } from '../../helpers/station';

// Idempotency-Key: a repeat is answered from the stored reply without doing the work again; the
// key and the work commit together, so a retry after a kill cannot count a unit twice.
let api: TempApi;
beforeEach(async () => {
  api = await tempApi();
  const db = api.station.database.db;
  await upsertProduct(db, { sku: 'CBL', name: 'Cable', tracking: 'none' });
  await upsertPurchaseOrder(db, { po_number: 'PO-1', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'CBL', qty: 100 }] });
});
afterEach(() => api.dispose());

const received = async () => ((await api.call('GET', '/purchase-orders/PO-1')).body.data.lines[0].received_qty as number) ?? 0;
const scan = (key: string | undefined, body: unknown = { code: 'CBL' }) =>
  api.call('POST', '/purchase-orders/PO-1/scans', body, { ...api.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) });

describe('Idempotency-Key', () => {
  it('same key and body: the stored reply, the work done once; another body: 409; a key over 255: 400', async () => {
    const first = await scan('k-1');
    expect(first).toMatchObject({ status: 200, body: { data: { verdict: 'accepted' } } });
    const again = await scan('k-1', { code: 'CBL' });
    expect(again).toEqual(first);
    expect(await received()).toBe(1);
    expect(await scan('k-1', { code: 'CBL', qty: 2 })).toMatchObject({ status: 409, body: { error: { type: 'ConflictError' } } });
    expect(await received()).toBe(1);
    expect((await scan('x'.repeat(256))).status).toBe(400);
    await scan('k-2');
    await scan(undefined);
    expect(await received()).toBe(3);
    // Another route, same idea: a repeated adjustment-free create answers as the first time.
    const po = { po_number: 'PO-2', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'CBL', qty: 1 }] };
    const created = await api.call('POST', '/purchase-orders', po, { ...api.headers, 'idempotency-key': 'po-2' });
    expect(created.status).toBe(201);
    expect(await api.call('POST', '/purchase-orders', po, { ...api.headers, 'idempotency-key': 'po-2' })).toEqual(created);
  });

  it('api.requireIdempotencyKey refuses scans without a key (400), not other routes', async () => {
    await api.station.options.set({ 'api.requireIdempotencyKey': true });
    expect(await scan(undefined)).toMatchObject({ status: 400, body: { error: { type: 'ValidationError', message: expect.stringContaining('Idempotency-Key') } } });
    expect((await scan('k-3')).status).toBe(200);
    expect((await api.call('POST', '/purchase-orders/PO-1/receipts')).status).toBe(200);
    expect(await received()).toBe(1);
  });
});

const POOL_GTIN = '05901234123457';

describe('Idempotency-Key across a crash between COMMIT and the reply', () => {
  it('a keyed scan stores its output with its work and nothing after: a retry is answered from it, the unit counted once', async () => {
    const post = (key: string) =>
      fetch(`${api.base}/purchase-orders/PO-1/scans`, { method: 'POST', headers: { ...api.headers, 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ code: 'CBL' }) }).then(async (r) => ({
        status: r.status,
        replayed: r.headers.get('idempotent-replayed'),
        body: (await r.json()) as any,
      }));
    const first = await post('lost-reply');
    expect(first).toMatchObject({ status: 200, replayed: null, body: { data: { verdict: 'accepted', line: { sku: 'CBL', received: 1 } } } });
    // What a station killed right after its COMMIT leaves: the key with the work's output (status 0).
    const row = await api.station.database.db.selectFrom('idempotency_keys').select(['status', 'reply']).where('key', '=', 'lost-reply').executeTakeFirstOrThrow();
    expect(row.status).toBe(0);
    expect(JSON.parse(row.reply)).toMatchObject({ output: { verdict: 'accepted' } });
    const retry = await post('lost-reply');
    expect(retry).toEqual({ ...first, replayed: 'true' });
    expect(await received()).toBe(1);
    expect(await post('lost-reply')).toEqual(retry);
    expect(await received()).toBe(1);
  });

  it('a reply made from more than the output (a pool created) is stored after the work, and a lost one is rebuilt', async () => {
    await upsertProduct(api.station.database.db, { sku: 'POOL1', name: 'Pooled', tracking: 'full', gtin: POOL_GTIN });
    const rest = restOptionsFor(api.station);
    let calls = 0;
    let crash = true;
    const idempotency = {
      ...rest.idempotency!,
      db: () => {
        // 1st use: the lookup before the work; 2nd: storing the reply after the COMMIT.
        if (crash && ++calls === 2) throw new Error('killed between COMMIT and reply');
        return api.station.database.db;
      },
    };
    const server = await startServer({ station: api.station, host: '127.0.0.1', port: 0, uiDir: null, rest: { ...rest, idempotency } });
    try {
      const create = () =>
        fetch(`${server.origin}/api/v1/serial-pools`, { method: 'POST', headers: { ...api.headers, 'content-type': 'application/json', 'idempotency-key': 'pool-1' }, body: JSON.stringify({ product_code: POOL_GTIN, product_code_schema: 'GTIN', length: 12, limit: 10 }) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
      expect((await create()).status).toBe(500);
      crash = false;
      const retry = await create();
      expect(retry, JSON.stringify(retry)).toMatchObject({ status: 201, body: { data: { product_code: POOL_GTIN, sku: 'POOL1', limit: 10, available: 0 } } });
      expect(await create()).toEqual(retry);
      expect((await api.call('GET', `/serial-pools/${POOL_GTIN}`)).body.data).toMatchObject({ sku: 'POOL1', limit: 10 });
    } finally {
      await server.close();
    }
  });
});
