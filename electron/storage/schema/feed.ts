import type { Generated } from 'kysely';

/** Tables of migration 15 (event feed, webhooks, idempotency). */
export interface FeedEventsTable {
  id: Generated<number>;
  /** The cursor: strictly increasing in COMMIT order (null only inside the writing transaction on PostgreSQL). */
  seq: Generated<number | null>;
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
}

export interface WebhooksTable {
  id: Generated<number>;
  url: string;
  types: string;
  /** Sealed with the station key (crypto/secrets.ts). */
  secret: string;
  enabled: Generated<number>;
  created_at: string;
  failing_since: string | null;
  last_error: string | null;
  disabled_at: string | null;
  lease_owner: string | null;
  lease_until: string | null;
}

export interface WebhookOutboxTable {
  id: Generated<number>;
  webhook_id: number;
  event_id: number;
  attempts: Generated<number>;
  next_attempt_at: string;
  delivered_at: string | null;
  last_error: string | null;
}

export interface IdempotencyKeysTable {
  key: string;
  scope: string;
  request_hash: string;
  status: number;
  reply: string;
  created_at: string;
}
