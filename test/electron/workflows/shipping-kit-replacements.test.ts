import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShipResult, ShippingScanResult, ShippingState } from '../../../shared/workflows/shipping';
import { listAudit } from '../../../electron/storage/repos/audit-log';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

// SO-2004: KIT-STARTER ×1 = SCN-100 ×1 (main, serialized) + CBL-USB ×1 + LBL-4X6 ×2; CBL-USBC may replace CBL-USB.
let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedShipping(t.station);
  await upsertProduct(t.station.database.db, { sku: 'CBL-USBC', name: 'USB-C cable', tracking: 'none' });
  await upsertProduct(t.station.database.db, { sku: 'CBL-USB', name: 'USB cable', tracking: 'none', replacements: ['CBL-USBC'] });
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const scan = (code: string, extra: Record<string, unknown> = {}) => req<ShippingScanResult>('shipping.scan', { order_number: 'SO-2004', code, ...extra });
const rows = (s: ShippingState) => s.lines.map((l) => [l.kind, l.sku, l.required, l.scanned, l.replaced_from]);

describe('shipping.kits.lookForReplacementItems', () => {
  it('off (default): a replacement of a kit component is a wrong item', async () => {
    await req('shipping.open', { order_number: 'SO-2004' });
    expect(await scan('CBL-USBC')).toMatchObject({ verdict: 'rejected', reason: 'wrong_item' });
  });

  it('on: a component is replaced like an order line, with the supervisor PIN when required; the kit ships with it (audited)', async () => {
    await t.station.options.set({ 'shipping.kits.lookForReplacementItems': true });
    await req('shipping.open', { order_number: 'SO-2004' });
    const asked = await scan('CBL-USBC');
    expect(asked).toMatchObject({ verdict: 'rejected', reason: 'pin_required', approval: { kind: 'replacement', sku: 'CBL-USBC', replaces: 'CBL-USB', pin_required: true } });
    expect(await scan('CBL-USBC', { override: { pin: '0000', reason: 'out of USB-A' } })).toMatchObject({ verdict: 'rejected', reason: 'bad_pin' });
    const ok = await scan('CBL-USBC', { override: { pin: '9999', reason: 'out of USB-A' } });
    expect(ok).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('CBL-USB replaced by CBL-USBC in kit KIT-STARTER on line 1 (approved by sam).') });
    expect(rows(ok.state)).toEqual([
      ['kit', 'KIT-STARTER', 1, 0, null],
      ['component', 'SCN-100', 1, 0, null],
      ['component', 'CBL-USBC', 1, 1, 'CBL-USB'],
      ['component', 'LBL-4X6', 2, 0, null],
    ]);
    // The original component is no longer expected.
    expect(await scan('CBL-USB')).toMatchObject({ verdict: 'rejected', reason: 'wrong_item' });
    for (const code of ['SCN-100', 'SCN1000001', 'LBL-4X6', 'LBL-4X6', 'KIT-STARTER']) expect(await scan(code)).toMatchObject({ verdict: 'accepted' });
    const shipped = await req<ShipResult>('shipping.ship', { order_number: 'SO-2004', weight: { value: 1, unit: 'kg' } });
    expect(shipped).toMatchObject({ verdict: 'accepted', state: { status: 'shipped', shipment: { packages: [{ items: expect.arrayContaining([{ sku: 'CBL-USBC', qty: 1 }]) }] } } });
    const audit = await listAudit(t.station.database.db, { action: 'order.kit_replacement' });
    expect(audit).toMatchObject([{ subject: 'SO-2004', reason: 'out of USB-A', details: { kit: 'KIT-STARTER', ordered: 'CBL-USB', replacement: 'CBL-USBC', approved_by: 'sam' } }]);
  });

  it('without shipping.requirePinForReplacement the scan replaces the component at once; a component already scanned is not replaced', async () => {
    await t.station.options.set({ 'shipping.kits.lookForReplacementItems': true, 'shipping.requirePinForReplacement': false });
    await req('shipping.open', { order_number: 'SO-2004' });
    await scan('CBL-USB');
    expect(await scan('CBL-USBC')).toMatchObject({ verdict: 'rejected', reason: 'wrong_item' });
  });
});
