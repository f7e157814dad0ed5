import { z } from 'zod';
import { request } from '../define';

/** Where the station's data is (Settings → Storage) and whether it can be reached right now. */
export interface StorageStatus {
  kind: 'sqlite' | 'postgres';
  /** `sqlite:PATH` or `postgres://user:***@host:port/db`: the password is never sent. */
  database: string;
  /** Which setting chose it: `--database`, $SCANBAY_DATABASE_URL, the station config, or the default file. */
  chosenBy: 'flag' | 'env' | 'config' | 'default';
  /** The stable id of this station (its data dir). */
  stationId: string;
  poolSize: number;
  available: boolean;
  /** Why not, when not available. */
  message: string | null;
}

export interface StorageConfigured {
  database: string;
  /** The running station keeps its current database until it is restarted. */
  restartRequired: true;
  /** The environment or a command-line flag chooses another database and will still win. */
  overriddenBy: 'flag' | 'env' | null;
}

/** The banner text while the database cannot be reached (also the storage_unavailable refusal). */
export const STORAGE_UNAVAILABLE_MESSAGE = 'Database unreachable — nothing was recorded';

export const storageRequests = {
  'storage.status': request<StorageStatus>()(z.object({}).strict()),
  /**
   * Chooses the database for this station (kept in the data dir's station config, not in the
   * database): checked first (connects, applies migrations), effective after a restart.
   * `url`: `sqlite:` (the data dir's file), `sqlite:PATH` or `postgres://user:password@host:port/db`.
   */
  'storage.configure': request<StorageConfigured>()(
    z.object({ url: z.string().trim().min(1).max(2000), poolSize: z.number().int().min(1).max(100).optional() }).strict(),
  ),
};
