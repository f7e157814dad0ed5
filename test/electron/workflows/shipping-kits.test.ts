import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShipResult, ShippingScanResult, ShippingState } from '../../../shared/workflows/shipping';
import { getOrder } from '../../../electron/storage/repos/orders';
import { findSerials } from '../../../electron/storage/repos/serials';
import { stockByLocation } from '../../../electron/storage/repos/stock';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

// SO-2004: KIT-STARTER ×1 = SCN-100 ×1 (main, serialized) + CBL-USB ×1 + LBL-4X6 ×2. SO-3003: KIT-STARTER ×2.
let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedShipping(t.station);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const scan = (code: string, order = 'SO-2004') => req<ShippingScanResult>('shipping.scan', { order_number: order, code });
const options = (values: Record<string, unknown>) => t.station.options.set(values);
const rows = (s: ShippingState) => s.lines.map((l) => [l.kind, l.sku, l.required, l.scanned]);

const components = async (order = 'SO-2004', serial = 'SCN1000001') => {
  await scan('SCN-100', order);
  await scan(serial, order);
  await scan('CBL-USB', order);
  await scan('LBL-4X6', order);
  return scan('LBL-4X6', order);
};

describe('kits', () => {
  it('by default a kit shows its parent and components; components are scanned, then the kit barcode closes the kit', async () => {
    const opened = await req<{ state: ShippingState }>('shipping.open', { order_number: 'SO-2004' });
    expect(rows(opened.state)).toEqual([
      ['kit', 'KIT-STARTER', 1, 0],
      ['component', 'SCN-100', 1, 0],
      ['component', 'CBL-USB', 1, 0],
      ['component', 'LBL-4X6', 2, 0],
    ]);
    expect(opened.state.lines[1]).toMatchObject({ kit_sku: 'KIT-STARTER', is_main: true, serial_required: true });
    expect(await scan('KIT-STARTER')).toMatchObject({ verdict: 'rejected', reason: 'kit_incomplete', message: 'Scan the components of KIT-STARTER first (SCN-100 ×1, CBL-USB ×1, LBL-4X6 ×2 still to scan), then the kit.' });
    const last = await components();
    expect(last.state.step.kind).toBe('items');
    expect(rows(last.state)[0]).toEqual(['kit', 'KIT-STARTER', 1, 0]);
    const closed = await scan('KIT-STARTER');
    expect(closed).toMatchObject({ verdict: 'accepted', message: 'KIT-STARTER: kit 1 of 1 complete. All items are scanned.', state: { step: { kind: 'package' } } });

    const shipped = await req<ShipResult>('shipping.ship', { order_number: 'SO-2004', weight: { value: 900, unit: 'g' } });
    expect(shipped.state.status).toBe('shipped');
    expect((await getOrder(t.station.database.db, 'SO-2004'))?.lines[0]).toMatchObject({ sku: 'KIT-STARTER', shipped_qty: 1, serials: ['SCN1000001'] });
    const stock = new Map((await stockByLocation(t.station.database.db)).map((r) => [`${r.sku}@${r.bin}`, r.qty]));
    expect([stock.get('SCN-100@A-01'), stock.get('CBL-USB@A-01'), stock.get('LBL-4X6@A-02'), stock.has('KIT-STARTER@null')]).toEqual([5, 39, 18, false]);
    expect((await findSerials(t.station.database.db, 'SCN1000001'))[0]?.status).toBe('shipped');
  });

  it('shipping.kits.hideParent: only components are shown, and they complete the kit', async () => {
    await options({ 'shipping.kits.hideParent': true });
    const opened = await req<{ state: ShippingState }>('shipping.open', { order_number: 'SO-2004' });
    expect(opened.state.lines.map((l) => l.sku)).toEqual(['SCN-100', 'CBL-USB', 'LBL-4X6']);
    expect((await components()).state.step.kind).toBe('package');
  });

  it('shipping.kits.autoScanEmpty: the kit parent counts as scanned with its components; its own barcode is not asked for', async () => {
    await options({ 'shipping.kits.autoScanEmpty': true });
    const last = await components();
    expect(rows(last.state)[0]).toEqual(['kit', 'KIT-STARTER', 1, 1]);
    expect(last.state.step.kind).toBe('package');
    expect(await scan('KIT-STARTER', 'SO-3003')).toMatchObject({ verdict: 'rejected', reason: 'kit_incomplete', message: expect.stringContaining('is scanned through its components') });
  });

  it('shipping.kits.parentScansWholeKit: the kit barcode packs every component; the serialized one still asks its serial', async () => {
    expect((await scan('KIT-STARTER', 'SO-3003')).reason).toBe('kit_incomplete');
    await options({ 'shipping.kits.parentScansWholeKit': true });
    const whole = await scan('KIT-STARTER', 'SO-3003');
    expect(whole).toMatchObject({
      verdict: 'accepted',
      message: 'KIT-STARTER: whole kit 1 of 2 — packed CBL-USB ×1, LBL-4X6 ×2; scan the serial number of SCN-100.',
      state: { step: { kind: 'serial', sku: 'SCN-100' } },
    });
    expect(await scan('SCN1000002', 'SO-3003')).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'items' } } });
    expect(rows((await scan('KIT-STARTER', 'SO-3003')).state)).toEqual([
      ['kit', 'KIT-STARTER', 2, 1],
      ['component', 'SCN-100', 2, 1],
      ['component', 'CBL-USB', 2, 2],
      ['component', 'LBL-4X6', 4, 4],
    ]);
    expect((await scan('SCN1000003', 'SO-3003')).state.step.kind).toBe('package');
    expect(await scan('KIT-STARTER', 'SO-3003')).toMatchObject({ reason: 'more_than_ordered' });
  });

  it('shipping.kits.mainComponentScansWholeKit: the main component scans the kit; a GS1 barcode fills its serial too', async () => {
    expect((await scan('SCN-100')).message).toBe('SCN-100 × 1: scan its serial number.');
    await req('shipping.cancelPending', { order_number: 'SO-2004' });
    await options({ 'shipping.kits.mainComponentScansWholeKit': true, 'shipping.kits.autoScanEmpty': true });
    const whole = await scan('010401234500001621SCN1000004');
    expect(whole).toMatchObject({ verdict: 'accepted', message: expect.stringMatching(/^KIT-STARTER: whole kit 1 of 1 — packed CBL-USB ×1, LBL-4X6 ×2\. Packed SCN-100 serial SCN1000004/) });
    expect(whole.state.step.kind).toBe('package');
    // A component that is not the main one is still scanned alone.
    await scan('CBL-USB', 'SO-3003');
    expect(rows((await req<{ state: ShippingState }>('shipping.open', { order_number: 'SO-3003' })).state)[2]).toEqual(['component', 'CBL-USB', 2, 1]);
  });
});
