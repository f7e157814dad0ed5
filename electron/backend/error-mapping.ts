import { StationError } from '../../shared/api/errors';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../../shared/api/requests/storage';
import { ConflictError, isPoolExhausted, StorageError, UnknownProductError, ValidationError } from '../storage/errors';
import { asStorageFault } from '../storage/faults';
import { isStorageUnavailable } from '../storage/unavailable';

/** Domain errors from storage, as the station API reports them; null for unexpected errors. */
export function asStationError(err: unknown): StationError | null {
  if (err instanceof StationError) return err;
  // PostgreSQL down or refusing: the request's transaction never committed (a scan is refused).
  if (isStorageUnavailable(err)) return StationError.storage('unavailable', `${STORAGE_UNAVAILABLE_MESSAGE}.`);
  // Disk full, read-only, busy past busy_timeout and the retries…: in words, never "database is locked".
  const fault = asStorageFault(err);
  if (fault) return StationError.storage(fault.fault, fault.message);
  if (isPoolExhausted(err)) return StationError.storage('busy', 'The station is busy (every database connection is in use); nothing was recorded, try again in a moment.');
  if (!(err instanceof StorageError)) return null;
  if (err instanceof UnknownProductError) return new StationError('unknown_product', err.message, err.issues);
  if (err instanceof ValidationError) return new StationError('validation', err.message, err.issues);
  if (err instanceof ConflictError) return new StationError('conflict', err.message, err.issues, err.conflicts);
  if (err.code === 'newer_schema') return new StationError('unavailable', err.message);
  if (err.code === 'not_found') return new StationError('not_found', err.message);
  return new StationError('validation', err.message);
}
