import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivingState } from '../../../shared/workflows/receiving';
import type { Verdict } from '../../../shared/workflows/verdict';
import { seedDemo } from '../../../electron/demo/seed';
import { findSerials, serialHistory } from '../../../electron/storage/repos/serials';
import { request, tempStation, type TempStation } from '../../helpers/station';

// Demo PO-1002: SCL-200 ×2 (full tracking), HDS-300 ×5 (ship tracking: no serial at receipt), CBL-USB ×25 (none).
let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedDemo(t.station.database.db);
});
afterEach(() => t.dispose());

type Added = Verdict & { state: ReceivingState; without_serial: { sku: string; line_no: number; units: number }[] };
const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const scan = (code: string) => req('receiving.scan', { po_number: 'PO-1002', code });
const add = (sku: string, code: string) => req<Added>('receiving.addSerial', { po_number: 'PO-1002', sku, code });

describe('Enter serials for received units', () => {
  it('a ship-tracked unit received without a serial gets one later, with the receiving checks; then no unit is left', async () => {
    await req('receiving.open', { po_number: 'PO-1002' });
    await scan('HDS-300');
    await scan('HDS-300');
    await req('receiving.close', { po_number: 'PO-1002' });
    expect(await add('HDS-300', 'HDS-300')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_upc' });
    const first = await add('HDS-300', 'HDSLATER01');
    expect(first).toMatchObject({ verdict: 'accepted', message: 'Serial HDSLATER01 given to a received unit of HDS-300; 1 unit without a serial left.', without_serial: [{ sku: 'HDS-300', units: 1 }] });
    expect(await add('HDS-300', 'HDSLATER01')).toMatchObject({ verdict: 'rejected', reason: 'duplicate_in_po' });
    expect(await add('HDS-300', 'HDSLATER02')).toMatchObject({ verdict: 'accepted', without_serial: [] });
    expect(await add('HDS-300', 'HDSLATER03')).toMatchObject({ verdict: 'rejected', reason: 'all_units_have_serials' });
    const [serial] = await findSerials(t.station.database.db, 'HDSLATER01');
    expect(serial).toMatchObject({ status: 'in_stock' });
    expect(await serialHistory(t.station.database.db, serial!.id)).toMatchObject([{ type: 'received', details: { added_later: true, po_line_id: expect.any(Number) } }]);
    // The serials are the PO's now: they show in PO serials.
    const list = await req<{ total: number }>('receiving.serials', { po_number: 'PO-1002', offset: 0, limit: 10 });
    expect(list.total).toBe(2);
  });

  it('full tracking received while receiving.requireSerial was off; a product without tracking takes none', async () => {
    await t.station.options.set({ 'receiving.requireSerial': false });
    await req('receiving.open', { po_number: 'PO-1002' });
    await scan('SCL-200');
    await t.station.options.set({ 'receiving.requireSerial': true });
    expect(await add('SCL-200', 'SC')).toMatchObject({ verdict: 'rejected', reason: 'bad_length' });
    expect(await add('SCL-200', 'SCLLATER01')).toMatchObject({ verdict: 'accepted', without_serial: [] });
    expect(await t.station.dispatch('receiving.addSerial', { po_number: 'PO-1002', sku: 'CBL-USB', code: 'X1' }, { origin: 'test' })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'PO-1002 has no line of CBL-USB that takes serials.' } });
  });
});
