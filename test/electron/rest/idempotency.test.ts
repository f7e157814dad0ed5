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

describe('Idempotency-Key across a crash between COMMIT and the reply', () => {
  it('the retry is answered from the work’s stored output: the unit is counted once', async () => {
    // A station whose reply is lost after its work committed (as when it is killed right then):
    // the step that stores the reply fails, so the first caller gets no success.
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
      const post = (key: string) =>
        fetch(`${server.origin}/api/v1/purchase-orders/PO-1/scans`, { method: 'POST', headers: { ...api.headers, 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ code: 'CBL' }) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
      expect((await post('lost-reply')).status).toBe(500);
      crash = false;
      const retry = await post('lost-reply');
      expect(retry).toMatchObject({ status: 200, body: { data: { verdict: 'accepted', line: { sku: 'CBL', received: 1 } } } });
      expect(await received()).toBe(1);
      expect(await post('lost-reply')).toEqual(retry);
      expect(await received()).toBe(1);
    } finally {
      await server.close();
    }
  });
});
