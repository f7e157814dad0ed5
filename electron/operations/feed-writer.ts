import type { FeedEventType } from '../../shared/api/operation-events';
import { eventsOf } from '../../shared/api/operation-events';
import { appendFeedEvents, appendLedgerFeedEvents, ledgerMark, ledgerRowsSince, type FeedDraft, type LedgerFeedBase, type LedgerRow } from '../storage/repos/feed';
import { claimKey } from '../storage/repos/idempotency';
import type { Db } from '../storage/schema';
import { setCommitObserver } from '../storage/transaction';
import { currentOperation, unitsNamedIn, type FeedHint, type OperationScope } from './operation-scope';

/** Types that say something about one document as a whole: one event per operation. */
const DOCUMENT_LEVEL = new Set<FeedEventType>(['receipt.closed', 'shipment.shipped', 'transfer.completed', 'count.finished', 'document.created', 'document.updated']);

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' ? (v as Rec) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const place = (warehouse: unknown, bin: unknown): string | null => (str(warehouse) ? (str(bin) ? `${str(warehouse)}/${str(bin)}` : str(warehouse)) : null);

/** The operation's event type: a document write is `document.created` or `document.updated` by its result. */
function typeOf(scope: OperationScope, r: Rec): FeedEventType | undefined {
  const declared = eventsOf(scope.name).feed;
  if (declared.includes('document.created') && declared.includes('document.updated')) return r.created === true ? 'document.created' : 'document.updated';
  return declared[0];
}

/** The document an operation works on, from its input (or, when it creates one, its result). */
function documentOf(scope: OperationScope, input: Rec, result: Rec): { type: string; number: string } | null {
  const state = rec(result.state);
  const pairs: [string, unknown][] = [
    // The catalog's documents are its products.
    ['product', scope.name.startsWith('products.') ? input.sku : undefined],
    ['purchase_order', input.po_number],
    ['order', input.order_number ?? (input.rma_number === undefined ? undefined : null)],
    ['rma', input.rma_number ?? state.rma_number],
    ['transfer', input.transfer_number ?? result.transfer_number],
  ];
  for (const [type, number] of pairs) if (str(number)) return { type, number: number as string };
  return null;
}

/**
 * When the operation's events for this transaction are one per ledger row it wrote (or, with no
 * row, the one `feedDrafts` makes of its result), what they share; null when `feedDrafts` decides
 * alone (nothing to say, a document-level event, units the workflow named).
 */
export function ledgerFeedBase(scope: OperationScope, result: unknown, now: string, units: readonly FeedHint[]): LedgerFeedBase | null {
  const r = rec(result);
  const type = typeOf(scope, r);
  if (!type || r.verdict === 'rejected' || DOCUMENT_LEVEL.has(type) || units.length > 0) return null;
  return { type, occurred_at: now, station: scope.station ?? '', actor: scope.actor ?? null, document: documentOf(scope, rec(scope.input), r) };
}

/**
 * The operation's feed events for one transaction, made here when the database does not write
 * them from its ledger rows (appendLedgerFeedEvents): one per operation for a document-level event
 * (a closed receipt, a shipped order, a finished count or transfer; `ledger` holds the rows it
 * names), one per unit the workflow named, or — for a unit without a serial — one for the scan.
 */
export function feedDrafts(scope: OperationScope, result: unknown, ledger: readonly LedgerRow[], now: string, units: readonly FeedHint[] = []): FeedDraft[] {
  const r = rec(result);
  const type = typeOf(scope, r);
  if (!type) return [];
  // A rejected scan changes nothing: no event.
  if (r.verdict === 'rejected') return [];
  const input = rec(scope.input);
  const base = {
    type,
    occurred_at: now,
    station: scope.station ?? '',
    actor: scope.actor ?? null,
    document: documentOf(scope, input, r),
  };
  // Every draft is a plain literal: `{ ...base, document, sku, … }` measured ~7 µs per draft in
  // the serve process against well under 1 µs for a literal — 70 ms for a 10,000-serial write.
  const draft = (document: FeedDraft['document'], sku: string | null, serial: string | null, qty: number | null, from: string | null, to: string | null, details: Rec): FeedDraft => ({
    type: base.type,
    occurred_at: base.occurred_at,
    station: base.station,
    actor: base.actor,
    document,
    sku,
    serial,
    qty,
    from,
    to,
    details,
  });
  const at = place(input.warehouse ?? input.to_warehouse, input.bin ?? input.to_bin);
  if (DOCUMENT_LEVEL.has(type)) {
    if (scope.documentEventWritten) return [];
    scope.documentEventWritten = true;
    const details: Rec = ledger.length > 0 ? { serials: ledger.map((l) => ({ sku: l.sku, serial: l.serial })) } : {};
    for (const k of ['status', 'units', 'session_id', 'shipment_id', 'tracking_number', 'kind']) if (r[k] !== undefined) details[k] = r[k];
    return [draft(base.document, null, null, ledger.length > 0 ? ledger.length : null, null, type === 'count.finished' ? at : null, details)];
  }
  // Units named by the workflow (packed ones: no ledger row until they ship), one event each.
  if (units.length > 0) {
    return units.map((u) => draft(base.document, u.sku, u.serial ?? null, u.qty, null, null, {}));
  }
  const line = rec(r.line);
  // A product scan that now waits for its serial received nothing yet (its serial's row will).
  if (line.serial_required === true) return [];
  const hint = scope.hint;
  scope.hint = undefined;
  const sku = hint?.sku ?? str(line.sku) ?? str(r.sku) ?? str(input.sku);
  if (sku === null) return [];
  const qty = hint?.qty ?? (typeof input.qty === 'number' ? input.qty : 1);
  const action = str(input.action);
  return [draft(base.document, sku, hint?.serial ?? str(r.serial), qty, action === 'remove' ? at : null, action === 'remove' ? null : at, action ? { action, reason: input.reason ?? null } : {})];
}

/** Installs the writer: every operation's transactions write its feed events (and its Idempotency-Key) before COMMIT. */
export function installFeedWriter(): void {
  setCommitObserver({
    async start(trx) {
      const scope = currentOperation();
      if (!scope || eventsOf(scope.name).feed.length === 0) return undefined;
      return ledgerMark(trx as unknown as Db);
    },
    save() {
      const scope = currentOperation();
      return scope ? { scope, claimed: scope.idempotency?.claimed, documentEventWritten: scope.documentEventWritten, hint: scope.hint } : null;
    },
    restore(saved) {
      const s = saved as { scope: OperationScope; claimed?: { output: unknown }; documentEventWritten?: boolean; hint?: FeedHint } | null;
      if (!s) return;
      if (s.scope.idempotency) s.scope.idempotency.claimed = s.claimed;
      s.scope.documentEventWritten = s.documentEventWritten;
      s.scope.hint = s.hint;
    },
    async beforeCommit(trx, result, started) {
      const scope = currentOperation();
      if (!scope) return;
      const db = trx as unknown as Db;
      if (scope.idempotency && !scope.idempotency.claimed) {
        // The key and the operation's output commit with its work: a retry after a kill between
        // COMMIT and the reply finds them and does not do the work again.
        await claimKey(db, { scope: scope.idempotency.scope, key: scope.idempotency.key, request_hash: scope.idempotency.hash, output: result }, new Date());
        scope.idempotency.claimed = { output: result };
      }
      if (typeof started !== 'number') return;
      const now = new Date().toISOString();
      const units = unitsNamedIn(trx);
      const base = ledgerFeedBase(scope, result, now, units);
      // One event per ledger row, written by the database; without a row, the result's own event.
      if (base && (await appendLedgerFeedEvents(db, base, started, now)).length > 0) return;
      // Only a document-level event names rows (a rejected scan or a named unit reads none back).
      const type = base ? undefined : typeOf(scope, rec(result));
      const ledger = type && DOCUMENT_LEVEL.has(type) && rec(result).verdict !== 'rejected' ? await ledgerRowsSince(db, started) : [];
      await appendFeedEvents(db, feedDrafts(scope, result, ledger, now, units), now);
    },
  });
}
