import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivingScanResult, ReceivingState } from '../../../shared/workflows/receiving';
import { findSerials, serialHistory } from '../../../electron/storage/repos/serials';
import { listScans } from '../../../electron/storage/repos/scan-log';
import { seedReceiving } from '../../helpers/receiving-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedReceiving(t.station);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const scan = (code: string, extra: Record<string, unknown> = {}, po = 'PO-1') => req<ReceivingScanResult>('receiving.scan', { po_number: po, code, ...extra });
const line = (s: ReceivingState, sku: string) => s.lines.find((l) => l.sku === sku);
const options = (values: Record<string, unknown>) => t.station.options.set(values);

describe('receiving: the wizard path', () => {
  it('receives a full-tracking product: product → one serial per unit, committed with a ledger event', async () => {
    const p = await scan('SCN', { qty: 2 });
    expect(p).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial', sku: 'SCN', index: 1, of: 2 } } });
    expect(line(p.state, 'SCN')?.received).toBe(0);
    const s1 = await scan('SN00000001');
    expect(s1).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('1 of 2'), line: { sku: 'SCN', received: 1, serials: 1 } });
    const s2 = await scan('SN00000002');
    expect(s2.state.step.kind).toBe('product');
    expect(line(s2.state, 'SCN')).toMatchObject({ received: 2, to_receive: 1, serials: 2 });
    const [serial] = await findSerials(t.station.database.db, 'SN00000002');
    expect(serial).toMatchObject({ sku: 'SCN', status: 'in_stock', warehouse: 'MAIN', unit_cost: 100 });
    expect((await serialHistory(t.station.database.db, serial!.id)).map((e) => [e.type, e.document_number])).toEqual([['received', 'PO-1']]);
    expect(s2.state.session).toMatchObject({ id: expect.any(Number) });
  });

  it('finds a product by SKU, alias, GTIN (any length) and GS1; a GS1 barcode with a serial receives that unit at once', async () => {
    for (const code of ['SCANNER', '9501101530003', ']E09501101530003']) {
      const r = await scan(code);
      expect(r, code).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial', sku: 'SCN' } } });
      await req('receiving.cancelPending', { po_number: 'PO-1' });
    }
    const gs1 = await scan(']d201095011015300031725063010LOT42\u001d21GS10000001');
    expect(gs1).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN', received: 1 } });
    expect((await findSerials(t.station.database.db, 'GS10000001'))[0]).toMatchObject({ lot: 'LOT42', expiry: '2025-06-30' });
  });

  it('receives untracked and ship-tracked products by quantity without serial prompts', async () => {
    const cbl = await scan('501234567890', { qty: 4 });
    expect(cbl).toMatchObject({ verdict: 'accepted', line: { sku: 'CBL', received: 4 }, state: { step: { kind: 'product' } } });
    const hds = await scan('HDS');
    expect(hds).toMatchObject({ verdict: 'accepted', line: { sku: 'HDS', received: 1 } });
    expect(hds.state.step.kind).toBe('product');
  });

  it('takes a quantity from a quantity barcode for the next product', async () => {
    expect(await scan('QTY6')).toMatchObject({ verdict: 'accepted', message: 'Quantity 6 for the next product.' });
    expect(await scan('CBL')).toMatchObject({ line: { received: 6 } });
    expect(await scan('CBL')).toMatchObject({ line: { received: 7 } });
  });

  it('rejects unknown products and products not on the PO, keeping them in the scan log', async () => {
    expect(await scan('NOPE-123')).toMatchObject({ verdict: 'rejected', reason: 'unknown_product' });
    await req('receiving.open', { po_number: 'PO-2' });
    expect(await scan('CBL', {}, 'PO-2')).toMatchObject({ verdict: 'rejected', reason: 'not_on_po' });
    const log = await listScans(t.station.database.db, {});
    expect(log.filter((e) => e.verdict === 'rejected').map((e) => e.reason)).toEqual(expect.arrayContaining(['unknown_product', 'not_on_po']));
  });
});

describe('receiving options', () => {
  it('receiving.requireSerial: on prompts for serials; off receives full-tracking units by quantity', async () => {
    expect((await scan('SCN')).state.step.kind).toBe('serial');
    await req('receiving.cancelPending', { po_number: 'PO-1' });
    await options({ 'receiving.requireSerial': false });
    expect(await scan('SCN', { qty: 2 })).toMatchObject({ verdict: 'accepted', line: { received: 2, serials: 0, serial_required: false } });
  });

  it('receiving.requireUniqueSerial: refuses a serial twice on the PO, a product code and the PO number; off lets a product code through', async () => {
    await scan('SCN', { qty: 3 });
    await scan('SN00000001');
    expect(await scan('SN00000001')).toMatchObject({ verdict: 'rejected', reason: 'duplicate_in_po' });
    expect(await scan('9501101530003')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_upc' });
    expect(await scan('501234567890')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_upc' }); // the cable's UPC
    await options({ 'receiving.requireUniqueSerial': false });
    await t.station.database.db.updateTable('products').set({ serial_length: null }).where('sku', '=', 'SCN').execute();
    expect(await scan('501234567890')).toMatchObject({ verdict: 'accepted' });
  });

  it('a scanner aimed at the PO number or invoice is refused as a serial', async () => {
    await scan('NOLEN');
    expect(await scan('PO-1')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_document' });
    expect(await scan('INV-1')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_document' });
  });

  it('receiving.validateDuplicatesGlobally: a serial received before for the product is refused; off, a shipped unit comes back', async () => {
    await scan('SCN');
    await scan('SN00000009');
    await req('receiving.close', { po_number: 'PO-1' });
    await scan('SCN', {}, 'PO-3');
    expect(await scan('SN00000009', {}, 'PO-3')).toMatchObject({ verdict: 'rejected', reason: 'duplicate_for_product', message: expect.stringContaining('PO-1') });
    await options({ 'receiving.validateDuplicatesGlobally': false });
    expect(await scan('SN00000009', {}, 'PO-3')).toMatchObject({ verdict: 'rejected', reason: 'duplicate_for_product', message: expect.stringContaining('in stock') });
    await t.station.database.db.updateTable('serials').set({ status: 'shipped' }).where('value', '=', 'SN00000009').execute();
    expect(await scan('SN00000009', {}, 'PO-3')).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('shipped before') });
    const [s] = await findSerials(t.station.database.db, 'SN00000009');
    expect((await serialHistory(t.station.database.db, s!.id)).map((e) => e.document_number)).toEqual(['PO-1', 'PO-3']);
  });

  it('receiving.skipSerialForVendors: no serial prompt for a listed vendor', async () => {
    await options({ 'receiving.skipSerialForVendors': ['acme'] });
    expect(await scan('SCN')).toMatchObject({ verdict: 'accepted', line: { received: 1, serial_required: false }, state: { skip_serials_for_vendor: true } });
    await req('receiving.open', { po_number: 'PO-2' });
    expect((await scan('SCN', {}, 'PO-2')).state.step.kind).toBe('serial');
  });

  it('receiving.allowMoreSerialsThanQty: after the quantity, a further serial receives one more unit only when on', async () => {
    await scan('SCN');
    await scan('SN00000001');
    expect(await scan('SN00000002')).toMatchObject({ verdict: 'rejected', reason: 'unknown_product' });
    await options({ 'receiving.allowMoreSerialsThanQty': true });
    expect(await scan('SN00000002')).toMatchObject({ verdict: 'accepted', line: { received: 2, serials: 2 } });
  });

  it('receiving.resetCountOnSerialDelete: deleting a serial takes the unit off the count only when on', async () => {
    await scan('SCN', { qty: 2 });
    await scan('SN00000001');
    await scan('SN00000002');
    let s = await req<ReceivingState>('receiving.deleteSerial', { po_number: 'PO-1', serial: 'SN00000001', reason: 'wrong unit' });
    expect(line(s, 'SCN')).toMatchObject({ received: 1, serials: 1 });
    await options({ 'receiving.resetCountOnSerialDelete': false });
    s = await req<ReceivingState>('receiving.deleteSerial', { po_number: 'PO-1', serial: 'SN00000002', reason: 'wrong unit' });
    expect(line(s, 'SCN')).toMatchObject({ received: 1, serials: 0 });
    const [deleted] = await findSerials(t.station.database.db, 'SN00000001', { includeDeleted: true });
    const history = await serialHistory(t.station.database.db, deleted!.id);
    expect(history.at(-1)).toMatchObject({ type: 'adjusted', details: { action: 'deleted', reason: 'wrong unit' } });
  });

  it('serials.defaultLength applies to products without their own rule; the product rule wins', async () => {
    await options({ 'serials.defaultLength': 6 });
    await scan('NOLEN', { qty: 2 });
    expect(await scan('ABCDEFG')).toMatchObject({ verdict: 'rejected', reason: 'bad_length', message: expect.stringContaining('exactly 6') });
    expect(await scan('ABCDEF')).toMatchObject({ verdict: 'accepted' });
    await req('receiving.cancelPending', { po_number: 'PO-1' });
    await scan('SCN');
    expect(await scan('SN00000001')).toMatchObject({ verdict: 'accepted' }); // SCN's own rule: 10
  });

  it('receiving.allowOverReceive: more than ordered is refused unless allowed', async () => {
    expect(await scan('CBL', { qty: 11 })).toMatchObject({ verdict: 'rejected', reason: 'over_quantity' });
    await options({ 'receiving.allowOverReceive': true });
    expect(await scan('CBL', { qty: 11 })).toMatchObject({ verdict: 'accepted', line: { received: 11, to_receive: 0 } });
  });

  it('receiving.requireBin: the first scan is the bin; an unknown bin is refused', async () => {
    await options({ 'receiving.requireBin': true });
    const open = await req<ReceivingState>('receiving.open', { po_number: 'PO-1' });
    expect(open.step.kind).toBe('bin');
    expect(await scan('Z-99')).toMatchObject({ verdict: 'rejected', reason: 'unknown_bin' });
    expect(await scan('A-02')).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'product' }, session: { bin: 'A-02' } } });
    await scan('SCN');
    await scan('SN00000001');
    expect((await findSerials(t.station.database.db, 'SN00000001'))[0]?.bin).toBe('A-02');
  });

  it('receiving.requireWeight: a product without weight is weighed first (typed, or a stable scale reading)', async () => {
    await options({ 'receiving.requireWeight': true });
    expect(await scan('SCN', { qty: 2 })).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'measure', sku: 'SCN', qty: 2 } } });
    expect(await scan('SN00000001')).toMatchObject({ verdict: 'rejected', reason: 'measure_required' });
    const bad = await t.station.dispatch('receiving.measure', { po_number: 'PO-1', weight_grams: 250 }, { origin: 'test' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('length, width and height') } });
    const m = await req<ReceivingScanResult>('receiving.measure', { po_number: 'PO-1', weight_grams: 250, length_mm: 100, width_mm: 80, height_mm: 40 });
    expect(m).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial', of: 2 } } });
    const fromScale = await t.station.dispatch('receiving.measure', { po_number: 'PO-1', from_scale: true, length_mm: 1, width_mm: 1, height_mm: 1 }, { origin: 'test' });
    expect(fromScale).toMatchObject({ ok: false });
    const p = await t.station.database.db.selectFrom('products').select(['weight_grams', 'length_mm']).where('sku', '=', 'SCN').executeTakeFirst();
    expect(p).toEqual({ weight_grams: 250, length_mm: 100 });
  });

  it('receiving.measure answers with the committed line: the units it received are counted', async () => {
    await options({ 'receiving.requireWeight': true });
    expect(await scan('CBL', { qty: 3 })).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'measure', sku: 'CBL', qty: 3 } } });
    const m = await req<ReceivingScanResult>('receiving.measure', { po_number: 'PO-1', weight_grams: 40, length_mm: 1000, width_mm: 10, height_mm: 10 });
    expect(m).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('(3 of 10)'), line: { sku: 'CBL', received: 3, to_receive: 7 } });
    expect(line(m.state, 'CBL')).toMatchObject({ received: 3 });
  });
});

describe('receiving: pre-receipt serials, sessions, bad input', () => {
  it('expected serials: only those are accepted; closing with fewer says the confirmed quantity', async () => {
    await scan('SCN', { qty: 2 }, 'PO-2');
    expect(await scan('SN00000001', {}, 'PO-2')).toMatchObject({ verdict: 'rejected', reason: 'not_expected' });
    expect(await scan('EXP0000002', {}, 'PO-2')).toMatchObject({ verdict: 'accepted' });
    const closed = await req<{ notes: string[] }>('receiving.close', { po_number: 'PO-2' });
    expect(closed.notes).toEqual([
      '1 unit of SCN waiting for serials was not received.',
      'SCN: 1 of 2 expected serials received; the confirmed quantity is 1.',
    ]);
  });

  it('several sessions per PO: partial receipts, each closed session kept', async () => {
    await scan('CBL', { qty: 3 });
    await req('receiving.close', { po_number: 'PO-1' });
    const r = await scan('CBL', { qty: 2 });
    expect(r.state).toMatchObject({ closed_sessions: 1, status: 'partial', session: { id: expect.any(Number) } });
    const sessions = await req<{ sessions: { status: string; lines: { qty: number }[] }[] }>('receiving.sessions', { po_number: 'PO-1' });
    expect(sessions.sessions.map((s) => [s.status, s.lines[0]?.qty])).toEqual([['closed', 3], ['open', 2]]);
  });

  it('refuses empty scans, control characters, 10 KB scans, spaces and lowercase against a pattern — nothing written', async () => {
    await scan('SCL');
    expect(await scan('')).toMatchObject({ verdict: 'rejected', reason: 'empty' });
    expect(await scan('AB\u0007CD1234')).toMatchObject({ verdict: 'rejected', reason: 'control_character' });
    expect(await scan('X'.repeat(10_240))).toMatchObject({ verdict: 'rejected', reason: 'too_long' });
    expect(await scan('ABCD 1234')).toMatchObject({ verdict: 'rejected', reason: 'invalid_characters' });
    expect(await scan('abcd1234')).toMatchObject({ verdict: 'rejected', reason: 'bad_pattern' });
    const r = await scan('ABCD1234');
    expect(r).toMatchObject({ verdict: 'accepted', line: { sku: 'SCL', received: 1 } });
    const logged = await listScans(t.station.database.db, {});
    expect(logged.some((e) => e.raw_code.includes('(10240 characters)'))).toBe(true);
  });

  it('PO serials view: paged, filtered and sorted; edit follows the receiving rules', async () => {
    await scan('SCN', { qty: 3 });
    for (const s of ['SN00000003', 'SN00000001', 'SN00000002']) await scan(s);
    const page = await req<{ total: number; rows: { serial: string }[] }>('receiving.serials', { po_number: 'PO-1', sort: 'serial', offset: 1, limit: 1 });
    expect(page).toEqual({ total: 3, rows: [expect.objectContaining({ serial: 'SN00000002', sku: 'SCN', line_no: 1 })] });
    expect((await req<{ total: number }>('receiving.serials', { po_number: 'PO-1', filter: '03', offset: 0, limit: 10 })).total).toBe(1);
    // The filter is one text match on both dialects (storage/text-match.ts): any case, wildcards literal.
    const matching = async (filter: string) => (await req<{ total: number }>('receiving.serials', { po_number: 'PO-1', filter, offset: 0, limit: 10 })).total;
    expect([await matching('sn00000003'), await matching('scn'), await matching('Sn0000000'), await matching('_'), await matching('%'), await matching('\\')]).toEqual([1, 3, 3, 0, 0, 0]);
    expect(await req('receiving.editSerial', { po_number: 'PO-1', serial: 'SN00000003', new_value: 'SN00000001' })).toMatchObject({ verdict: 'rejected', reason: 'duplicate_in_po' });
    expect(await req('receiving.editSerial', { po_number: 'PO-1', serial: 'SN00000003', new_value: 'SN00000004' })).toMatchObject({ verdict: 'accepted' });
    const rows = await req<{ rows: { serial: string }[] }>('receiving.serials', { po_number: 'PO-1', sort: 'serial', offset: 0, limit: 10 });
    expect(rows.rows.map((r) => r.serial)).toEqual(['SN00000001', 'SN00000002', 'SN00000004']);
  });

  it('find: by PO number, vendor invoice, tracking number, or a product → its open POs', async () => {
    expect(await req('receiving.find', { query: 'PO-1' })).toMatchObject({ by: 'po', candidates: [{ po_number: 'PO-1' }] });
    expect(await req('receiving.find', { query: 'INV-1' })).toMatchObject({ by: 'reference', candidates: [{ po_number: 'PO-1' }] });
    expect(await req('receiving.find', { query: '1Z999' })).toMatchObject({ by: 'reference', candidates: [{ po_number: 'PO-1' }] });
    const byProduct = await req<{ by: string; candidates: { po_number: string }[] }>('receiving.find', { query: '09501101530003' });
    expect(byProduct.by).toBe('product');
    expect(byProduct.candidates.map((c) => c.po_number).sort()).toEqual(['PO-1', 'PO-2', 'PO-3']);
    expect(await req('receiving.find', { query: 'nothing' })).toMatchObject({ by: 'none', candidates: [] });
  });
});
