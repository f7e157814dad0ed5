import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real storage faults for tests: a small tmpfs that can be filled (a genuinely full disk), and a
 * directory made read-only (a read-only bind mount as root, whom file modes do not stop; chmod
 * otherwise). Mounting needs root and a kernel that allows it: `smallDisk` returns null when it
 * cannot, and callers fall back to SQLite's `max_page_count` (a genuine SQLITE_FULL).
 */

const isRoot = process.getuid?.() === 0;

function tryRun(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface SmallDisk {
  dir: string;
  /** Writes a filler file until the disk is full. */
  fill(): void;
  /** Deletes the filler: the disk has room again. */
  free(): void;
  dispose(): void;
}

export function smallDisk(sizeKiB: number): SmallDisk | null {
  // SCANBAY_TEST_NO_MOUNT=1 tries the fallback where mounting works.
  if (!isRoot || process.env.SCANBAY_TEST_NO_MOUNT === '1') return null;
  const dir = mkdtempSync(join(tmpdir(), 'scanbay-disk-'));
  if (!tryRun('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', dir])) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) writeSync(fd, block);
      } catch {
        // ENOSPC: full; top up with small writes so not even a page is left.
        try {
          for (;;) writeSync(fd, block.subarray(0, 512));
        } catch {
          /* full */
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    dispose() {
      tryRun('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Makes `dir` (and what is in it) read-only until the returned function is called. */
export function makeReadOnly(dir: string): () => void {
  if (isRoot && tryRun('mount', ['--bind', dir, dir])) {
    if (tryRun('mount', ['-o', 'remount,bind,ro', dir])) return () => void tryRun('umount', ['-l', dir]);
    tryRun('umount', ['-l', dir]);
  }
  const modes = new Map<string, number>();
  for (const name of ['', ...readdirSync(dir)]) {
    const path = join(dir, name);
    modes.set(path, statSync(path).mode & 0o777);
    chmodSync(path, statSync(path).isDirectory() ? 0o555 : 0o444);
  }
  return () => {
    for (const [path, mode] of modes) chmodSync(path, mode);
  };
}

/** True when file modes alone cannot stop this process from writing (root without mounts). */
export function cannotMakeReadOnly(): boolean {
  if (!isRoot) return false;
  const dir = mkdtempSync(join(tmpdir(), 'scanbay-ro-check-'));
  mkdirSync(join(dir, 'x'));
  const restore = makeReadOnly(join(dir, 'x'));
  let writable = true;
  try {
    closeSync(openSync(join(dir, 'x', 'probe'), 'w'));
  } catch {
    writable = false;
  }
  restore();
  rmSync(dir, { recursive: true, force: true });
  return writable;
}
