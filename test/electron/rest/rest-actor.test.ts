import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrder } from '../../../electron/storage/repos/orders';
import { latestShipment } from '../../../electron/storage/repos/shipping-queries';
import { createUserWithBadge } from '../../../electron/users/badges';
import { seedShipping } from '../../helpers/shipping-data';
import { tempApi, type TempApi } from '../../helpers/station';

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  await seedShipping(api.station);
});
afterAll(() => api.dispose());

describe('REST work names its API key; REST may not change who reaches the API', () => {
  it('a REST receipt records received_by api:<key name>, apart from the signed-in user’s session at the same station', async () => {
    await createUserWithBadge(api.station.database.db, { name: 'e2e', role: 'operator', pin: '4321' });
    await api.station.dispatch('session.signIn', { name: 'e2e', pin: '4321' }, { origin: 'ws' });
    expect((await api.call('POST', '/purchase-orders/PO-1002/scans', { code: 'CBL-USB', qty: 3 })).body.data).toMatchObject({ verdict: 'accepted' });
    // The person at the screen receives on the same PO: their own session, in their name.
    expect(await api.station.dispatch('receiving.scan', { po_number: 'PO-1002', code: 'CBL-USB' }, { origin: 'ws' })).toMatchObject({ ok: true, value: { verdict: 'accepted' } });
    expect((await api.call('POST', '/purchase-orders/PO-1002/receipts')).status).toBe(200);
    const sessions = await api.station.dispatch('receiving.sessions', { po_number: 'PO-1002' }, { origin: 'test' });
    expect(sessions).toMatchObject({ ok: true, value: { sessions: [{ received_by: 'api:test', status: 'closed', lines: [{ qty: 3 }] }, { received_by: 'e2e', status: 'open', lines: [{ qty: 1 }] }] } });
  });

  it('a REST shipment records packed_by api:<key name>', async () => {
    await api.station.options.set({ 'shipping.allowMultipleQty': true });
    expect((await api.call('POST', '/orders/SO-2003/scans', { code: 'LBL-4X6', qty: 4 })).body.data).toMatchObject({ verdict: 'accepted' });
    const shipped = await api.call('POST', '/orders/SO-2003/ship', { weight: { value: 1, unit: 'kg' } });
    expect(shipped.status).toBe(200);
    const order = await getOrder(api.station.database.db, 'SO-2003');
    expect(await latestShipment(api.station.database.db, order!.id)).toMatchObject({ packed_by: 'api:test', station: 'Station 1' });
  });

  it('PATCH /options refuses api.enabled, api.host and api.port with 403 AuthError, changing nothing', async () => {
    for (const body of [{ 'api.enabled': true }, { 'api.host': '0.0.0.0' }, { 'api.port': 8080, 'general.volume': 10 }]) {
      const r = await api.call('PATCH', '/options', body);
      expect(r, JSON.stringify(body)).toMatchObject({ status: 403, body: { success: false, error: { type: 'AuthError', message: expect.stringContaining('cannot be changed through the REST API') } } });
    }
    expect(api.station.options.get('api.host')).toBe('127.0.0.1');
    expect(api.station.options.get('general.volume')).toBe(80);
    expect((await api.call('PATCH', '/options', { 'general.volume': 10 })).status).toBe(200);
  });
});
