import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/storage/database';
import { appendLedgerFeedEvents, feedPage, lastFeedSeq, ledgerMark, type LedgerFeedBase } from '../../../electron/storage/repos/feed';
import { appendSerialEvent, insertSerial } from '../../../electron/storage/repos/serials';
import { insertWebhook } from '../../../electron/storage/repos/webhooks';
import { writeTransaction } from '../../../electron/storage/transaction';
import type { Db } from '../../../electron/storage/schema';
import { memoryDb, product } from './helpers';

// The feed events of ledger rows are written by the database (INSERT … SELECT, per dialect): each
// must say exactly what the row says, as `{ ledger: <type>, ...details }` and the row's places.
let d: Database;
beforeEach(async () => {
  d = await memoryDb();
});
afterEach(() => d.close());

const NOW = '2026-12-05T10:00:00.000Z';
const base = (document: LedgerFeedBase['document']): LedgerFeedBase => ({ type: 'adjustment.applied', occurred_at: NOW, station: 'Dock 1', actor: 'api:erp', document });

async function rows(db: Db, productId: number) {
  const po = { type: 'purchase_order' as const, id: 7, number: 'PO-7' };
  const id = await insertSerial(db, { value: 'SN-A', productId, status: 'in_stock', source: 'received', document: po }, { type: 'received', document: po, station: 'Dock 1', details: { session_id: 3, unit_cost: null } });
  // Places: non-empty texts only; a `ledger` of the details' own wins; no details at all.
  await appendSerialEvent(db, id, productId, { type: 'moved', document: { type: 'transfer', id: 1, number: 'TR-1' }, station: 'Dock 1', details: { from: 'MAIN/A-01', to: 'MAIN/B-02', note: 'ä "quoted"' } });
  await appendSerialEvent(db, id, productId, { type: 'moved', document: null, station: 'Dock 1', details: { from: '', to: 42, ledger: 'own' } });
  await appendSerialEvent(db, id, productId, { type: 'adjusted', document: { type: 'transfer', id: 2, number: '' }, station: 'Dock 1', details: null });
}

describe('feed events written from ledger rows', () => {
  it('one event per row of this transaction, in ledger order, each from its row (the row’s document when the operation has none)', async () => {
    const p = await product(d.db, { sku: 'CAM' });
    await writeTransaction(d.db, async (trx) => {
      await insertSerial(trx, { value: 'SN-OLD', productId: p.id, status: 'in_stock', source: 'received' }, { type: 'received', station: 'Dock 1' });
    });
    const after = await lastFeedSeq(d.db);
    const ids = await writeTransaction(d.db, async (trx) => {
      const mark = await ledgerMark(trx);
      await rows(trx, p.id);
      return appendLedgerFeedEvents(trx, base(null), mark, NOW);
    });
    expect(ids).toHaveLength(4);
    const events = await feedPage(d.db, after, 100, []);
    const common = { type: 'adjustment.applied', occurred_at: NOW, station: 'Dock 1', actor: 'api:erp', sku: 'CAM', serial: 'SN-A', qty: 1 };
    expect(events.map(({ id: _id, ...e }) => e)).toEqual([
      { ...common, document: { type: 'purchase_order', number: 'PO-7' }, from: null, to: null, details: { ledger: 'received', session_id: 3, unit_cost: null } },
      { ...common, document: { type: 'transfer', number: 'TR-1' }, from: 'MAIN/A-01', to: 'MAIN/B-02', details: { ledger: 'moved', from: 'MAIN/A-01', to: 'MAIN/B-02', note: 'ä "quoted"' } },
      { ...common, document: null, from: null, to: null, details: { ledger: 'own', from: '', to: 42 } },
      { ...common, document: null, from: null, to: null, details: { ledger: 'adjusted' } },
    ]);
  });

  it('the operation’s document on every event; an outbox row per webhook taking the type; nothing when no row was written', async () => {
    const p = await product(d.db, { sku: 'CAM' });
    await insertWebhook(d.db, { url: 'http://127.0.0.1:9/a', types: ['adjustment.applied'], sealedSecret: 'x' }, new Date());
    await insertWebhook(d.db, { url: 'http://127.0.0.1:9/b', types: ['receipt.scanned'], sealedSecret: 'x' }, new Date());
    const after = await lastFeedSeq(d.db);
    const ids = await writeTransaction(d.db, async (trx) => {
      const mark = await ledgerMark(trx);
      await rows(trx, p.id);
      return appendLedgerFeedEvents(trx, base({ type: 'transfer', number: 'TR-9' }), mark, NOW);
    });
    const events = await feedPage(d.db, after, 100, []);
    expect(events.map((e) => e.document)).toEqual(Array.from({ length: 4 }, () => ({ type: 'transfer', number: 'TR-9' })));
    const outbox = await d.db.selectFrom('webhook_outbox').select(['webhook_id', 'event_id']).orderBy('event_id').execute();
    expect(outbox.map((o) => Number(o.event_id))).toEqual(ids);
    expect(new Set(outbox.map((o) => o.webhook_id)).size).toBe(1);
    const none = await writeTransaction(d.db, async (trx) => appendLedgerFeedEvents(trx, base(null), await ledgerMark(trx), NOW));
    expect(none).toEqual([]);
    expect(await feedPage(d.db, after, 100, [])).toHaveLength(4);
  });
});
