import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requests, type RequestName } from '../../../shared/api/contract';
import { apiAuthFor } from '../../../electron/rest/rest-options';
import { restRoutes } from '../../../electron/rest/routes';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../../electron/storage/writers/purchase-order-writer';
import { tempApi, type TempApi } from '../../helpers/station';

// One operation table: REST routes of station operations validate with the operation's own schema
// object, the runner pushes what an operation declares, and both adapters refuse the same input.
let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  const db = api.station.database.db;
  await upsertProduct(db, { sku: 'CBL', name: 'Cable', tracking: 'none', gtin: '04012345000016' });
  await upsertPurchaseOrder(db, { po_number: 'PO-1', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'CBL', qty: 10 }] });
});
afterAll(() => api.dispose());

const routes = () => restRoutes(api.station, apiAuthFor(api.station));

describe('the operation table', () => {
  it('every station request is one operation with its contract schema object, access and events', () => {
    const table = api.station.operations.table;
    for (const name of Object.keys(requests) as RequestName[]) {
      const op = table.get(name);
      expect(op?.input, name).toBe(requests[name].input);
      expect(typeof op?.handler, name).toBe('function');
    }
    expect(table.get('receiving.scan')).toMatchObject({ access: 'signed_in', events: { feed: ['receipt.scanned'] } });
    expect(table.get('pools.create')?.events.push).toEqual(['pools.changed']);
  });

  it('REST routes of station operations validate with the very schema object of the station API', () => {
    const bound = routes().filter((r) => r.operation !== undefined);
    for (const route of bound) expect(route.input, `${route.method} ${route.path}`).toBe(requests[route.operation as RequestName].input);
    const byPath = Object.fromEntries(bound.map((r) => [`${r.method} ${r.path}`, r.operation]));
    expect(byPath).toMatchObject({
      // The Receive screen's scan, answered without the wizard state: the same input schema object.
      'POST /purchase-orders/:po/scans': 'receiving.scanVerdict',
      'POST /purchase-orders/:po/receipts': 'receiving.close',
      'POST /orders/:order/scans': 'shipping.scan',
      'POST /returns': 'returns.create',
      'POST /returns/:rma/scans': 'returns.scan',
      'POST /serials/commission': 'serials.commission',
      'POST /transfers': 'transfers.create',
      'POST /transfers/:id/scans': 'transfers.scan',
      'POST /transfers/:id/complete': 'transfers.finish',
      'POST /adjustments': 'stock.adjust',
      'POST /counts': 'counts.start',
      'POST /counts/scans': 'counts.scan',
      'GET /counts/review': 'counts.review',
      'POST /counts/finish': 'counts.finish',
      'GET /stock': 'stock.list',
      'GET /reports/serials': 'reports.serials',
      'GET /products': 'products.page',
      'POST /products': 'products.upsert',
      'PATCH /products/:sku': 'products.patch',
      'GET /products/:sku': 'products.get',
      'POST /purchase-orders': 'purchaseOrders.upsert',
      'GET /purchase-orders/:po': 'purchaseOrders.get',
      'POST /orders': 'orders.upsert',
      'GET /orders/:order': 'orders.get',
      'POST /orders/:order/ship': 'shipping.shipOrder',
      'POST /webhooks/:id/enable': 'webhooks.enable',
    });
    expect(requests['receiving.scanVerdict'].input).toBe(requests['receiving.scan'].input);
  });

  it('an empty bin and a PO number with spaces are judged alike by REST and the station API', async () => {
    const station = await api.station.dispatch('receiving.scan', { po_number: 'PO-1', code: 'CBL', bin: '' }, { origin: 'test' });
    const rest = await api.call('POST', '/purchase-orders/PO-1/scans', { code: 'CBL', bin: '' });
    expect(station).toMatchObject({ ok: false, error: { code: 'validation', details: [{ path: 'bin' }] } });
    expect(rest).toMatchObject({ status: 400, body: { error: { type: 'ValidationError', details: [{ path: 'bin' }] } } });
    const padded = await api.station.dispatch('receiving.scan', { po_number: ' PO-1 ', code: 'CBL' }, { origin: 'test' });
    const restPadded = await api.call('POST', `/purchase-orders/${encodeURIComponent(' PO-1 ')}/scans`, { code: 'CBL' });
    expect(restPadded.status === 200).toBe(padded.ok);
  });

  it('pools.changed is pushed by the runner once per pool change, from REST (api) and the UI (station)', async () => {
    const seen: string[] = [];
    const off = api.station.events.on('pools.changed', (e) => seen.push(e.source));
    const created = await api.call('POST', '/serial-pools', { product_code: '04012345000016', product_code_schema: 'GTIN' });
    expect(created.status).toBe(201);
    const made = await api.call('POST', '/serial-pools/04012345000016/serials', { count: 2 });
    expect(made).toMatchObject({ status: 201, body: { data: { serials: [expect.any(String), expect.any(String)] } } });
    const refused = await api.call('POST', '/serials/request', { product_code: '04012345000016', count: 100 });
    expect(refused.status).toBe(409);
    const pools = await api.station.dispatch('pools.list', {}, { origin: 'test' });
    const poolId = (pools as { ok: true; value: { pools: { id: number }[] } }).value.pools[0]!.id;
    expect(await api.station.dispatch('pools.generate', { poolId, count: 1 }, { origin: 'test' })).toMatchObject({ ok: true });
    off();
    expect(seen).toEqual(['api', 'api', 'station']);
  });
});
