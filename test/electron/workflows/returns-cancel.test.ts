import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReturnScanResult, ReturnState, ReturnSummary } from '../../../shared/workflows/lifecycle';
import { findSerials, serialHistory } from '../../../electron/storage/repos/serials';
import { seedLifecycle } from '../../helpers/returns-data';
import { refusal, request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedLifecycle(t.station.database.db);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const open = async (order: string) => (await req<{ state: ReturnState }>('returns.create', { order_number: order })).state.rma_number;
const list = async () => (await req<{ returns: ReturnSummary[] }>('returns.list', {})).returns;

describe('the open RMAs and cancelling an RMA', () => {
  it('lists the open RMAs, newest first, with their units', async () => {
    const a = await open('SO-1');
    await req<ReturnScanResult>('returns.scan', { rma_number: a, code: 'SN00000001' });
    const b = await open('SO-2');
    expect(await list()).toEqual([
      { rma_number: b, order_number: 'SO-2', status: 'open', created_at: expect.any(String), units: 0 },
      { rma_number: a, order_number: 'SO-1', status: 'open', created_at: expect.any(String), units: 1 },
    ]);
    await req('returns.restock', { rma_number: a });
    expect((await list()).map((r) => r.rma_number)).toEqual([b]);
  });

  it('an RMA with nothing put away is cancelled: its scanned serial is shipped again (in the ledger), the order can be returned anew', async () => {
    const rma = await open('SO-1');
    expect(await req<ReturnScanResult>('returns.scan', { rma_number: rma, code: 'SN00000001' })).toMatchObject({ verdict: 'accepted' });
    expect((await findSerials(t.station.database.db, 'SN00000001'))[0]).toMatchObject({ status: 'quarantined' });
    const cancelled = await req<ReturnState>('returns.cancel', { rma_number: rma });
    expect(cancelled).toMatchObject({ status: 'cancelled', lines: [], step: { kind: 'closed' }, prompt: expect.stringContaining(`${rma} is cancelled`) });
    expect(cancelled.order_lines.find((l) => l.sku === 'SCN')).toMatchObject({ returned: 0 });
    const serial = (await findSerials(t.station.database.db, 'SN00000001'))[0]!;
    expect(serial.status).toBe('shipped');
    expect((await serialHistory(t.station.database.db, serial.id)).at(-1)).toMatchObject({ type: 'adjusted', details: { action: 'return_cancelled', rma } });
    expect(await list()).toEqual([]);
    expect(await req<ReturnScanResult>('returns.scan', { rma_number: rma, code: 'SN00000002' })).toMatchObject({ verdict: 'rejected', reason: 'rma_closed' });
    // The order's units may come back on a new RMA.
    const again = await open('SO-1');
    expect(again).not.toBe(rma);
    expect(await req<ReturnScanResult>('returns.scan', { rma_number: again, code: 'SN00000001' })).toMatchObject({ verdict: 'accepted' });
    expect(await req<{ returns: ReturnSummary[] }>('returns.find', { query: 'SO-1' })).toMatchObject({ returns: [{ rma_number: again, status: 'open' }, { rma_number: rma, status: 'cancelled' }] });
  });

  it('an RMA with units put away, or one already cancelled, cannot be cancelled', async () => {
    const rma = await open('SO-1');
    await req('returns.scan', { rma_number: rma, code: 'SN00000001' });
    await req('returns.restock', { rma_number: rma });
    expect(await refusal(t.station, 'returns.cancel', { rma_number: rma })).toMatchObject({ code: 'conflict', message: `${rma} is closed already.` });
    const other = await open('SO-2');
    await req('returns.cancel', { rma_number: other });
    expect(await refusal(t.station, 'returns.cancel', { rma_number: other })).toMatchObject({ code: 'conflict', message: `${other} is cancelled already.` });
  });

  it('re-scanning the open RMA number (or its order number) is a notice, not an unknown item', async () => {
    const rma = await open('SO-1');
    for (const code of [rma, 'SO-1']) {
      expect(await req<ReturnScanResult>('returns.scan', { rma_number: rma, code })).toMatchObject({ verdict: 'accepted', message: `${rma} (order SO-1) is already open: scan a returned item.` });
    }
  });
});
