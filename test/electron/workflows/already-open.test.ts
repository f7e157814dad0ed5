import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivingScanResult } from '../../../shared/workflows/receiving';
import type { ShippingOpenResult, ShippingScanResult } from '../../../shared/workflows/shipping';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedShipping(t.station);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);

describe('words for the document already open', () => {
  it('re-scanning the open order number is a notice, not a wrong item', async () => {
    await req('shipping.open', { order_number: 'SO-2003' });
    const r = await req<ShippingScanResult>('shipping.scan', { order_number: 'SO-2003', code: 'SO-2003' });
    expect(r).toMatchObject({ verdict: 'accepted', reason: null, message: 'SO-2003 is already open: scan its items.', wrong_item: null });
  });

  it('a reopened order with every unit packed says so (not "0 of 4 units to scan")', async () => {
    await t.station.options.set({ 'shipping.excludeNonPicked': false, 'shipping.allowMultipleQty': true });
    expect(await req<ShippingScanResult>('shipping.scan', { order_number: 'SO-2003', code: 'LBL-4X6', qty: 4 })).toMatchObject({ verdict: 'accepted' });
    const reopened = await req<ShippingOpenResult>('shipping.open', { order_number: 'SO-2003' });
    expect(reopened.message).toMatch(/^Packing SO-2003: all 4 units are scanned\. /);
    expect(reopened.message).not.toContain('0 of 4');
    const fresh = await req<ShippingOpenResult>('shipping.open', { order_number: 'SO-2001' });
    expect(fresh.message).toBe('Packing SO-2001: 4 of 4 units to scan.');
  });

  it('re-scanning the open PO number is a notice too', async () => {
    expect(await req<ReceivingScanResult>('receiving.scan', { po_number: 'PO-1002', code: 'PO-1002' })).toMatchObject({ verdict: 'accepted', message: 'PO-1002 is already open: scan its products.' });
  });
});
