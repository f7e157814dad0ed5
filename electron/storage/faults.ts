import { constants, accessSync, closeSync, existsSync, mkdirSync, openSync, statfsSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StorageFault } from '../../shared/api/errors';

/**
 * Storage faults: the disk is full, the data is read-only or not ours to write, the database is
 * busy past its timeout, or (PostgreSQL) unreachable. They are not bugs: the station reports them
 * in words (REST type `StorageError`, station-API code `storage`, CLI exit 74) and logs them.
 *
 * Named StorageFaultError because `StorageError` in errors.ts is the base of the domain errors
 * (not found, conflict, validation); over REST this one travels as `StorageError`.
 */

export const DISK_FULL_MESSAGE = 'The disk holding the station data is full; nothing was recorded.';

/** Seconds a client should wait before retrying when the database was busy past its timeout. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export class StorageFaultError extends Error {
  constructor(
    readonly fault: StorageFault,
    message: string,
    /** The file or directory concerned (null when unknown, e.g. a database server). */
    readonly path: string | null,
    /** The underlying reason in words, e.g. "read-only file system". */
    readonly reason: string,
    /** The driver's or the OS's error code (SQLITE_FULL, ENOSPC, 53100…): kept for retries. */
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'StorageFaultError';
  }

  get retryAfterSeconds(): number | undefined {
    return this.fault === 'busy' ? BUSY_RETRY_AFTER_SECONDS : undefined;
  }
}

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function faultOfCode(code: string): StorageFault | null {
  // SQLite (better-sqlite3 sets extended codes such as SQLITE_READONLY_DBMOVED).
  if (code === 'SQLITE_FULL') return 'disk_full';
  if (code.startsWith('SQLITE_READONLY')) return 'read_only';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'unavailable';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_IOERR')) return 'unavailable';
  // The file system (options file, exports).
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (code === 'EROFS') return 'read_only';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  // PostgreSQL SQLSTATEs and connection errors (i16 adds what it needs here).
  if (code === '53100') return 'disk_full';
  if (code === '25006') return 'read_only';
  if (code === '42501') return 'permission';
  if (code === '55P03' || code === '40P01') return 'busy';
  if (code.startsWith('08') || code.startsWith('57P') || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) {
    return 'unavailable';
  }
  return null;
}

const REASONS: Partial<Record<string, string>> = {
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is not a directory',
};

/** Below this much free room a disk that was full counts as still full (the probe's margin). */
const ROOM_AFTER_FULL = 1024 * 1024;

/** Throws the disk-full fault when the disk holding `dir` has less than 1 MiB free. */
export function assertRoom(dir: string): void {
  let free: number;
  try {
    const fs = statfsSync(dir);
    free = fs.bavail * fs.bsize;
  } catch {
    return;
  }
  if (free < ROOM_AFTER_FULL) throw new StorageFaultError('disk_full', DISK_FULL_MESSAGE, dir, 'no space left on the disk', 'ENOSPC');
}

/** Less room than a few database pages: SQLite reports that as an I/O error when it creates its files. */
function diskIsFull(path: string): boolean {
  try {
    const fs = statfsSync(existingAncestor(dirname(path)));
    return fs.bavail * fs.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

/**
 * Why a path cannot be written, found by trying (access bits say nothing for root, nor about a
 * read-only mount): null when a file can be created in its directory and the file is writable.
 */
export function unwritableReason(path: string, isDirectory = false): { code: string; reason: string } | null {
  const dir = isDirectory ? path : dirname(path);
  const probe = join(dir, `.scanbay-write-test-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
    if (!isDirectory) accessSync(path, constants.W_OK);
    return null;
  } catch (err) {
    const code = codeOf(err) ?? 'EIO';
    if (code === 'ENOENT' && !isDirectory) return null; // the file itself is created later
    if (code === 'EEXIST') return null;
    return { code, reason: REASONS[code] ?? (err instanceof Error ? err.message : code) };
  }
}

function message(fault: StorageFault, path: string | null, reason: string): string {
  const where = path === null ? 'The station data' : `The station data at ${path}`;
  switch (fault) {
    case 'disk_full':
      return DISK_FULL_MESSAGE;
    case 'busy':
      return 'The station database is busy (another program is writing to it, such as an import); nothing was recorded — try again in a moment.';
    case 'read_only':
    case 'permission':
      return `${where} cannot be written (${reason}); nothing was recorded.`;
    default:
      return `${where} cannot be used (${reason}); nothing was recorded.`;
  }
}

/**
 * Classifies a driver or file-system error as a storage fault, or null when it is something else
 * (a constraint, a bug). `path` is the database file or the file being written. A read-only or
 * "cannot open" error is checked against the path to name the cause (read-only mount, permission).
 */
export function classifyStorageError(err: unknown, path: string | null): StorageFaultError | null {
  if (err instanceof StorageFaultError) return err;
  const code = codeOf(err);
  if (code === undefined) return null;
  let fault = faultOfCode(code);
  if (fault === null) return null;
  let reason = REASONS[code] ?? (err instanceof Error ? err.message : code);
  if (fault === 'unavailable' && path !== null && diskIsFull(path)) fault = 'disk_full';
  else if ((fault === 'read_only' || fault === 'unavailable' || fault === 'permission') && path !== null && code.startsWith('SQLITE')) {
    const found = unwritableReason(path);
    if (found) {
      const fs = faultOfCode(found.code);
      if (fs !== null) fault = fs;
      else if (fault === 'unavailable') fault = 'permission';
      reason = found.reason;
    } else if (fault === 'read_only') {
      reason = 'the database was opened read-only';
    }
  }
  return new StorageFaultError(fault, message(fault, path, reason), path, reason, code);
}

/**
 * At an edge (station API, REST, CLI), with no path at hand: a StorageFaultError as it is, or a
 * database driver's own error classified. File-system codes (EACCES…) are not taken here: only
 * the code that wrote station data knows an EACCES was about station data.
 */
export function asStorageFault(err: unknown): StorageFaultError | null {
  if (err instanceof StorageFaultError) return err;
  const code = codeOf(err);
  if (code === undefined || !(code.startsWith('SQLITE_') || /^[0-9][0-9A-Z]{4}$/.test(code))) return null;
  return classifyStorageError(err, null);
}

/** The same fault met while opening a station: it says that ScanBay cannot start there, and why. */
export function startupFault(fault: StorageFaultError): StorageFaultError {
  const where = fault.path ?? 'the station data';
  const text =
    fault.fault === 'disk_full'
      ? `ScanBay cannot start: the disk holding ${where} is full.`
      : `ScanBay cannot start: ${where} cannot be ${fault.fault === 'unavailable' ? 'used' : 'written'} (${fault.reason}).`;
  return new StorageFaultError(fault.fault, text, fault.path, fault.reason, fault.code);
}

/**
 * A data dir the station can keep its data in: created when missing and writable (checked by
 * writing a file, which is what SQLite's WAL needs). Throws a StorageFaultError naming the path
 * and the cause.
 */
export function assertWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    // A recursive mkdir on a read-only mount says ENOENT: ask the nearest existing parent why.
    const cause = unwritableReason(existingAncestor(dir), true);
    const fault = cause ? faultOfCode(cause.code) : null;
    if (cause && fault) throw startupFault(new StorageFaultError(fault, '', dir, cause.reason, cause.code));
    const classified = classifyStorageError(err, dir);
    if (classified) throw startupFault(classified);
    throw err;
  }
  const found = unwritableReason(dir, true);
  if (found) {
    const fault = faultOfCode(found.code) ?? 'permission';
    throw startupFault(new StorageFaultError(fault, '', dir, found.reason, found.code));
  }
}

function existingAncestor(path: string): string {
  let dir = path;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
