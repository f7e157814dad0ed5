import { afterEach, describe, expect, it } from 'vitest';
import type { ReceivingScanResult } from '../../../shared/workflows/receiving';
import type { CountScanResult, ReturnScanResult, ReturnState, TransferScanResult, TransferState } from '../../../shared/workflows/lifecycle';
import type { ShippingScanResult } from '../../../shared/workflows/shipping';
import { failOnce } from '../../helpers/fail-once';
import { seedReceiving } from '../../helpers/receiving-data';
import { seedLifecycle } from '../../helpers/returns-data';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

// A scan's transaction can lose a race after its work is done: its feed event is written last,
// and on PostgreSQL a serialization failure can come at COMMIT. writeTransaction runs it again;
// the wizard's step (which unit's serial is next) must be as it was before the first attempt.
let t: TempStation;
afterEach(() => t.dispose());
const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);

describe('a scan run again after a lost race', () => {
  it('receiving: the serial is taken for the unit it was scanned for, and the next unit still asks for its own', async () => {
    t = await tempStation();
    await seedReceiving(t.station);
    const scan = (code: string, extra: Record<string, unknown> = {}) => req<ReceivingScanResult>('receiving.scan', { po_number: 'PO-1', code, ...extra });
    expect(await scan('SCN', { qty: 2 })).toMatchObject({ state: { step: { kind: 'serial', index: 1, of: 2 } } });
    const tries = await failOnce(t.station.database, 'feed_events');
    const first = await scan('SN00000001');
    expect(await tries()).toBe(2);
    expect(first).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN', received: 1, serials: 1 }, state: { step: { kind: 'serial', index: 2, of: 2 } } });
    const second = await scan('SN00000002');
    expect(second).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN', received: 2, serials: 2 }, state: { step: { kind: 'product' } } });
  });

  it('receiving: closing a session lost at its feed event still notes the units left waiting for serials', async () => {
    t = await tempStation();
    await seedReceiving(t.station);
    await req('receiving.scan', { po_number: 'PO-1', code: 'SCN', qty: 2 });
    await req('receiving.scan', { po_number: 'PO-1', code: 'SN00000001' });
    const tries = await failOnce(t.station.database, 'feed_events');
    const closed = await req<{ notes: string[] }>('receiving.close', { po_number: 'PO-1' });
    expect(await tries()).toBe(2);
    expect(closed.notes).toContain('1 unit of SCN waiting for serials was not received.');
  });

  it('shipping: the serial is packed for the item it was scanned for; the order is then fully packed', async () => {
    t = await tempStation();
    await seedShipping(t.station);
    const scan = (code: string) => req<ShippingScanResult>('shipping.scan', { order_number: 'SO-2001', code });
    await req('shipping.open', { order_number: 'SO-2001' });
    expect(await scan('SCN-100')).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial' } } });
    const tries = await failOnce(t.station.database, 'feed_events');
    expect(await scan('SCN1000001')).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'items' } } });
    expect(await tries()).toBe(2);
    expect(await scan('SCN-100')).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial' } } });
    expect(await scan('SCN1000002')).toMatchObject({ verdict: 'accepted' });
    for (const code of ['CBL-USB', 'CBL-USB']) expect(await scan(code)).toMatchObject({ verdict: 'accepted' });
    const state = await req<{ lines: { sku: string; scanned: number; required: number }[] }>('shipping.cancelPending', { order_number: 'SO-2001' });
    expect(state.lines.map((l) => [l.sku, l.scanned, l.required])).toEqual([
      ['SCN-100', 2, 2],
      ['CBL-USB', 2, 2],
    ]);
  });

  // On PostgreSQL these lose at COMMIT, after the scan's journal row; on SQLite at that row.
  it('returns: a product scanned before its serial is still the product, not taken as its own serial', async () => {
    t = await tempStation();
    await seedLifecycle(t.station.database.db);
    const rma = (await req<{ state: ReturnState }>('returns.create', { order_number: 'SO-1' })).state.rma_number;
    const tries = await failOnce(t.station.database, 'scan_log', true);
    expect(await req<ReturnScanResult>('returns.scan', { rma_number: rma, code: 'SCN' })).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial', sku: 'SCN' } } });
    expect(await tries()).toBe(2);
    expect(await req<ReturnScanResult>('returns.scan', { rma_number: rma, code: 'SN00000001' })).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN', serial: 'SN00000001' } });
  });

  it('transfers: a product scanned before its serial is still the product; its serial then moves', async () => {
    t = await tempStation();
    await seedLifecycle(t.station.database.db);
    const tr = await req<TransferState>('transfers.create', { kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-02' });
    const scan = (code: string) => req<TransferScanResult>('transfers.scan', { transfer_number: tr.transfer_number, code });
    const tries = await failOnce(t.station.database, 'scan_log', true);
    expect(await scan('SCN')).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial', sku: 'SCN' } } });
    expect(await tries()).toBe(2);
    expect(await scan('SN00000004')).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN', serial: 'SN00000004' } });
  });

  it('cycle counts: a quantity barcode still counts its quantity of the product scanned next', async () => {
    t = await tempStation();
    await seedLifecycle(t.station.database.db);
    const place = { warehouse: 'MAIN', bin: 'A-01' };
    await req('counts.start', place);
    await req<CountScanResult>('counts.scan', { ...place, code: 'QTY5' });
    const tries = await failOnce(t.station.database, 'scan_log', true);
    const counted = await req<CountScanResult>('counts.scan', { ...place, code: 'CBL' });
    expect(await tries()).toBe(2);
    expect(counted).toMatchObject({ verdict: 'accepted', state: { counted: [{ sku: 'CBL', serial: null, qty: 5 }] } });
  });
});
