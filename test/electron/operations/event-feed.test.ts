import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedLifecycle } from '../../helpers/returns-data';
import { tempApi, type TempApi } from '../../helpers/station';

// The event feed: written by each operation in the transaction of its effects, paged by an opaque
// commit-ordered cursor, complete and gap-free while other requests write.
let api: TempApi;
beforeEach(async () => {
  api = await tempApi();
  await seedLifecycle(api.station.database.db);
  const db = api.station.database.db;
  const { upsertPurchaseOrder } = await import('../../../electron/storage/writers/purchase-order-writer');
  for (const po of ['PO-9', 'PO-W0', 'PO-W1', 'PO-W2', 'PO-W3']) {
    await upsertPurchaseOrder(db, { po_number: po, vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'SCN', qty: 500 }, { sku: 'CBL', qty: 500 }] });
  }
});
afterEach(() => api.dispose());

type Page = { events: { id: string; type: string; sku: string | null; serial: string | null; qty: number | null }[]; next_cursor: string };
const page = async (query: string): Promise<Page> => {
  const r = await api.call('GET', `/events${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data as Page;
};

describe('event feed', () => {
  it('each accepted scan is one event with the issue’s shape; rejected scans none; types filter', async () => {
    const start = await page('');
    await api.call('POST', '/purchase-orders/PO-9/scans', { code: 'SNFEED0001', sku: 'SCN' });
    await api.call('POST', '/purchase-orders/PO-9/scans', { code: 'SNFEED0001', sku: 'SCN' }); // duplicate: rejected
    await api.call('POST', '/purchase-orders/PO-9/scans', { code: 'x', sku: 'CBL', qty: 3 });
    await api.call('POST', '/adjustments', { action: 'remove', code: 'CBL', qty: 2, warehouse: 'MAIN', bin: 'A-01', reason: 'damaged' });
    const after = await page(`?after=${start.next_cursor}`);
    expect(after.events.map((e) => [e.type, e.sku, e.serial, e.qty])).toEqual([
      ['receipt.scanned', 'SCN', 'SNFEED0001', 1],
      ['receipt.scanned', 'CBL', null, 3],
      ['adjustment.applied', 'CBL', null, 2],
    ]);
    expect(after.events[0]).toEqual({
      id: expect.any(String),
      type: 'receipt.scanned',
      occurred_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      station: expect.any(String),
      actor: 'api:test',
      document: { type: 'purchase_order', number: 'PO-9' },
      sku: 'SCN',
      serial: 'SNFEED0001',
      qty: 1,
      from: null,
      to: null,
      details: expect.objectContaining({ ledger: 'received' }),
    });
    expect(after.events[2]).toMatchObject({ from: 'MAIN/A-01', to: null, details: { action: 'remove', reason: 'damaged' } });
    expect((await page(`?after=${start.next_cursor}&types=adjustment.applied`)).events.map((e) => e.type)).toEqual(['adjustment.applied']);
    expect(await page(`?after=${after.next_cursor}`)).toEqual({ events: [], next_cursor: after.next_cursor });
    expect((await api.call('GET', '/events?limit=1001')).status).toBe(400);
    expect((await api.call('GET', '/events?types=nope')).status).toBe(400);
    expect((await api.call('GET', '/events?after=abc')).status).toBe(400);
  });

  it('paging while other requests write: no gaps, no duplicates, order kept', async () => {
    const writers = Array.from({ length: 4 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 15; i++) {
          const code = `SNW${w}${String(i).padStart(6, '0')}`;
          // One PO per writer: their transactions really run at the same time (PostgreSQL).
          const r = await api.call('POST', `/purchase-orders/PO-W${w}/scans`, { code, sku: 'SCN' });
          expect(r.body.data.verdict).toBe('accepted');
        }
      })(),
    );
    const seen: string[] = [];
    let cursor = '0';
    let done = false;
    const all = Promise.all(writers).then(() => (done = true));
    // Read small pages while the writers commit; after they finish, read to the end.
    for (let rounds = 0; !done || rounds < 1000; rounds++) {
      const p = await page(`?after=${cursor}&limit=3&types=receipt.scanned`);
      seen.push(...p.events.map((e) => e.serial ?? ''));
      const ids = p.events.map((e) => Number(e.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      if (ids.length > 0) expect(ids[0]!).toBeGreaterThan(Number(cursor));
      cursor = p.next_cursor;
      if (done && p.events.length === 0) break;
    }
    await all;
    const rest = await page(`?after=${cursor}&limit=1000&types=receipt.scanned`);
    seen.push(...rest.events.map((e) => e.serial ?? ''));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(60);
    const full = await page('?limit=1000&types=receipt.scanned');
    expect(full.events.map((e) => e.serial)).toEqual(seen);
  });
});
