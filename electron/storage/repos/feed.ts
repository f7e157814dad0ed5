import { sql } from 'kysely';
import type { FeedEvent, FeedEventType } from '../../../shared/api/operation-events';
import { BulkInserter } from '../bulk-insert';
import { dialectOf } from '../dialect';
import { memoLast } from '../memo-last';
import { prepare, rowOf } from '../prepared';
import { cachedRead } from '../scan-cache';
import type { Db } from '../schema';

/** A feed event before it is written (no id yet). */
export type FeedDraft = Omit<FeedEvent, 'id'>;

/** A ledger row this transaction wrote, with its product's SKU and the serial's value. */
export interface LedgerRow {
  type: string;
  sku: string;
  serial: string;
  document_type: string | null;
  document_number: string | null;
  details: Record<string, unknown>;
}

/** Where this transaction's ledger rows start (SQLite: the last rowid; PostgreSQL: rows without `seq` are ours). */
const lastLedgerId = prepare((db, _: Record<string, never>) => db.selectFrom('serial_events').select((eb) => eb.fn.max('id').as('id')));

export async function ledgerMark(trx: Db): Promise<number> {
  if (dialectOf(trx) !== 'sqlite') return 0;
  const row = await lastLedgerId.first(trx, {});
  return Number(row?.id ?? 0);
}

/** The ledger rows written by this (open) transaction since `mark`. */
const ledgerRowsAfter = prepare((db, p: { mark: number }) => {
  const q = db
    .selectFrom('serial_events as e')
    .innerJoin('serials as s', 's.id', 'e.serial_id')
    .innerJoin('products as p', 'p.id', 'e.product_id')
    .select(['e.type', 'p.sku', 's.value as serial', 'e.document_type', 'e.document_number', 'e.details'])
    .orderBy('e.id');
  return dialectOf(db) === 'sqlite' ? q.where('e.id', '>', p.mark) : q.where('e.seq', 'is', null);
});

export async function ledgerRowsSince(trx: Db, mark: number): Promise<LedgerRow[]> {
  const rows = await ledgerRowsAfter.all(trx, { mark });
  // Rows of a bulk write repeat one details text: parsed once, the object shared (read-only from here on).
  const parse = memoLast(parseObject);
  return rows.map((r) => ({ ...r, details: parse(r.details) }));
}

function parseObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** What the feed events of an operation's ledger rows share. */
export interface LedgerFeedBase {
  type: FeedEventType;
  occurred_at: string;
  station: string;
  actor: string | null;
  /** The operation's document; null: each row's own (when it has both a type and a number). */
  document: { type: string; number: string } | null;
}

/**
 * One feed event per ledger row this transaction wrote since `mark`, oldest first, written by the
 * database itself (INSERT … SELECT): a scan, or a commission of 10,000 serials, reads none of its
 * rows back into JavaScript. Each event: the row's SKU and serial, qty 1, `from`/`to` from the
 * row's details when they are non-empty texts, details `{ ledger: <row type>, …row details }`.
 * Returns the events' ids, in ledger order (none: the transaction wrote no ledger row).
 */
export async function appendLedgerFeedEvents(trx: Db, base: LedgerFeedBase, mark: number, now: string): Promise<number[]> {
  const rows = await insertLedgerFeed.all(trx, {
    type: base.type,
    occurredAt: base.occurred_at,
    station: base.station,
    actor: base.actor,
    documentType: base.document?.type ?? null,
    documentNumber: base.document?.number ?? null,
    mark,
  });
  if (rows.length === 0) return [];
  // The statement's ids come from the rowid / sequence in the SELECT's order: sorted, they follow the ledger.
  const ids = rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  await queueForWebhooks(trx, ids.map((id) => ({ id, type: base.type })), now);
  return ids;
}

// Dialect-specific JSON: the row's details as an object (anything else counts as none) under the
// row's type as `ledger` (a `ledger` of the details' own wins, as in `{ ledger, ...details }`), and
// a details text field as a place only when it is a non-empty text.
const ledgerDetails = (db: Db) =>
  dialectOf(db) === 'sqlite'
    ? sql<string>`case when json_valid(e.details) then case when json_type(e.details) = 'object' then json_insert(e.details, '$.ledger', e.type) end end`
    : sql<string>`case when jsonb_typeof(e.details::jsonb) = 'object' then (jsonb_build_object('ledger', e.type) || e.details::jsonb)::text end`;
const ledgerPlace = (db: Db, key: 'from' | 'to') =>
  dialectOf(db) === 'sqlite'
    ? sql<string | null>`case when json_valid(e.details) then case when json_type(e.details, ${sql.lit(`$.${key}`)}) = 'text' and json_extract(e.details, ${sql.lit(`$.${key}`)}) <> '' then json_extract(e.details, ${sql.lit(`$.${key}`)}) end end`
    : sql<string | null>`case when jsonb_typeof(e.details::jsonb -> ${sql.lit(key)}) = 'string' and e.details::jsonb ->> ${sql.lit(key)} <> '' then e.details::jsonb ->> ${sql.lit(key)} end`;
const jsonOfLedgerType = (db: Db) => (dialectOf(db) === 'sqlite' ? sql<string>`json_object('ledger', e.type)` : sql<string>`jsonb_build_object('ledger', e.type)::text`);

const insertLedgerFeed = prepare(
  (db, p: { type: string; occurredAt: string; station: string; actor: string | null; documentType: string | null; documentNumber: string | null; mark: number }) => {
    const rows = db
      .selectFrom('serial_events as e')
      .innerJoin('serials as s', 's.id', 'e.serial_id')
      .innerJoin('products as p', 'p.id', 'e.product_id')
      .select([
        // Typed for PostgreSQL, which cannot tell a bare parameter's type in a select list.
        sql<string>`cast(${p.type} as text)`.as('type'),
        sql<string>`cast(${p.occurredAt} as text)`.as('occurred_at'),
        sql<string>`cast(${p.station} as text)`.as('station'),
        sql<string | null>`cast(${p.actor} as text)`.as('actor'),
        // The operation's document, else the row's own when it has both parts.
        sql<string | null>`case when cast(${p.documentType} as text) is not null then cast(${p.documentType} as text) when e.document_type <> '' and e.document_number <> '' then e.document_type end`.as('document_type'),
        sql<string | null>`case when cast(${p.documentType} as text) is not null then cast(${p.documentNumber} as text) when e.document_type <> '' and e.document_number <> '' then e.document_number end`.as('document_number'),
        'p.sku',
        's.value as serial',
        sql<number>`1`.as('qty'),
        ledgerPlace(db, 'from').as('from_place'),
        ledgerPlace(db, 'to').as('to_place'),
        sql<string>`coalesce(${ledgerDetails(db)}, ${jsonOfLedgerType(db)})`.as('details'),
      ])
      .orderBy('e.id');
    const ours = dialectOf(db) === 'sqlite' ? rows.where('e.id', '>', p.mark) : rows.where('e.seq', 'is', null);
    return db
      .insertInto('feed_events')
      .columns(['type', 'occurred_at', 'station', 'actor', 'document_type', 'document_number', 'sku', 'serial', 'qty', 'from_place', 'to_place', 'details'])
      .expression(ours)
      .returning('id');
  },
);

/** Writes feed events and, for each enabled webhook taking their type, an outbox row — in `trx`. */
export async function appendFeedEvents(trx: Db, drafts: readonly FeedDraft[], now: string): Promise<number[]> {
  if (drafts.length === 0) return [];
  const ids: number[] = [];
  // Many rows per statement (a commission of 10,000 serials is 10,000 events). The ids of one
  // statement come from the rowid / sequence in VALUES order: sorted, they follow the drafts.
  // Drafts of a bulk write share one details object (feedDrafts): serialised once.
  const stringify = memoLast((details: Record<string, unknown>) => JSON.stringify(details));
  if (drafts.length === 1) ids.push(Number((await insertFeedEvent.first(trx, feedRow(drafts[0]!, stringify)))!.id));
  else {
    // Ids rise through the statements (rowid / sequence), so sorted they follow the drafts.
    const rows = await new BulkInserter(trx, 'feed_events', FEED_ROWS_PER_INSERT, ['id']).insert(drafts.map((d) => feedRow(d, stringify)));
    ids.push(...rows.map((r) => Number(r.id)).sort((a, b) => a - b));
  }
  await queueForWebhooks(trx, drafts.map((d, i) => ({ id: ids[i]!, type: d.type })), now);
  return ids;
}

/** An outbox row for each enabled webhook taking the event's type. */
async function queueForWebhooks(trx: Db, events: readonly { id: number; type: string }[], now: string): Promise<void> {
  // Kept by a scan's cache while nothing writes (any webhook change moves its stamp).
  const hooks = await cachedRead(trx, 'webhooks.enabled', async () => (await enabledWebhooks.all(trx, {})).map((h) => ({ id: h.id, types: JSON.parse(h.types) as string[] })));
  const outbox = hooks.flatMap(({ id, types }) =>
    events.flatMap((e) => (types.length === 0 || types.includes(e.type) ? [{ webhook_id: id, event_id: e.id, next_attempt_at: now }] : [])),
  );
  for (let at = 0; at < outbox.length; at += OUTBOX_ROWS_PER_INSERT) await trx.insertInto('webhook_outbox').values(outbox.slice(at, at + OUTBOX_ROWS_PER_INSERT)).execute();
}

// The one-event case (a scan) and the webhooks, prepared: they run in every scan's transaction.
type FeedRow = ReturnType<typeof feedRow>;
const FEED_COLUMNS: Record<keyof FeedRow, true> = {
  type: true, occurred_at: true, station: true, actor: true, document_type: true, document_number: true,
  sku: true, serial: true, qty: true, from_place: true, to_place: true, details: true,
};
const insertFeedEvent = prepare((db, p: FeedRow) => db.insertInto('feed_events').values(rowOf(p, FEED_COLUMNS)).returning('id'));
const enabledWebhooks = prepare((db, _: Record<string, never>) => db.selectFrom('webhooks').select(['id', 'types']).where('enabled', '=', 1));

/** Rows per INSERT: 12 bound values a feed row, 3 an outbox row, well under either engine's limit. */
const FEED_ROWS_PER_INSERT = 500;
const OUTBOX_ROWS_PER_INSERT = 2000;

function feedRow(d: FeedDraft, stringify: (details: Record<string, unknown>) => string) {
  return {
    type: d.type,
    occurred_at: d.occurred_at,
    station: d.station,
    actor: d.actor,
    document_type: d.document?.type ?? null,
    document_number: d.document?.number ?? null,
    sku: d.sku,
    serial: d.serial,
    qty: d.qty,
    from_place: d.from,
    to_place: d.to,
    details: stringify(d.details),
  };
}

/** One page of committed events after `after` (a seq), oldest first; `types` empty = all. */
export async function feedPage(db: Db, after: number, limit: number, types: readonly FeedEventType[]): Promise<FeedEvent[]> {
  // SQLite: seq is the rowid `id` (walked without sorting); PostgreSQL: the commit-ordered seq.
  const order = dialectOf(db) === 'sqlite' ? 'id' : 'seq';
  let q = db.selectFrom('feed_events').selectAll().where(order, '>', after).orderBy(order).limit(limit);
  if (types.length > 0) q = q.where('type', 'in', [...types]);
  const rows = await q.execute();
  return rows.map((r) => toFeedEvent(r));
}

export function toFeedEvent(r: {
  seq: number | null;
  type: string;
  occurred_at: string;
  station: string;
  actor: string | null;
  document_type: string | null;
  document_number: string | null;
  sku: string | null;
  serial: string | null;
  qty: number | null;
  from_place: string | null;
  to_place: string | null;
  details: string;
}): FeedEvent {
  return {
    id: String(r.seq),
    type: r.type as FeedEventType,
    occurred_at: r.occurred_at,
    station: r.station,
    actor: r.actor,
    document: r.document_type && r.document_number ? { type: r.document_type, number: r.document_number } : null,
    sku: r.sku,
    serial: r.serial,
    qty: r.qty === null ? null : Number(r.qty),
    from: r.from_place,
    to: r.to_place,
    details: parseObject(r.details),
  };
}

/** The newest committed cursor (for `--follow` from now). */
export async function lastFeedSeq(db: Db): Promise<number> {
  const row = await db.selectFrom('feed_events').select(sql<number>`max(seq)`.as('seq')).executeTakeFirst();
  return Number(row?.seq ?? 0);
}
