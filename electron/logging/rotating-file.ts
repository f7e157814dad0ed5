import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmdirSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { rotatedPath } from './paths';

export interface RotatingFileOptions {
  /** The active file is rotated once it reaches this size. */
  maxBytes: number;
  /** Rotated files kept beside the active one (`.1` newest … `.keep` oldest). */
  keep: number;
}

const LOCK_STALE_MS = 10_000;

/**
 * A size-capped log file shared by several processes (the app, its backend, `scanbay serve`, CLI
 * commands), written synchronously so a crash's last line is on disk before the process dies.
 * Every process appends (O_APPEND: whole lines never interleave); whoever finds the file full
 * rotates it under a lock directory, and the others notice the new file by its inode and reopen.
 * (pino-roll numbers every file and rolls per process, so no fixed `scanbay.log` path and no
 * coordination between writers.)
 */
export class RotatingFile {
  #fd: number | null = null;
  #ino = -1;

  constructor(
    readonly path: string,
    private readonly opts: RotatingFileOptions,
  ) {
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    } catch {
      // An unwritable data dir: the station refuses to start and says why (storage/faults.ts);
      // logging must not be what fails first. Writes are dropped until the directory exists.
    }
  }

  /** Appends one line. Never throws: logging must not take the station down. */
  write(line: string): void {
    try {
      const fd = this.#open();
      if (fstatSync(fd).size >= this.opts.maxBytes) this.#rotate();
      writeSync(this.#open(), line);
    } catch {
      // disk full or log dir gone: the line is lost, the station goes on
    }
  }

  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }

  #open(): number {
    if (this.#fd !== null) {
      if (inode(this.path) === this.#ino) return this.#fd;
      this.close(); // another process rotated: our descriptor points at a rotated file
    }
    const fd = openSync(this.path, 'a', 0o600);
    this.#fd = fd;
    this.#ino = fstatSync(fd).ino;
    return fd;
  }

  #rotate(): void {
    const lock = `${this.path}.lock`;
    if (!acquire(lock)) return; // another process is rotating; keep appending meanwhile
    try {
      const st = statOrNull(this.path);
      // Re-check under the lock: someone may have rotated between our size check and now.
      if (st && st.size >= this.opts.maxBytes) {
        for (let n = this.opts.keep - 1; n >= 1; n--) renameIfExists(rotatedPath(this.path, n), rotatedPath(this.path, n + 1));
        if (this.opts.keep >= 1) renameSync(this.path, rotatedPath(this.path, 1));
      }
    } finally {
      rmdirSync(lock);
    }
    this.close();
  }
}

function acquire(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    const st = statOrNull(lock);
    if (st && Date.now() - st.mtimeMs > LOCK_STALE_MS) {
      // left by a process that died while rotating
      try {
        rmdirSync(lock);
        mkdirSync(lock);
        return true;
      } catch {
        return false;
      }
    }
    return false;
  }
}

function inode(path: string): number {
  return statOrNull(path)?.ino ?? -1;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function renameIfExists(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
