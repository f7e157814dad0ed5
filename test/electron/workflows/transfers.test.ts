import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdjustResult, CountScanResult, CountSummary, TransferScanResult, TransferState } from '../../../shared/workflows/lifecycle';
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
const create = (input: Record<string, unknown>) => req<TransferState>('transfers.create', input);
const scan = (n: string, code: string, extra: Record<string, unknown> = {}) => req<TransferScanResult>('transfers.scan', { transfer_number: n, code, ...extra });
const serial = async (value: string) => (await findSerials(t.station.database.db, value))[0]!;
const stock = async (bin: string | null, warehouse = 'MAIN') =>
  (await stockByLocation(t.station.database.db)).filter((r) => r.warehouse === warehouse && r.bin === bin).map((r) => [r.sku, r.qty, r.serial_count]);

describe('transfers', () => {
  it('bin to bin: each serial scanned at the source moves at once, with a moved event and the stock counts', async () => {
    const tr = await create({ kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-02' });
    expect(tr).toMatchObject({ transfer_number: 'TR-000001', kind: 'bin', status: 'open', step: { kind: 'item' } });
    expect(await scan(tr.transfer_number, 'SN00000004')).toMatchObject({ verdict: 'accepted', message: 'Moved SCN serial SN00000004 to MAIN/A-02.', line: { sku: 'SCN', serial: 'SN00000004' } });
    expect(await scan(tr.transfer_number, 'CBL')).toMatchObject({ verdict: 'accepted', message: 'Moved CBL 1 unit to MAIN/A-02.' });
    expect(await serial('SN00000004')).toMatchObject({ status: 'in_stock', warehouse: 'MAIN', bin: 'A-02' });
    const history = await serialHistory(t.station.database.db, (await serial('SN00000004')).id);
    expect(history.at(-1)).toMatchObject({ type: 'moved', document_number: 'TR-000001', details: { from: 'MAIN/A-01', to: 'MAIN/A-02' } });
    expect(await stock('A-02')).toEqual([['CBL', 1, 0], ['SCN', 1, 1]]);
    expect(await stock('A-01')).toEqual([['CBL', 6, 0], ['SCN', 1, 1]]);
    const done = await req<TransferState>('transfers.finish', { transfer_number: tr.transfer_number });
    expect(done).toMatchObject({ status: 'completed', units: 2 });
    expect(await scan(tr.transfer_number, 'SN00000005')).toMatchObject({ verdict: 'rejected', reason: 'transfer_closed' });
  });

  it('the serial must be at the source: shipped, elsewhere, already there or unknown are refused', async () => {
    const tr = await create({ kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-02' });
    expect(await scan(tr.transfer_number, 'SN00000001')).toMatchObject({ verdict: 'rejected', reason: 'not_at_source', message: 'Serial SN00000001 of SCN is shipped, not at MAIN/A-01.' });
    await scan(tr.transfer_number, 'SN00000004');
    expect(await scan(tr.transfer_number, 'SN00000004')).toMatchObject({ reason: 'same_location', message: 'Serial SN00000004 of SCN is already at MAIN/A-02.' });
    expect(await scan(tr.transfer_number, 'NOSUCHSER1')).toMatchObject({ reason: 'unknown_serial' });
    expect(await scan(tr.transfer_number, 'SCN')).toMatchObject({ verdict: 'accepted', state: { step: { kind: 'serial', sku: 'SCN' } } });
    expect(await scan(tr.transfer_number, 'SN00000004')).toMatchObject({ reason: 'same_location' });
    const east = await create({ kind: 'warehouse', from_warehouse: 'MAIN', from_bin: 'A-02', to_warehouse: 'EAST' });
    expect(await scan(east.transfer_number, 'SN00000005')).toMatchObject({ reason: 'not_at_source', message: 'Serial SN00000005 of SCN is at MAIN/A-01, not at MAIN/A-02.' });
  });

  it('refuses a transfer to the same bin, unknown places and kinds that do not fit', async () => {
    expect(await fails('transfers.create', { kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-01' })).toMatchObject({
      code: 'validation',
      message: 'From and to are the same location (MAIN/A-01): nothing would move.',
    });
    expect(await fails('transfers.create', { kind: 'bin', from_warehouse: 'MAIN', to_bin: 'NOPE' })).toMatchObject({ code: 'validation', details: [{ path: 'to_bin' }] });
    expect(await fails('transfers.create', { kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_warehouse: 'EAST' })).toMatchObject({ details: [{ path: 'to_warehouse' }] });
    expect(await fails('transfers.create', { kind: 'warehouse', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-02' })).toMatchObject({ details: [{ path: 'to_warehouse' }] });
    expect(await fails('transfers.create', { kind: 'sku', from_warehouse: 'MAIN' })).toMatchObject({ details: [{ path: 'to_sku' }] });
  });

  it('one-way: units leave now (in transit, off the stock count) and arrive when received', async () => {
    const tr = await create({ kind: 'one_way', from_warehouse: 'MAIN', from_bin: 'A-01', to_warehouse: 'EAST', to_bin: 'E-01' });
    expect(await scan(tr.transfer_number, 'SN00000005')).toMatchObject({ verdict: 'accepted', message: 'SCN serial SN00000005 on its way to EAST/E-01.' });
    expect(await serial('SN00000005')).toMatchObject({ status: 'in_transit', warehouse: null });
    expect(await req<TransferState>('transfers.finish', { transfer_number: tr.transfer_number })).toMatchObject({ status: 'in_transit', step: { kind: 'arrival' } });
    expect(await stock('E-01', 'EAST')).toEqual([]);
    expect(await req<TransferState>('transfers.receive', { transfer_number: tr.transfer_number })).toMatchObject({ status: 'completed' });
    expect(await serial('SN00000005')).toMatchObject({ status: 'in_stock', warehouse: 'EAST', bin: 'E-01' });
    expect(await stock('E-01', 'EAST')).toEqual([['SCN', 1, 1]]);
    const events = await serialHistory(t.station.database.db, (await serial('SN00000005')).id);
    expect(events.slice(-2).map((e) => e.details?.action)).toEqual(['in_transit', 'arrived']);
  });

  it('SKU to SKU keeps the serial and its history under the new SKU (transfers.transferSerials on)', async () => {
    const tr = await create({ kind: 'sku', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-01', to_sku: 'HDS' });
    expect(tr).toMatchObject({ kind: 'sku', to_sku: 'HDS' });
    expect(await scan(tr.transfer_number, 'SN00000004')).toMatchObject({ verdict: 'accepted', message: 'SCN serial SN00000004 is now HDS.', line: { sku: 'SCN', to_sku: 'HDS' } });
    const s = await serial('SN00000004');
    expect(s).toMatchObject({ sku: 'HDS', status: 'in_stock', bin: 'A-01', unit_cost: 100 });
    expect((await serialHistory(t.station.database.db, s.id)).map((e) => e.type)).toEqual(['received', 'moved']);
    expect(await stock('A-01')).toEqual(expect.arrayContaining([['HDS', 1, 1], ['SCN', 1, 1]]));
  });

  it('SKU to SKU with transfers.transferSerials off retires the serial; the new unit has none', async () => {
    await t.station.options.set({ 'transfers.transferSerials': false });
    const tr = await create({ kind: 'sku', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-01', to_sku: 'HDS' });
    expect(await scan(tr.transfer_number, 'SN00000004')).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('serial retired') });
    expect(await findSerials(t.station.database.db, 'SN00000004')).toEqual([]);
    expect(await stock('A-01')).toEqual(expect.arrayContaining([['HDS', 1, 0]]));
  });
});

describe('adjustments and cycle counts with serials', () => {
  const adjust = (input: Record<string, unknown>) => req<AdjustResult>('stock.adjust', { warehouse: 'MAIN', bin: 'A-01', reason: 'found on shelf', ...input });

  it('adds a found serial (with its SKU) and removes a lost one, each with an adjusted event', async () => {
    expect(await adjust({ action: 'add', code: 'SNFOUND001' })).toMatchObject({ verdict: 'rejected', reason: 'unknown_serial' });
    expect(await adjust({ action: 'add', code: 'SNFOUND001', sku: 'SCN' })).toMatchObject({ verdict: 'accepted', message: 'Added SCN serial SNFOUND001 to stock at MAIN/A-01.' });
    expect(await adjust({ action: 'add', code: 'SN00000004' })).toMatchObject({ reason: 'already_in_stock' });
    expect(await adjust({ action: 'remove', code: 'SN00000004', reason: 'lost' })).toMatchObject({ verdict: 'accepted' });
    expect(await findSerials(t.station.database.db, 'SN00000004')).toEqual([]);
    const gone = (await findSerials(t.station.database.db, 'SN00000004', { includeDeleted: true }))[0]!;
    expect((await serialHistory(t.station.database.db, gone.id)).at(-1)).toMatchObject({ type: 'adjusted', details: { action: 'removed', reason: 'lost' } });
    expect(await adjust({ action: 'remove', code: 'SN00000001' })).toMatchObject({ reason: 'not_at_source' });
    expect(await adjust({ action: 'remove', code: 'SCN' })).toMatchObject({ reason: 'serial_required' });
    expect(await adjust({ action: 'remove', code: 'CBL', qty: 2 })).toMatchObject({ verdict: 'accepted', message: 'Removed 2 × CBL from MAIN/A-01.' });
    expect(await stock('A-01')).toEqual([['CBL', 5, 0], ['SCN', 2, 2]]);
  });

  it('a cycle count removes missing serials, moves found ones here, adds unknown ones and sets counted units', async () => {
    const place = { warehouse: 'MAIN', bin: 'A-01' };
    expect(await req('counts.start', place)).toMatchObject({ expected_serials: 2, expected_units: 7 });
    const c = (code: string) => req<CountScanResult>('counts.scan', { ...place, code });
    expect(await c('SN00000004')).toMatchObject({ verdict: 'accepted' });
    expect(await c('SN00000004')).toMatchObject({ verdict: 'rejected', reason: 'already_counted' });
    expect(await c('SCN')).toMatchObject({ state: { step: { kind: 'serial', sku: 'SCN' } } });
    expect(await c('SNCOUNT001')).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('new to the ledger') });
    for (let i = 0; i < 5; i++) await c('CBL');
    // Write-offs without a supervisor (cycle-count-review.test.ts covers the PIN).
    await t.station.options.set({ 'counts.supervisorAbove': 1000 });
    const summary = await req<CountSummary>('counts.finish', place);
    expect(summary).toMatchObject({ missing: [{ serial: 'SN00000005' }], added: [{ serial: 'SNCOUNT001' }], moved_here: [], quantities: [{ sku: 'CBL', expected: 7, counted: 5 }] });
    expect(await stock('A-01')).toEqual([['CBL', 5, 0], ['SCN', 2, 2]]);
    expect(await findSerials(t.station.database.db, 'SN00000005')).toEqual([]);
    expect(await fails('counts.scan', { ...place, code: 'X' })).toMatchObject({ code: 'conflict' });
  });

  it('a cycle count survives a restart: what was counted, and a product waiting for its serial', async () => {
    const place = { warehouse: 'MAIN', bin: 'A-01' };
    const c = (code: string) => req<CountScanResult>('counts.scan', { ...place, code });
    await req('counts.start', place);
    expect(await c('SN00000004')).toMatchObject({ verdict: 'accepted' });
    await c('CBL');
    await c('CBL');
    expect(await c('SCN')).toMatchObject({ state: { step: { kind: 'serial', sku: 'SCN' } } });

    await t.reopen();
    // Scanning goes on without a new start; the state is what it was.
    expect(await c('SNCOUNT002')).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('new to the ledger') });
    expect(await c('SN00000004')).toMatchObject({ verdict: 'rejected', reason: 'already_counted' });
    const state = await req<{ counted: { sku: string; serial: string | null; qty: number }[] }>('counts.start', place);
    expect(state.counted).toEqual([
      { sku: 'SCN', serial: 'SN00000004', qty: 1 },
      { sku: 'SCN', serial: 'SNCOUNT002', qty: 1 },
      { sku: 'CBL', serial: null, qty: 2 },
    ]);
    await t.reopen();
    await t.station.options.set({ 'counts.supervisorAbove': 1000 });
    const summary = await req<CountSummary>('counts.finish', place);
    expect(summary).toMatchObject({ missing: [{ serial: 'SN00000005' }], added: [{ serial: 'SNCOUNT002' }], quantities: [{ sku: 'CBL', expected: 7, counted: 2 }] });
    const db = t.station.database.db;
    expect(await db.selectFrom('cycle_counts').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('cycle_count_lines').selectAll().execute()).toEqual([]);
  });

  it('a cancelled count is gone, after a restart too', async () => {
    const place = { warehouse: 'MAIN', bin: 'A-01' };
    await req('counts.start', place);
    await req('counts.scan', { ...place, code: 'SN00000004' });
    await req('counts.cancel', place);
    await t.reopen();
    expect(await fails('counts.scan', { ...place, code: 'SN00000004' })).toMatchObject({ code: 'conflict' });
    expect((await req<{ counted: unknown[] }>('counts.start', place)).counted).toEqual([]);
  });
});
