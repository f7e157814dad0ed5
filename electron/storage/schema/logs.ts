import type { Generated } from 'kysely';

/** Every scan, accepted or rejected. */
export interface ScanLogTable {
  id: Generated<number>;
  at: string;
  station: string;
  user_id: number | null;
  workflow: string;
  document_type: string | null;
  document_number: string | null;
  raw_code: string;
  verdict: 'accepted' | 'rejected';
  reason: string | null;
  message: string | null;
}

/** Overrides, replacements, option changes: who, what, why. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  station: string | null;
  action: string;
  subject: string | null;
  reason: string | null;
  /** JSON object text. */
  details: string | null;
}

export interface ApiKeysTable {
  id: Generated<number>;
  name: string;
  key: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  key_id: number;
  token_hash: string;
  kind: 'static' | 'dynamic';
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface ApiChannelsTable {
  id: Generated<number>;
  key_id: number;
  name: string | null;
  channel_key_hash: string;
  created_at: string;
  revoked_at: string | null;
}
