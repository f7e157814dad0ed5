import { describe, expect, it } from 'vitest';
import { asStorageFault, classifyStorageError, DISK_FULL_MESSAGE, StorageFaultError } from '../../../electron/storage/faults';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('storage fault classification', () => {
  it('maps SQLite codes: full, read-only, busy, I/O', () => {
    const full = classifyStorageError(coded('SQLITE_FULL', 'database or disk is full'), '/data/scanbay.db');
    expect(full).toMatchObject({ fault: 'disk_full', message: DISK_FULL_MESSAGE, code: 'SQLITE_FULL' });
    const busy = classifyStorageError(coded('SQLITE_BUSY'), '/data/scanbay.db');
    expect(busy).toMatchObject({ fault: 'busy', retryAfterSeconds: 2, code: 'SQLITE_BUSY' });
    expect(busy?.message).not.toMatch(/locked/);
    expect(classifyStorageError(coded('SQLITE_READONLY_DBMOVED'), null)).toMatchObject({ fault: 'read_only' });
    expect(classifyStorageError(coded('SQLITE_IOERR_WRITE'), null)).toMatchObject({ fault: 'unavailable' });
    expect(classifyStorageError(coded('SQLITE_CONSTRAINT_UNIQUE'), null)).toBeNull();
    expect(classifyStorageError(new Error('no code'), null)).toBeNull();
  });

  it('maps file-system codes where station data is written, naming the path and the cause', () => {
    expect(classifyStorageError(coded('ENOSPC'), '/data/station-options.json')).toMatchObject({ fault: 'disk_full', message: DISK_FULL_MESSAGE });
    const ro = classifyStorageError(coded('EROFS'), '/data/station-options.json');
    expect(ro).toMatchObject({ fault: 'read_only', path: '/data/station-options.json', reason: 'read-only file system' });
    expect(ro?.message).toBe('The station data at /data/station-options.json cannot be written (read-only file system); nothing was recorded.');
    expect(classifyStorageError(coded('EACCES'), '/data/x')).toMatchObject({ fault: 'permission', reason: 'permission denied' });
  });

  it('leaves room for PostgreSQL: disk full, read-only transaction, unreachable server', () => {
    expect(classifyStorageError(coded('53100'), null)).toMatchObject({ fault: 'disk_full' });
    expect(classifyStorageError(coded('25006'), null)).toMatchObject({ fault: 'read_only' });
    expect(classifyStorageError(coded('ECONNREFUSED'), null)).toMatchObject({ fault: 'unavailable' });
    expect(classifyStorageError(coded('08006'), null)).toMatchObject({ fault: 'unavailable' });
  });

  it('at an edge takes only database errors: an EACCES there may be a serial port, not station data', () => {
    expect(asStorageFault(coded('EACCES'))).toBeNull();
    expect(asStorageFault(coded('EPERM'))).toBeNull();
    expect(asStorageFault(coded('SQLITE_FULL'))).toBeInstanceOf(StorageFaultError);
    expect(asStorageFault(coded('53100'))).toMatchObject({ fault: 'disk_full' });
  });
});
