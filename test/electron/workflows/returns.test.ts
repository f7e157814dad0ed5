import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestockResult, ReturnScanResult, ReturnState } from '../../../shared/workflows/lifecycle';
import { listScans } from '../../../electron/storage/repos/scan-log';
import { findSerials, serialHistory } from '../../../electron/storage/repos/serials';
import { stockByLocation } from '../../../electron/storage/repos/stock';
import { seedLifecycle } from '../../helpers/returns-data';
import { refusal, request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedLifecycle(t.station.database.db);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const fails = (name: string, input: unknown) => refusal(t.station, name, input);
const open = async (order = 'SO-1', extra: Record<string, unknown> = {}) => (await req<{ created: boolean; state: ReturnState }>('returns.create', { order_number: order, ...extra })).state;
const scan = (rma: string, code: string, extra: Record<string, unknown> = {}) => req<ReturnScanResult>('returns.scan', { rma_number: rma, code, ...extra });
const serial = async (value: string) => (await findSerials(t.station.database.db, value))[0]!;

describe('returns: opening an RMA', () => {
  it('opens an RMA on a shipped order with a generated number; the same number again reopens it', async () => {
    const r = await req<{ created: boolean; state: ReturnState }>('returns.create', { order_number: 'SO-1', reason: 'defective' });
    expect(r).toMatchObject({ created: true, state: { rma_number: 'RMA-000001', order_number: 'SO-1', status: 'open', reason: 'defective', validation: true, step: { kind: 'item' } } });
    expect(r.state.order_lines.map((l) => [l.sku, l.shipped, l.returned])).toEqual([['SCN', 2, 0], ['CBL', 3, 0]]);
    const again = await req<{ created: boolean; state: ReturnState }>('returns.create', { order_number: 'SO-1', rma_number: 'RMA-000001' });
    expect(again.created).toBe(false);
    expect(await fails('returns.create', { order_number: 'SO-2', rma_number: 'RMA-000001' })).toMatchObject({ code: 'conflict', message: expect.stringContaining('SO-1') });
  });

  it('refuses a return for an order that never shipped, and an unknown order', async () => {
    expect(await fails('returns.create', { order_number: 'SO-3' })).toMatchObject({ code: 'conflict', message: 'Order SO-3 has not shipped anything: there is nothing to return.' });
    expect(await fails('returns.create', { order_number: 'NOPE' })).toMatchObject({ code: 'not_found' });
  });

  it('finds the order to return from an RMA number, an order number or a serial that shipped on it', async () => {
    const rma = (await open()).rma_number;
    expect(await req('returns.find', { query: rma })).toMatchObject({ by: 'rma', order_number: 'SO-1', returns: [{ rma_number: rma }] });
    expect(await req('returns.find', { query: 'SO-2' })).toMatchObject({ by: 'order', order_number: 'SO-2', returns: [] });
    expect(await req('returns.find', { query: 'SN00000003' })).toMatchObject({ by: 'serial', order_number: 'SO-2' });
    expect(await req('returns.find', { query: 'SN00000004' })).toMatchObject({ by: 'none' });
  });
});

describe('returns with serial validation (returns.requireSerialValidation on)', () => {
  it('takes back a serial shipped on the order: quarantined at once with a returned event, credit at its sale price', async () => {
    const rma = (await open()).rma_number;
    const r = await scan(rma, 'SN00000001', { condition: 'opened' });
    expect(r).toMatchObject({ verdict: 'accepted', message: 'Returned SCN serial SN00000001, opened, as new.', line: { sku: 'SCN', serial: 'SN00000001', condition: 'opened', credit_amount: 150, disposition: null } });
    expect(r.state.credit_total).toBe(150);
    expect(r.state.order_lines[0]).toMatchObject({ sku: 'SCN', returned: 1 });
    const s = await serial('SN00000001');
    expect(s.status).toBe('quarantined');
    expect((await serialHistory(t.station.database.db, s.id)).map((e) => [e.type, e.document_number])).toEqual([['received', 'PO-1'], ['shipped', 'SO-1'], ['returned', rma]]);
  });

  it('product first, then its serial; a GS1 barcode carries both', async () => {
    const rma = (await open()).rma_number;
    expect(await scan(rma, 'SCN')).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial', sku: 'SCN' } } });
    expect(await scan(rma, 'SN00000002')).toMatchObject({ verdict: 'accepted', line: { serial: 'SN00000002' }, state: { step: { kind: 'item' } } });
    const rma2 = (await open('SO-2')).rma_number;
    expect(await scan(rma2, '0109501101530003\u001d21SN00000003')).toMatchObject({ verdict: 'accepted', line: { serial: 'SN00000003', credit_amount: 160 } });
  });

  it('refuses a serial not shipped on the order (in stock, shipped on another order, unknown to the ledger)', async () => {
    const rma = (await open()).rma_number;
    expect(await scan(rma, 'SN00000004', { sku: 'SCN' })).toMatchObject({ verdict: 'rejected', reason: 'not_shipped_on_order', message: 'Serial SN00000004 of SCN was not shipped on SO-1.' });
    expect(await scan(rma, 'SN00000003', { sku: 'SCN' })).toMatchObject({ reason: 'not_shipped_on_order', message: expect.stringContaining('it shipped on SO-2') });
    expect(await scan(rma, 'SNUNKNOWN1', { sku: 'SCN' })).toMatchObject({ reason: 'not_shipped_on_order', message: expect.stringContaining('not in the ledger') });
    expect(await scan(rma, 'ZZZ-NOTHING')).toMatchObject({ verdict: 'rejected', reason: 'not_shipped_on_order' });
    const log = await listScans(t.station.database.db, {});
    expect(log.filter((e) => e.workflow === 'return' && e.verdict === 'rejected')).toHaveLength(4);
  });

  it('refuses the same serial twice and more units than shipped', async () => {
    const rma = (await open()).rma_number;
    await scan(rma, 'SN00000001');
    expect(await scan(rma, 'SN00000001')).toMatchObject({ verdict: 'rejected', reason: 'already_returned' });
    for (let i = 0; i < 3; i++) expect(await scan(rma, 'CBL')).toMatchObject({ verdict: 'accepted', line: { sku: 'CBL', credit_amount: 10 } });
    expect(await scan(rma, 'CBL')).toMatchObject({ verdict: 'rejected', reason: 'over_returned', message: expect.stringContaining('3 × CBL shipped on SO-1') });
    expect(await scan(rma, 'HDS')).toMatchObject({ verdict: 'rejected', reason: 'not_on_order' });
  });
});

describe('returns without serial validation (returns.requireSerialValidation off)', () => {
  it('takes back any serial of a product on the order; an unknown one joins the ledger; one in stock is refused', async () => {
    await t.station.options.set({ 'returns.requireSerialValidation': false });
    const rma = (await open()).rma_number;
    expect(await scan(rma, 'SN00000003', { sku: 'SCN' })).toMatchObject({ verdict: 'accepted' });
    expect(await scan(rma, 'SNNEW00001', { sku: 'SCN' })).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('new to the ledger') });
    expect(await serial('SNNEW00001')).toMatchObject({ status: 'quarantined', source: 'external', sku: 'SCN' });
    expect(await scan(rma, 'SN00000004', { sku: 'SCN' })).toMatchObject({ verdict: 'rejected', reason: 'not_returnable', message: expect.stringContaining('in stock at MAIN/A-01') });
    // Two SCN shipped on SO-1: a third is one more than went out.
    expect(await scan(rma, 'SNNEW00002', { sku: 'SCN' })).toMatchObject({ verdict: 'rejected', reason: 'over_returned' });
    expect(await scan(rma, 'SHORT', { sku: 'SCN' })).toMatchObject({ verdict: 'rejected', reason: 'bad_length' });
  });
});

describe('restock and credit memo', () => {
  it('restocks good units to a bin (in stock again, counted) and quarantines damaged ones; closes the RMA', async () => {
    const rma = (await open()).rma_number;
    await scan(rma, 'SN00000001', { condition: 'opened' });
    await scan(rma, 'SN00000002', { condition: 'damaged' });
    await scan(rma, 'CBL');
    const before = (await stockByLocation(t.station.database.db)).filter((r) => r.bin === 'A-02');
    expect(before).toEqual([]);
    const r = await req<RestockResult>('returns.restock', { rma_number: rma, warehouse: 'MAIN', bin: 'A-02' });
    expect(r).toMatchObject({ restocked: 2, quarantined: 1, credit_memo: { rma_number: rma, order_number: 'SO-1', total: 310 }, state: { status: 'closed', step: { kind: 'closed' } } });
    expect(r.credit_memo.lines.map((l) => [l.sku, l.serial, l.amount, l.disposition])).toEqual([
      ['SCN', 'SN00000001', 150, 'restock'],
      ['SCN', 'SN00000002', 150, 'quarantine'],
      ['CBL', null, 10, 'restock'],
    ]);
    expect(await serial('SN00000001')).toMatchObject({ status: 'in_stock', warehouse: 'MAIN', bin: 'A-02' });
    expect(await serial('SN00000002')).toMatchObject({ status: 'quarantined', warehouse: 'MAIN', bin: null });
    const a02 = (await stockByLocation(t.station.database.db)).filter((row) => row.bin === 'A-02');
    expect(a02.map((row) => [row.sku, row.qty, row.serial_count])).toEqual([['CBL', 1, 0], ['SCN', 1, 1]]);
    expect(await scan(rma, 'SN00000001')).toMatchObject({ verdict: 'rejected', reason: 'rma_closed' });
    expect(await fails('returns.restock', { rma_number: rma })).toMatchObject({ code: 'conflict' });
  });

  it('refuses to restock nothing, and an unknown bin', async () => {
    const rma = (await open()).rma_number;
    expect(await fails('returns.restock', { rma_number: rma })).toMatchObject({ code: 'conflict', message: expect.stringContaining('scan the returned units first') });
    await scan(rma, 'SN00000001');
    expect(await fails('returns.restock', { rma_number: rma, bin: 'NOPE' })).toMatchObject({ code: 'not_found', message: 'NOPE is not a bin of warehouse MAIN.' });
  });
});
