import { StationError } from '../../shared/api/errors';
import { ConflictError, StorageError, UnknownProductError, ValidationError } from '../storage/errors';
import { asStorageFault } from '../storage/faults';

/** Domain errors from storage, as the station API reports them; null for unexpected errors. */
export function asStationError(err: unknown): StationError | null {
  if (err instanceof StationError) return err;
  // Disk full, read-only, busy past busy_timeout and the retries…: in words, never "database is locked".
  const fault = asStorageFault(err);
  if (fault) return StationError.storage(fault.fault, fault.message);
  if (!(err instanceof StorageError)) return null;
  if (err instanceof UnknownProductError) return new StationError('unknown_product', err.message, err.issues);
  if (err instanceof ValidationError) return new StationError('validation', err.message, err.issues);
  if (err instanceof ConflictError) return new StationError('conflict', err.message, err.issues, err.conflicts);
  if (err.code === 'newer_schema') return new StationError('unavailable', err.message);
  if (err.code === 'not_found') return new StationError('not_found', err.message);
  return new StationError('validation', err.message);
}
