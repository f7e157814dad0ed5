import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../../electron/storage/writers/purchase-order-writer';
import { seedLifecycle } from '../../helpers/returns-data';
import { tempApi, type TempApi } from '../../helpers/station';

// A keyed write commits its output with its work (status 0) and writes nothing after: that row is
// exactly what a station killed between COMMIT and its reply leaves, so for every request here a
// repeat rebuilt from it must equal the reply first sent — the same body the caller would have got.

let api: TempApi;
const GTIN = '05901234123457';
beforeEach(async () => {
  api = await tempApi();
  const db = api.station.database.db;
  await upsertProduct(db, { sku: 'CBL', name: 'Cable', tracking: 'none' });
  await upsertProduct(db, { sku: 'POOL1', name: 'Pooled', tracking: 'full', gtin: GTIN });
  await upsertPurchaseOrder(db, { po_number: 'PO-1', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'CBL', qty: 100 }] });
});
afterEach(() => api.dispose());

async function keyed(method: string, path: string, body: unknown, key: string) {
  const send = () => api.call(method, path, body, { ...api.headers, 'idempotency-key': key });
  const first = await send();
  const row = await api.station.database.db.selectFrom('idempotency_keys').select(['status', 'reply']).where('key', '=', key).executeTakeFirstOrThrow();
  return { first, row, repeat: await send() };
}

describe('Idempotency-Key: the output stored with the work answers a repeat', () => {
  it('scans, commissioning, generating serials and webhook changes store their output once and are rebuilt from it', async () => {
    expect((await api.call('POST', '/serial-pools', { product_code: GTIN, product_code_schema: 'GTIN', length: 12, limit: 100 })).status).toBe(201);
    const requests: [string, string, unknown][] = [
      ['POST', '/purchase-orders/PO-1/scans', { code: 'CBL', qty: 2 }],
      ['POST', `/serial-pools/${GTIN}/serials`, { count: 3, batch_name: 'B1' }],
      ['POST', '/serials/commission', { product_code: GTIN, product_code_schema: 'GTIN', batch: 'LOT7', expiry_date: '281231', serials: ['COMM00000001', 'COMM00000002'] }],
      ['POST', '/webhooks', { url: 'https://erp.example.com/scanbay', types: ['receipt.scanned'] }],
    ];
    for (const [i, [method, path, body]] of requests.entries()) {
      const { first, row, repeat } = await keyed(method, path, body, `k${i}`);
      expect(first.status, path).toBeLessThan(300);
      expect(row.status, `${path}: no reply written after the work`).toBe(0);
      expect(repeat, path).toEqual(first);
      // A webhook's secret is answered once in the clear and stored only sealed.
      if (path === '/webhooks') expect(row.reply).not.toContain(first.body.data.secret);
    }
    const hook = (await api.call('GET', '/webhooks')).body.data[0] as { id: number };
    for (const [method, path] of [['POST', `/webhooks/${hook.id}/enable`], ['DELETE', `/webhooks/${hook.id}`]] as const) {
      const { first, row, repeat } = await keyed(method, path, undefined, `${method}-${path}`);
      expect(first.status, path).toBe(200);
      expect(row.status, path).toBe(0);
      expect(repeat, path).toEqual(first);
    }
    // The work was done once each.
    const received = (await api.call('GET', '/purchase-orders/PO-1')).body.data.lines[0].received_qty;
    expect(received).toBe(2);
    expect((await api.call('GET', `/serial-pools/${GTIN}`)).body.data).toMatchObject({ available: 3 });
  });

  it('stock adjustments and new transfers too (their checks, change and scan-log entry in one transaction)', async () => {
    await seedLifecycle(api.station.database.db);
    const requests: [string, unknown][] = [
      ['/adjustments', { action: 'remove', code: 'CBL', qty: 2, warehouse: 'MAIN', bin: 'A-01', reason: 'damaged' }],
      ['/adjustments', { action: 'remove', code: 'NOPE', warehouse: 'MAIN', bin: 'A-01', reason: 'damaged' }],
      ['/transfers', { kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-02' }],
    ];
    for (const [i, [path, body]] of requests.entries()) {
      const { first, row, repeat } = await keyed('POST', path, body, `lc${i}`);
      expect(first.status, path).toBeLessThan(300);
      expect(row.status, path).toBe(0);
      expect(repeat, path).toEqual(first);
    }
    expect((await api.call('GET', '/stock?sku=CBL&warehouse=MAIN&bin=A-01')).body.data).toEqual([expect.objectContaining({ qty: 5 })]);
    expect(await api.station.database.db.selectFrom('transfers').select('transfer_number').execute()).toHaveLength(1);
  });
});
