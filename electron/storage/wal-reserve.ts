import { closeSync, fdatasyncSync, ftruncateSync, fstatSync, openSync, writeSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * SQLite-specific: the WAL file made its working size when a long-running station opens.
 *
 * SQLite deletes the WAL when the last connection closes, so after every start the WAL grows again
 * until the checkpointer's cap (~40 MB). While it grows, each commit appends to the file, and on
 * ext4 the commit's sync then also journals the new blocks and size: measured here, 24–31 of the
 * 45 slowest of 3,000 scans after a start were such commits (2–4.5 ms), against a few once the WAL
 * is overwritten in place. Writing the file out to its working size first (zeros past the valid
 * frames, which SQLite ignores: a frame counts only with the header's salt and a valid checksum)
 * leaves every later commit an overwrite.
 *
 * Bytes are written only past the file's end and only under the write lock (BEGIN IMMEDIATE, then
 * ROLLBACK), so no connection of any process can be appending frames meanwhile. SQLite holds no
 * POSIX lock on the WAL file itself (its locks are on the database and -shm files), so opening and
 * closing it here releases nothing of SQLite's.
 */

export type WalReserve =
  | { reserved: true; from: number; to: number }
  | { reserved: false; why: 'large_enough' | 'busy' | 'no_wal' | 'write_failed'; message?: string };

const CHUNK = 1 << 20;

export function reserveWal(sqlite: BetterSqlite3.Database, bytes: number): WalReserve {
  const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  // Another process writing now: not worth waiting for at start; the WAL simply grows as before.
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.exec('begin immediate');
  } catch {
    return { reserved: false, why: 'busy' };
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
  }
  try {
    return extend(`${sqlite.name}-wal`, bytes);
  } finally {
    sqlite.exec('rollback');
  }
}

function extend(wal: string, bytes: number): WalReserve {
  let fd: number;
  try {
    fd = openSync(wal, 'r+');
  } catch (err) {
    return { reserved: false, why: 'no_wal', message: (err as Error).message };
  }
  try {
    const from = fstatSync(fd).size;
    if (from >= bytes) return { reserved: false, why: 'large_enough' };
    const zeros = Buffer.alloc(CHUNK);
    try {
      for (let at = from; at < bytes; at += CHUNK) writeSync(fd, zeros, 0, Math.min(CHUNK, bytes - at), at);
      // The new blocks and size reach the disk's journal now, not with the first scan's commit.
      fdatasyncSync(fd);
    } catch (err) {
      // A full disk: give the space back (only zeros were written past the frames).
      try {
        ftruncateSync(fd, from);
      } catch {
        // The zeros stay: SQLite ignores them and writes over them.
      }
      return { reserved: false, why: 'write_failed', message: (err as Error).message };
    }
    return { reserved: true, from, to: bytes };
  } finally {
    closeSync(fd);
  }
}
