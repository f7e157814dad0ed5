import type { Generated } from 'kysely';
import type { UserRole } from '../../../shared/domain/types';

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: UserRole;
  /** `scrypt$N$r$p$salt$hash`, base64 parts; never the PIN. */
  pin_hash: string;
  failed_pin_count: Generated<number>;
  locked_until: string | null;
  created_at: string;
  disabled_at: string | null;
  /** Keyed hash of the user's badge code (migration 11); a badge signs its user in. */
  badge_hash: string | null;
}
