import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLifecycle } from '../../helpers/returns-data';
import { tempApi, type TempApi } from '../../helpers/station';

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  await seedLifecycle(api.station.database.db);
});
afterAll(() => api.dispose());

describe('REST returns', () => {
  it('POST /returns opens an RMA (201), again for the same order 200; an order that never shipped is 409', async () => {
    const created = await api.call('POST', '/returns', { order_number: 'SO-1', rma_number: 'RMA-API-1', reason: 'defective' });
    expect(created).toMatchObject({ status: 201, body: { success: true, message: 'RMA created', data: { rma_number: 'RMA-API-1', order_number: 'SO-1', status: 'open', reason: 'defective', lines: [] } } });
    expect(await api.call('POST', '/returns', { order_number: 'SO-1', rma_number: 'RMA-API-1' })).toMatchObject({ status: 200, body: { data: { rma_number: 'RMA-API-1' } } });
    expect(await api.call('POST', '/returns', { order_number: 'SO-3' })).toMatchObject({ status: 409, body: { success: false, error: { type: 'ConflictError', message: expect.stringContaining('has not shipped anything') } } });
    expect(await api.call('POST', '/returns', { order_number: 'NOPE' })).toMatchObject({ status: 404, body: { error: { type: 'NotFoundError' } } });
    const bad = await api.call('POST', '/returns', { rma_number: 5, extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['', 'order_number', 'rma_number']);
  });

  it('POST /returns/{rma}/scans answers the verdict envelope (HTTP 200 both ways)', async () => {
    const ok = await api.call('POST', '/returns/RMA-API-1/scans', { code: 'SN00000001', sku: 'SCN', condition: 'defective' });
    expect(ok).toEqual({
      status: 200,
      body: { success: true, data: { verdict: 'accepted', reason: null, message: 'Returned SCN serial SN00000001, defective.', line: expect.objectContaining({ sku: 'SCN', serial: 'SN00000001', credit_amount: 150 }) } },
    });
    const no = await api.call('POST', '/returns/RMA-API-1/scans', { code: 'SN00000004', sku: 'SCN' });
    expect(no).toMatchObject({ status: 200, body: { success: true, data: { verdict: 'rejected', reason: 'not_shipped_on_order', line: null } } });
    expect(await api.call('POST', '/returns/NOPE/scans', { code: 'X' })).toMatchObject({ status: 404, body: { error: { type: 'NotFoundError' } } });
    expect(await api.call('POST', '/returns/RMA-API-1/scans', { code: 'X', condition: 'melted' })).toMatchObject({ status: 400, body: { error: { type: 'ValidationError' } } });
  });

  it('POST /returns/{rma}/restock puts units away (defective → quarantine) and answers the credit memo', async () => {
    await api.call('POST', '/returns/RMA-API-1/scans', { code: 'SN00000002' });
    const r = await api.call('POST', '/returns/RMA-API-1/restock', { warehouse: 'MAIN', bin: 'A-02' });
    expect(r).toMatchObject({ status: 200, body: { success: true, data: { rma_number: 'RMA-API-1', restocked: 1, quarantined: 1, credit_memo: { total: 300 } } } });
    expect(await api.call('POST', '/returns/RMA-API-1/restock')).toMatchObject({ status: 409, body: { error: { type: 'ConflictError' } } });
    expect((await api.call('GET', '/returns/RMA-API-1')).body.data).toMatchObject({ status: 'closed', credit_total: 300 });
    expect((await api.call('GET', '/returns/RMA-API-1/credit-memo')).body.data.lines).toHaveLength(2);
  });

  it('GET /serials/{serial} answers the history array; an unknown serial is 404', async () => {
    const r = await api.call('GET', '/serials/SN00000002');
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual([
      expect.objectContaining({
        sku: 'SCN',
        serial: 'SN00000002',
        status: 'in_stock',
        warehouse: 'MAIN',
        bin: 'A-02',
        events: [
          expect.objectContaining({ type: 'received', document: 'PO-1', vendor: 'ACME', cost: 100, user: null, at: expect.any(String) }),
          expect.objectContaining({ type: 'shipped', document: 'SO-1', price: 150 }),
          expect.objectContaining({ type: 'returned', document: 'RMA-API-1', user: null, station: expect.any(String) }),
          expect.objectContaining({ type: 'moved', summary: 'Put back in stock at MAIN/A-02 on RMA-API-1' }),
        ],
      }),
    ]);
    expect(await api.call('GET', '/serials/NOPE-404')).toMatchObject({ status: 404, body: { success: false, error: { type: 'NotFoundError' } } });
    expect(await api.call('GET', '/serials/SN00000002', undefined, {})).toMatchObject({ status: 401, body: { error: { type: 'NoTokenError' } } });
  });

  it('stores SQL metacharacters and HTML in text fields literally', async () => {
    const reason = `'; DROP TABLE returns; -- <img src=x onerror=alert(1)>`;
    const r = await api.call('POST', '/returns', { order_number: 'SO-2', rma_number: `RMA "<b>"`, reason });
    expect(r).toMatchObject({ status: 201, body: { data: { rma_number: 'RMA "<b>"', reason } } });
    expect((await api.call('GET', `/returns/${encodeURIComponent('RMA "<b>"')}`)).body.data).toMatchObject({ reason });
    const count = await api.station.database.db.selectFrom('returns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    expect(Number(count?.n)).toBe(2);
  });
});
