import type { FeedEvent } from '../../../shared/api/operation-events';
import type { Db } from '../schema';
import { toFeedEvent } from './feed';
import { writeTransaction } from '../transaction';

export interface WebhookRow {
  id: number;
  url: string;
  types: string[];
  secret: string;
  enabled: boolean;
  created_at: string;
  failing_since: string | null;
  last_error: string | null;
  disabled_at: string | null;
}

const toRow = (r: { id: number; url: string; types: string; secret: string; enabled: number; created_at: string; failing_since: string | null; last_error: string | null; disabled_at: string | null }): WebhookRow => ({
  id: Number(r.id),
  url: r.url,
  types: JSON.parse(r.types) as string[],
  secret: r.secret,
  enabled: Number(r.enabled) === 1,
  created_at: r.created_at,
  failing_since: r.failing_since,
  last_error: r.last_error,
  disabled_at: r.disabled_at,
});

const COLUMNS = ['id', 'url', 'types', 'secret', 'enabled', 'created_at', 'failing_since', 'last_error', 'disabled_at'] as const;

export async function insertWebhook(db: Db, w: { url: string; types: readonly string[]; sealedSecret: string }, now: Date): Promise<number> {
  const row = await db
    .insertInto('webhooks')
    .values({ url: w.url, types: JSON.stringify(w.types), secret: w.sealedSecret, created_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listWebhooks(db: Db): Promise<WebhookRow[]> {
  return (await db.selectFrom('webhooks').select(COLUMNS).orderBy('id').execute()).map(toRow);
}

export async function getWebhook(db: Db, id: number): Promise<WebhookRow | undefined> {
  const r = await db.selectFrom('webhooks').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && toRow(r);
}

export async function deleteWebhook(db: Db, id: number): Promise<boolean> {
  return writeTransaction(db, async (trx) => {
    await trx.deleteFrom('webhook_outbox').where('webhook_id', '=', id).execute();
    const r = await trx.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  });
}

/**
 * Takes the delivery lease of a webhook (one process at a time delivers its outbox, in order,
 * across every station on the database): an atomic UPDATE, so no transaction stays open during
 * the HTTP call. True when this owner holds it until `until`.
 */
export async function takeLease(db: Db, id: number, owner: string, now: Date, until: Date): Promise<boolean> {
  const r = await db
    .updateTable('webhooks')
    .set({ lease_owner: owner, lease_until: until.toISOString() })
    .where('id', '=', id)
    .where('enabled', '=', 1)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString()), eb('lease_owner', '=', owner)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function releaseLease(db: Db, id: number, owner: string): Promise<void> {
  await db.updateTable('webhooks').set({ lease_owner: null, lease_until: null }).where('id', '=', id).where('lease_owner', '=', owner).execute();
}

export interface PendingBatch {
  rowIds: number[];
  attempts: number;
  nextAttemptAt: string;
  events: FeedEvent[];
}

/** The oldest undelivered outbox rows of a webhook, in event order (the head decides when to try). */
export async function pendingBatch(db: Db, webhookId: number, limit: number): Promise<PendingBatch | null> {
  const rows = await db
    .selectFrom('webhook_outbox as o')
    .innerJoin('feed_events as e', 'e.id', 'o.event_id')
    .select(['o.id as row_id', 'o.attempts', 'o.next_attempt_at', 'e.seq', 'e.type', 'e.occurred_at', 'e.station', 'e.actor', 'e.document_type', 'e.document_number', 'e.sku', 'e.serial', 'e.qty', 'e.from_place', 'e.to_place', 'e.details'])
    .where('o.webhook_id', '=', webhookId)
    .where('o.delivered_at', 'is', null)
    .orderBy('o.id')
    .limit(limit)
    .execute();
  const head = rows[0];
  if (!head) return null;
  return { rowIds: rows.map((r) => Number(r.row_id)), attempts: Number(head.attempts), nextAttemptAt: head.next_attempt_at, events: rows.map((r) => toFeedEvent(r)) };
}

export async function markDelivered(db: Db, webhookId: number, rowIds: number[], now: Date): Promise<void> {
  await writeTransaction(db, async (trx) => {
    await trx.updateTable('webhook_outbox').set({ delivered_at: now.toISOString(), last_error: null }).where('id', 'in', rowIds).execute();
    await trx.updateTable('webhooks').set({ failing_since: null, last_error: null }).where('id', '=', webhookId).execute();
  });
}

/** A failed attempt: retried at `next`, or the webhook disabled once it has failed for `disableAfterMs`. */
export async function markFailed(db: Db, webhookId: number, rowIds: number[], error: string, now: Date, next: Date, disableAfterMs: number): Promise<{ disabled: boolean }> {
  return writeTransaction(db, async (trx) => {
    await trx
      .updateTable('webhook_outbox')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: next.toISOString(), last_error: error }))
      .where('id', 'in', rowIds)
      .execute();
    const w = await trx.selectFrom('webhooks').select('failing_since').where('id', '=', webhookId).executeTakeFirst();
    const since = w?.failing_since ?? now.toISOString();
    const disabled = now.getTime() - Date.parse(since) >= disableAfterMs;
    await trx
      .updateTable('webhooks')
      .set({ failing_since: since, last_error: error, ...(disabled ? { enabled: 0, disabled_at: now.toISOString() } : {}) })
      .where('id', '=', webhookId)
      .execute();
    return { disabled };
  });
}

/**
 * Turns a webhook on again (after it was disabled for failing 24 h): its failure record starts
 * afresh and its undelivered outbox is due now. Events written while it was off were never queued
 * for it (the receiver reads them from the feed). False when there is no such webhook.
 */
export async function enableWebhook(db: Db, webhookId: number, now: Date): Promise<boolean> {
  return writeTransaction(db, async (trx) => {
    const r = await trx.updateTable('webhooks').set({ enabled: 1, disabled_at: null, failing_since: null, last_error: null }).where('id', '=', webhookId).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return false;
    await trx.updateTable('webhook_outbox').set({ next_attempt_at: now.toISOString() }).where('webhook_id', '=', webhookId).where('delivered_at', 'is', null).execute();
    return true;
  });
}

export async function enabledWebhookIds(db: Db): Promise<number[]> {
  return (await db.selectFrom('webhooks').select('id').where('enabled', '=', 1).orderBy('id').execute()).map((r) => Number(r.id));
}
