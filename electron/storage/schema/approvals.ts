import type { Generated } from 'kysely';

/** Tables of migration 12 (robustness). Wrong approval PINs per requester (migration 12): `user:<id>`, `api:<key name>` or `station:<name>`. */
export interface ApprovalPinLockoutsTable {
  id: Generated<number>;
  subject: string;
  user_id: number | null;
  failed_count: Generated<number>;
  locked_until: string | null;
  updated_at: string;
}

/** A serial import committed in chunks (migration 12); see repos/import-journal.ts. */
export interface ImportsTable {
  id: Generated<number>;
  kind: string;
  file: string;
  state: 'committing' | 'done' | 'rolled_back';
  rows: number;
  committed: Generated<number>;
  pid: number;
  host: string;
  station: string | null;
  started_at: string;
  finished_at: string | null;
}
