import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StationEvents } from '../../../shared/api/events';
import type { ShippingState } from '../../../shared/workflows/shipping';
import { listScans } from '../../../electron/storage/repos/scan-log';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempApi, type TempApi } from '../../helpers/station';

/**
 * The open Ship wizard follows its order when someone else changes it: every operation that
 * changes an order pushes `order.changed` (REST scans and ships included), and `shipping.state`
 * reads the order's state without writing anything (on both dialects).
 */
let api: TempApi;
const heard: StationEvents['order.changed'][] = [];
beforeAll(async () => {
  api = await tempApi();
  await seedShipping(api.station);
  api.station.events.on('order.changed', (e) => heard.push(e));
});
afterAll(() => api.dispose());

const state = (order: string) => request<ShippingState>(api.station, 'shipping.state', { order_number: order });

describe('order.changed and shipping.state', () => {
  it('a REST scan and a REST ship of the order push order.changed; shipping.state reads the new state and journals nothing', async () => {
    await api.station.options.set({ 'shipping.allowMultipleQty': true });
    const before = await state('SO-2003');
    expect(before).toMatchObject({ order_number: 'SO-2003', status: 'open', scanned: 0, required: 4, step: { kind: 'items' } });
    const logged = (await listScans(api.station.database.db, { documentNumber: 'SO-2003' })).length;

    heard.length = 0;
    expect((await api.call('POST', '/orders/SO-2003/scans', { code: 'LBL-4X6', qty: 3 })).body.data).toMatchObject({ verdict: 'accepted' });
    expect(heard).toEqual([{ order_number: 'SO-2003', source: 'api' }]);
    expect(await state('SO-2003')).toMatchObject({ scanned: 3, step: { kind: 'items' } });

    expect((await api.call('POST', '/orders/SO-2003/scans', { code: 'LBL-4X6' })).body.data).toMatchObject({ verdict: 'accepted' });
    expect(await state('SO-2003')).toMatchObject({ scanned: 4, step: { kind: 'package' } });

    heard.length = 0;
    const shipped = await api.call('POST', '/orders/SO-2003/ship', { weight: { value: 1, unit: 'kg' } });
    expect(shipped.status).toBe(200);
    expect(heard).toEqual([{ order_number: 'SO-2003', source: 'api' }]);
    expect(await state('SO-2003')).toMatchObject({ status: 'shipped', step: { kind: 'shipped' }, shipment: { packed_by: 'api:test' } });
    // The REST ship is an operation now: it feeds shipment.shipped like the bench's ship.
    const feed = await request<{ events: { type: string; document: { number: string } | null; actor: string | null }[] }>(api.station, 'events.page', {});
    expect(feed.events.filter((e) => e.type === 'shipment.shipped')).toEqual([expect.objectContaining({ document: { type: 'order', number: 'SO-2003' }, actor: 'api:test' })]);
    // The two REST scans are journaled; reading the state three times added nothing.
    expect((await listScans(api.station.database.db, { documentNumber: 'SO-2003' })).length).toBe(logged + 2);
  });

  it('the station’s own requests (another window) push it too, naming the order; reads and other documents do not', async () => {
    heard.length = 0;
    await request(api.station, 'shipping.open', { order_number: 'SO-2001' });
    await state('SO-2001');
    await request(api.station, 'shipping.orders', {});
    expect(heard).toEqual([]);
    await request(api.station, 'shipping.scan', { order_number: 'SO-2001', code: 'CBL-USB' });
    await request(api.station, 'shipping.partial', { order_number: 'SO-2001', on: false });
    expect(heard).toEqual([
      { order_number: 'SO-2001', source: 'station' },
      { order_number: 'SO-2001', source: 'station' },
    ]);
  });

  it('an unknown order is not_found', async () => {
    const r = await api.station.dispatch('shipping.state', { order_number: 'SO-NOPE' }, { origin: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
