import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CountReview } from '../../../shared/workflows/count-review';
import type { CountScanResult, CountSummary } from '../../../shared/workflows/lifecycle';
import { stockByLocation } from '../../../electron/storage/repos/stock';
import { createUser } from '../../../electron/users/users';
import { seedLifecycle } from '../../helpers/returns-data';
import { refusal, request, tempStation, type TempStation } from '../../helpers/station';

// seedLifecycle: MAIN/A-01 holds SN00000004 and SN00000005 (SCN) and 7 CBL cables.
let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedLifecycle(t.station.database.db);
  await createUser(t.station.database.db, { name: 'sam', role: 'supervisor', pin: '9999' });
});
afterEach(() => t.dispose());

const place = { warehouse: 'MAIN', bin: 'A-01' };
const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const c = (code: string, qty?: number) => req<CountScanResult>('counts.scan', { ...place, code, ...(qty === undefined ? {} : { qty }) });
const stock = async () => (await stockByLocation(t.station.database.db)).filter((r) => r.warehouse === 'MAIN' && r.bin === 'A-01').map((r) => [r.sku, r.qty]);

describe('cycle counts: quantities, the variance review and the supervisor PIN', () => {
  it('units without serials are counted by a typed quantity or a QTY<n> scan, not only one scan per unit', async () => {
    await req('counts.start', place);
    expect(await c('QTY5')).toMatchObject({ verdict: 'accepted', message: 'Quantity 5: scan the product to count 5 units of it.', state: { prompt: 'Scan the product to count 5 units of it.' } });
    expect(await c('CBL')).toMatchObject({ verdict: 'accepted', message: 'Counted 5 more × CBL: 5 in all.' });
    expect(await c('CBL', 2)).toMatchObject({ verdict: 'accepted', message: 'Counted 2 more × CBL: 7 in all.' });
    expect(await c('CBL')).toMatchObject({ verdict: 'accepted', message: 'Counted 8 × CBL.' });
    // A serialized product is counted serial by serial.
    expect(await c('SCN', 3)).toMatchObject({ verdict: 'rejected', reason: 'serial_required' });
    expect((await req<{ counted: unknown[] }>('counts.start', place)).counted).toEqual([{ sku: 'CBL', serial: null, qty: 8 }]);
  });

  it('Finish shows the variance first (expected, counted, difference per product; missing and extra serials) and changes nothing', async () => {
    await req('counts.start', place);
    await c('SN00000004');
    await c('SN00000001'); // shipped on SO-1: counted here, the ledger has it elsewhere
    await c('SCN');
    await c('SNCOUNT001'); // new to the ledger
    await c('CBL', 2);
    const review = await req<CountReview>('counts.review', place);
    expect(review).toEqual({
      warehouse: 'MAIN',
      bin: 'A-01',
      lines: [
        { sku: 'CBL', name: 'Cable', expected: 7, counted: 2, difference: -5 },
        { sku: 'SCN', name: 'Scanner', expected: 2, counted: 3, difference: 1 },
      ],
      missing: [{ sku: 'SCN', serial: 'SN00000005' }],
      extra: [
        { sku: 'SCN', serial: 'SN00000001', is_new: false, recorded_at: null, recorded_status: 'shipped' },
        { sku: 'SCN', serial: 'SNCOUNT001', is_new: true, recorded_at: null, recorded_status: null },
      ],
      largest_write_off: 5,
      needs_supervisor: true,
    });
    expect(await stock()).toEqual([['CBL', 7], ['SCN', 2]]);
    // The count goes on after a review.
    expect(await c('CBL')).toMatchObject({ verdict: 'accepted' });
  });

  it('a write-off above counts.supervisorAbove (default 0: any) is applied only with a supervisor PIN; a wrong PIN applies nothing', async () => {
    await req('counts.start', place);
    await c('SN00000004');
    await c('SN00000005');
    await c('CBL', 6);
    expect(await refusal(t.station, 'counts.finish', place)).toMatchObject({ code: 'forbidden', message: 'A supervisor PIN is needed: this count writes off 1 unit of one product (more than 0).' });
    expect(await refusal(t.station, 'counts.finish', { ...place, pin: '1111' })).toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('Wrong supervisor PIN') });
    expect(await stock()).toEqual([['CBL', 7], ['SCN', 2]]);
    const summary = await req<CountSummary>('counts.finish', { ...place, pin: '9999' });
    expect(summary).toMatchObject({ approved_by: 'sam', missing: [], quantities: [{ sku: 'CBL', expected: 7, counted: 6 }] });
    expect(await stock()).toEqual([['CBL', 6], ['SCN', 2]]);
    const audit = await t.station.database.db.selectFrom('audit_log').select(['action', 'reason']).where('action', '=', 'stock.cycle_count').execute();
    expect(audit).toEqual([{ action: 'stock.cycle_count', reason: expect.stringContaining('approved by sam') }]);
  });

  it('within counts.supervisorAbove, or with nothing written off, the count applies without a PIN', async () => {
    await t.station.options.set({ 'counts.supervisorAbove': 1 });
    await req('counts.start', place);
    await c('SN00000004');
    await c('SN00000005');
    await c('CBL', 6);
    expect(await req<CountReview>('counts.review', place)).toMatchObject({ largest_write_off: 1, needs_supervisor: false });
    expect(await req<CountSummary>('counts.finish', place)).toMatchObject({ approved_by: null });
    await t.station.options.set({ 'counts.supervisorAbove': 0 });
    await req('counts.start', place);
    await c('SN00000004');
    await c('SN00000005');
    await c('CBL', 6);
    expect(await req<CountReview>('counts.review', place)).toMatchObject({ largest_write_off: 0, needs_supervisor: false });
    expect(await req<CountSummary>('counts.finish', place)).toMatchObject({ approved_by: null, quantities: [] });
  });
});
