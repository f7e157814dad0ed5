import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedLifecycle } from '../../helpers/returns-data';
import { tempApi, type TempApi } from '../../helpers/station';

// Transfers, adjustments, counts, stock, the serial report and the catalog over REST: the same
// operations as their screens, with the verdict envelope where they scan.
let api: TempApi;
beforeEach(async () => {
  api = await tempApi();
  await seedLifecycle(api.station.database.db);
});
afterEach(() => api.dispose());

describe('REST for the whole lifecycle', () => {
  it('a bin transfer: open, scan (verdict envelope both ways), complete', async () => {
    const tr = await api.call('POST', '/transfers', { kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-02' });
    expect(tr).toMatchObject({ status: 201, body: { data: { transfer_number: 'TR-000001', status: 'open' } } });
    const ok = await api.call('POST', '/transfers/TR-000001/scans', { code: 'SN00000004' });
    expect(ok).toMatchObject({ status: 200, body: { data: { verdict: 'accepted', reason: null, line: { sku: 'SCN', serial: 'SN00000004' } } } });
    const no = await api.call('POST', '/transfers/TR-000001/scans', { code: 'SN00000001' });
    expect(no).toMatchObject({ status: 200, body: { data: { verdict: 'rejected', reason: expect.any(String) } } });
    expect(await api.call('POST', '/transfers/TR-000001/complete')).toMatchObject({ status: 200, body: { data: { status: 'completed', units: 1 } } });
    expect((await api.call('GET', '/stock?sku=SCN&warehouse=MAIN&bin=A-02')).body.data).toEqual([expect.objectContaining({ sku: 'SCN', bin: 'A-02', qty: 1 })]);
    expect((await api.call('GET', '/transfers/TR-000404')).status).toBe(404);
  });

  it('adjustments answer with a verdict; bad input is a 400 naming the field', async () => {
    const r = await api.call('POST', '/adjustments', { action: 'remove', code: 'CBL', qty: 2, warehouse: 'MAIN', bin: 'A-01', reason: 'damaged' });
    expect(r).toMatchObject({ status: 200, body: { data: { verdict: 'accepted', sku: 'CBL' } } });
    const bad = await api.call('POST', '/adjustments', { action: 'remove', code: 'CBL', warehouse: 'MAIN' });
    expect(bad).toMatchObject({ status: 400, body: { error: { type: 'ValidationError', details: [{ path: 'reason' }] } } });
    expect((await api.call('GET', '/stock?sku=CBL&warehouse=MAIN&bin=A-01')).body.data).toEqual([expect.objectContaining({ qty: 5 })]);
  });

  it('a cycle count: start, scans, review, finish', async () => {
    const place = { warehouse: 'MAIN', bin: 'A-01' };
    await api.station.options.set({ 'counts.supervisorAbove': 1000 });
    expect((await api.call('POST', '/counts', place)).status).toBe(201);
    expect((await api.call('POST', '/counts/scans', { ...place, code: 'SN00000004' })).body.data).toMatchObject({ verdict: 'accepted' });
    expect((await api.call('POST', '/counts/scans', { ...place, code: 'SN00000004' })).body.data).toMatchObject({ verdict: 'rejected', reason: 'already_counted' });
    expect((await api.call('POST', '/counts/scans', { ...place, code: 'CBL', qty: 7 })).body.data).toMatchObject({ verdict: 'accepted' });
    const review = await api.call('GET', '/counts/review?warehouse=MAIN&bin=A-01');
    expect(review.status).toBe(200);
    expect(JSON.stringify(review.body.data)).toContain('SN00000005');
    const done = await api.call('POST', '/counts/finish', place);
    expect(done).toMatchObject({ status: 200, body: { data: { missing: [{ serial: 'SN00000005' }] } } });
  });

  it('the serial report and the catalog are paged', async () => {
    const page = await api.call('GET', '/reports/serials?sku=SCN&offset=0&limit=2');
    expect(page).toMatchObject({ status: 200, body: { data: { total: 5 } } });
    expect(page.body.data.rows).toHaveLength(2);
    expect((await api.call('GET', '/reports/serials?limit=0')).status).toBe(400);
    const first = await api.call('GET', '/products?limit=2');
    expect(first.body.data.products.map((p: { sku: string }) => p.sku)).toEqual(['CBL', 'HDS']);
    const next = await api.call('GET', `/products?after=${first.body.data.next_cursor}&limit=2`);
    expect(next.body.data).toMatchObject({ products: [{ sku: 'SCN' }], next_cursor: null });
    expect((await api.call('GET', '/products?limit=1001')).status).toBe(400);
  });
});
