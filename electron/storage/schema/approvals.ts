import type { Generated } from 'kysely';

/** Wrong approval PINs per requester (migration 12): `user:<id>`, `api:<key name>` or `station:<name>`. */
export interface ApprovalPinLockoutsTable {
  id: Generated<number>;
  subject: string;
  user_id: number | null;
  failed_count: Generated<number>;
  locked_until: string | null;
  updated_at: string;
}
