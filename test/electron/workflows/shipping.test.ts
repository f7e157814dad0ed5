import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShipResult, ShippingOpenResult, ShippingScanResult, ShippingState } from '../../../shared/workflows/shipping';
import { getOrder } from '../../../electron/storage/repos/orders';
import { listScans } from '../../../electron/storage/repos/scan-log';
import { findSerials, serialHistory } from '../../../electron/storage/repos/serials';
import { stockByLocation } from '../../../electron/storage/repos/stock';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedShipping(t.station);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const open = (order: string) => req<ShippingOpenResult>('shipping.open', { order_number: order });
const scan = (order: string, code: string, extra: Record<string, unknown> = {}) => req<ShippingScanResult>('shipping.scan', { order_number: order, code, ...extra });
const db = () => t.station.database.db;

describe('Scan & Ship: the wizard path', () => {
  it('opens an order, packs each item and one serial per serialized unit, then ships it with weight, dims and tracking', async () => {
    const opened = await open('SO-2001');
    expect(opened).toMatchObject({ verdict: 'accepted', message: 'Packing SO-2001: 4 of 4 units to scan.', state: { step: { kind: 'items' }, display_status: 'picked' } });
    expect(opened.state?.lines.map((l) => [l.sku, l.required, l.scanned, l.serial_required])).toEqual([
      ['SCN-100', 2, 0, true],
      ['CBL-USB', 2, 0, false],
    ]);
    const item = await scan('SO-2001', 'SCN-100');
    expect(item).toMatchObject({ verdict: 'accepted', message: 'SCN-100 × 1: scan its serial number.', state: { step: { kind: 'serial', sku: 'SCN-100', index: 1, of: 1 } } });
    const serial = await scan('SO-2001', 'SCN1000001');
    expect(serial).toMatchObject({ verdict: 'accepted', message: 'Packed SCN-100 serial SCN1000001 (1 of 2).', line: { sku: 'SCN-100', scanned: 1, serials: ['SCN1000001'] } });
    // A GS1 barcode with AI 21 is the item and its serial at once; a UPC finds the cable.
    const gs1 = await scan('SO-2001', ']d2010401234500001621SCN1000002');
    expect(gs1).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN-100', scanned: 2 } });
    expect((await scan('SO-2001', '012345678905')).line).toMatchObject({ sku: 'CBL-USB', scanned: 1 });
    const last = await scan('SO-2001', 'CBL-USB');
    expect(last.message).toBe('Packed 1 × CBL-USB (2 of 2). All items are scanned.'); // SO-2001 came confirmed
    expect(last.state).toMatchObject({ step: { kind: 'package' }, scanned: 4, required: 4, display_status: 'in_progress' });

    const shipped = await req<ShipResult>('shipping.ship', { order_number: 'SO-2001', weight: { value: 1.25, unit: 'kg' }, dims: { length: 30, width: 20, height: 10, unit: 'cm' }, tracking_number: '1Z999AA10123456784' });
    expect(shipped.message).toBe('SO-2001 shipped: shipment 1, 4 units, 1250 g, tracking 1Z999AA10123456784.');
    expect(shipped.state).toMatchObject({ status: 'shipped', step: { kind: 'shipped' }, shipment: { id: 1, tracking_number: '1Z999AA10123456784', weight_grams: 1250, station: 'Station 1' } });
    const pkg = await db().selectFrom('packages').selectAll().executeTakeFirstOrThrow();
    expect(pkg).toMatchObject({ weight_grams: 1250, length_mm: 300, width_mm: 200, height_mm: 100, tracking_number: '1Z999AA10123456784' });
    const [s] = await findSerials(db(), 'SCN1000002');
    expect(s).toMatchObject({ status: 'shipped', warehouse: null });
    expect((await serialHistory(db(), s!.id)).at(-1)).toMatchObject({ type: 'shipped', document_number: 'SO-2001', details: { shipment_id: 1 } });
    const order = await getOrder(db(), 'SO-2001');
    expect(order?.lines.map((l) => [l.sku, l.shipped_qty, l.serials])).toEqual([
      ['SCN-100', 2, ['SCN1000001', 'SCN1000002']],
      ['CBL-USB', 2, []],
    ]);
    const stock = await stockByLocation(db());
    expect(stock.filter((r) => r.sku === 'SCN-100').map((r) => [r.qty, r.serial_count])).toEqual([[4, 4]]);
    expect(stock.filter((r) => r.sku === 'CBL-USB').map((r) => r.qty)).toEqual([38]);
  });

  it('a ship-tracked product captures a serial first seen at the bench; its ledger says so', async () => {
    await open('SO-3002');
    await scan('SO-3002', 'HDS-300');
    expect(await scan('SO-3002', 'HDSX-0001')).toMatchObject({ verdict: 'accepted', line: { sku: 'HDS-300', scanned: 1 } });
    const [s] = await findSerials(db(), 'HDSX-0001');
    expect(s).toMatchObject({ sku: 'HDS-300', status: 'in_stock', source: 'external' });
    expect((await serialHistory(db(), s!.id)).map((e) => [e.type, e.document_number])).toEqual([['adjusted', 'SO-3002']]);
  });

  it('refuses unknown codes and items not on the order, naming what the order expects; every scan is in the scan log', async () => {
    await open('SO-2001');
    const unknown = await scan('SO-2001', 'NOPE-1');
    expect(unknown).toMatchObject({ verdict: 'rejected', reason: 'unknown_product', wrong_item: { code: 'NOPE-1', scanned: null } });
    const wrong = await scan('SO-2001', 'SCL-200');
    expect(wrong).toMatchObject({
      verdict: 'rejected',
      reason: 'wrong_item',
      message: 'SCL-200 (Bench scale 30 kg) is not on SO-2001: the order expects SCN-100 ×2, CBL-USB ×2.',
      wrong_item: { scanned: { sku: 'SCL-200' }, expected: [{ sku: 'SCN-100', remaining: 2 }, { sku: 'CBL-USB', remaining: 2 }] },
    });
    await scan('SO-2001', 'CBL-USB');
    await scan('SO-2001', 'CBL-USB');
    expect(await scan('SO-2001', 'CBL-USB')).toMatchObject({ verdict: 'rejected', reason: 'more_than_ordered' });
    const log = await listScans(db(), {});
    expect(log.filter((e) => e.workflow === 'ship').map((e) => e.reason)).toEqual(expect.arrayContaining(['unknown_product', 'wrong_item', 'more_than_ordered', null]));
  });

  it('a scanned product code or the order number is not taken as a serial; another product’s GS1 barcode keeps the serial step', async () => {
    await open('SO-2001');
    await scan('SO-2001', 'SCN-100');
    expect(await scan('SO-2001', 'CBL-USB')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_upc' });
    expect(await scan('SO-2001', 'SO-2001')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_document' });
    expect(await scan('SO-2001', '0104012345000030')).toMatchObject({ verdict: 'rejected', reason: 'serial_required', message: expect.stringContaining('CBL-USB') });
    const cancelled = await req<ShippingState>('shipping.cancelPending', { order_number: 'SO-2001' });
    expect(cancelled.step.kind).toBe('items');
  });
});

describe('Scan & Ship: serial rules', () => {
  it('refuses a serial twice in one order, one already shipped, one of another product, and one packed in another open order', async () => {
    await open('SO-2001');
    await scan('SO-2001', 'SCN-100');
    await scan('SO-2001', 'SCN1000003');
    await scan('SO-2001', 'SCN-100');
    expect(await scan('SO-2001', 'SCN1000003')).toMatchObject({ verdict: 'rejected', reason: 'duplicate_in_order' });
    expect(await scan('SO-2001', 'SCL20001')).toMatchObject({ verdict: 'rejected', reason: 'wrong_product', message: 'Serial SCL20001 belongs to SCL-200, not SCN-100.' });
    await open('SO-3001');
    await scan('SO-3001', 'SCN-100');
    expect(await scan('SO-3001', 'SCN1000003')).toMatchObject({ verdict: 'rejected', reason: 'not_in_stock', message: expect.stringContaining('already packed in open order SO-2001'), approval: null });
    await db().updateTable('serials').set({ status: 'shipped' }).where('value', '=', 'SCN1000004').execute();
    expect(await scan('SO-3001', 'SCN1000004')).toMatchObject({ verdict: 'rejected', reason: 'already_shipped' });
  });

  it('after shipping, a serial cannot ship again on another order', async () => {
    await open('SO-3002');
    await scan('SO-3002', 'PAT-1');
    await scan('SO-3002', 'AB123456');
    for (const sn of ['HDS-A', 'HDS-B']) {
      await scan('SO-3002', 'HDS-300');
      await scan('SO-3002', sn);
    }
    await req('shipping.ship', { order_number: 'SO-3002' });
    await open('SO-2002');
    await scan('SO-2002', 'HDS-300');
    expect(await scan('SO-2002', 'HDS-A')).toMatchObject({ verdict: 'rejected', reason: 'already_shipped' });
  });
});

describe('Scan & Ship: the order step and bad input', () => {
  it('an unknown order and an order already shipped are refused with a reason; scanning a shipped order is refused too', async () => {
    expect(await open('SO-9999')).toMatchObject({ verdict: 'rejected', reason: 'unknown_document', message: 'No order SO-9999.', state: null });
    await db().updateTable('orders').set({ status: 'shipped' }).where('order_number', '=', 'SO-2003').execute();
    expect(await open('SO-2003')).toMatchObject({ verdict: 'rejected', reason: 'order_shipped', state: null });
    expect(await scan('SO-2003', 'LBL-4X6')).toMatchObject({ verdict: 'rejected', reason: 'order_shipped' });
    const ship = await t.station.dispatch('shipping.ship', { order_number: 'SO-2003' }, { origin: 'test' });
    expect(ship).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already shipped') } });
    const missing = await t.station.dispatch('shipping.scan', { order_number: 'SO-9999', code: 'X' }, { origin: 'test' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a 10 KB scan and control characters get a verdict, not a crash', async () => {
    await open('SO-2001');
    expect(await scan('SO-2001', 'X'.repeat(10_000))).toMatchObject({ verdict: 'rejected', reason: 'too_long' });
    expect(await scan('SO-2001', 'AB\u0007CD')).toMatchObject({ verdict: 'rejected', reason: 'control_character' });
  });

  it('shipping an order with items still to scan, or a serial pending, is refused', async () => {
    await open('SO-2001');
    await scan('SO-2001', 'SCN-100');
    const pending = await t.station.dispatch('shipping.ship', { order_number: 'SO-2001' }, { origin: 'test' });
    expect(pending).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Scan the serial number of SCN-100 first, or cancel the pending units.' } });
    await req('shipping.cancelPending', { order_number: 'SO-2001' });
    const missing = await t.station.dispatch('shipping.ship', { order_number: 'SO-2001' }, { origin: 'test' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'conflict', message: 'SO-2001 cannot ship yet: SCN-100 ×2, CBL-USB ×2 still to scan.' } });
  });
});
