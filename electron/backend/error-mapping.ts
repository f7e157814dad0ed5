import { StationError } from '../../shared/api/errors';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../../shared/api/requests/storage';
import { ConflictError, isBusyError, isPoolExhausted, StorageError, UnknownProductError, ValidationError } from '../storage/errors';
import { isStorageUnavailable } from '../storage/unavailable';

/** Domain errors from storage, as the station API reports them; null for unexpected errors. */
export function asStationError(err: unknown): StationError | null {
  if (err instanceof StationError) return err;
  // PostgreSQL down or refusing: the request's transaction never committed (a scan is refused).
  if (isStorageUnavailable(err)) return new StationError('unavailable', `${STORAGE_UNAVAILABLE_MESSAGE}.`, undefined, undefined, 'storage_unavailable');
  // Still locked after busy_timeout and the retries: say so in words, never "database is locked".
  if (isBusyError(err)) return new StationError('unavailable', 'The station database is busy (another program is writing to it, such as an import); try again in a moment.');
  if (isPoolExhausted(err)) return new StationError('unavailable', 'The station is busy (every database connection is in use); nothing was recorded, try again in a moment.');
  if (!(err instanceof StorageError)) return null;
  if (err instanceof UnknownProductError) return new StationError('unknown_product', err.message, err.issues);
  if (err instanceof ValidationError) return new StationError('validation', err.message, err.issues);
  if (err instanceof ConflictError) return new StationError('conflict', err.message, err.issues, err.conflicts);
  if (err.code === 'newer_schema') return new StationError('unavailable', err.message);
  if (err.code === 'not_found') return new StationError('not_found', err.message);
  return new StationError('validation', err.message);
}
