import { StationError } from '../../shared/api/errors';
import { english, msg, type Message, type MessageArgs } from '../../shared/i18n/message';
import type { MessageKey } from '../../shared/i18n/catalog';
import { ConflictError, isPoolExhausted, NewerSchemaError, StorageError, UnknownProductError, ValidationError } from '../storage/errors';
import { asStorageFault, type StorageFaultError } from '../storage/faults';
import { isStorageUnavailable } from '../storage/unavailable';

/** Domain errors from storage, as the station API reports them; null for unexpected errors. */
export function asStationError(err: unknown): StationError | null {
  if (err instanceof StationError) return err;
  // PostgreSQL down or refusing: the request's transaction never committed (a scan is refused).
  if (isStorageUnavailable(err)) return StationError.storage('unavailable', msg('errors-station.storage.unreachable'));
  // Disk full, read-only, busy past busy_timeout and the retries…: in words, never "database is locked".
  const fault = asStorageFault(err);
  if (fault) return StationError.storage(fault.fault, faultText(fault));
  if (isPoolExhausted(err)) return StationError.storage('busy', msg('errors-station.storage.poolBusy'));
  if (!(err instanceof StorageError)) return null;
  const text = sentenceOf(err);
  if (err instanceof UnknownProductError) return new StationError('unknown_product', text, err.issues);
  if (err instanceof ValidationError) return new StationError('validation', text, err.issues);
  if (err instanceof ConflictError) return new StationError('conflict', text, err.issues, err.conflicts);
  if (err instanceof NewerSchemaError) return new StationError('unavailable', msg('errors-station.storage.newerSchema', { found: err.found, known: err.known }));
  if (err.code === 'newer_schema') return new StationError('unavailable', text);
  if (err.code === 'not_found') return new StationError('not_found', text);
  return new StationError('validation', text);
}

/** A storage error's sentence: its message (`text`) when it was made from one, so it is read in the reader's language. */
function sentenceOf(err: StorageError): string | Message {
  return err.text ?? err.message;
}

/** The reasons electron/storage/faults.ts gives in words; any other reason is the system's own. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  'read-only file system': 'errors-station.storage.reason.readOnlyFileSystem',
  'permission denied': 'errors-station.storage.reason.permissionDenied',
  'operation not permitted': 'errors-station.storage.reason.notPermitted',
  'no space left on the disk': 'errors-station.storage.reason.noSpace',
  'disk quota exceeded': 'errors-station.storage.reason.quotaExceeded',
  'it does not exist': 'errors-station.storage.reason.missing',
  'a part of the path is not a directory': 'errors-station.storage.reason.notDirectory',
  'the database was opened read-only': 'errors-station.storage.reason.openedReadOnly',
};

/**
 * A storage fault's sentence as a message (read in the reader's language), made from its fault,
 * path and reason; its own text when the message would not say exactly the same in English
 * (e.g. a start-up fault), so what the station said stays what it says.
 */
function faultText(fault: StorageFaultError): string | Message {
  const key = REASONS[fault.reason];
  const reason = key === undefined ? fault.reason : msg(key);
  const params: MessageArgs = fault.path === null ? { reason } : { path: fault.path, reason };
  let text: Message;
  switch (fault.fault) {
    case 'disk_full':
      text = msg('errors-station.storage.diskFull');
      break;
    case 'busy':
      text = msg('errors-station.storage.busy');
      break;
    case 'read_only':
    case 'permission':
      text = msg(fault.path === null ? 'errors-station.storage.cannotWrite' : 'errors-station.storage.cannotWriteAt', params);
      break;
    default:
      text = msg(fault.path === null ? 'errors-station.storage.cannotUse' : 'errors-station.storage.cannotUseAt', params);
  }
  return english(text) === fault.message ? text : fault.message;
}
