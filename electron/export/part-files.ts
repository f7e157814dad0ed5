import { randomBytes } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * An export is written to `.NAME.<pid>.<random>.part` beside its target and renamed into place at
 * the end. A process killed meanwhile (kill -9, power loss) leaves its part file behind; the next
 * export into that directory removes every part file whose process is gone.
 */

const PART = /^\..+\.(\d+)\.[0-9a-f]{12}\.part$/;
/** Part files named before the pid was part of the name: stale once nobody wrote them for this long. */
const LEGACY_PART = /^\..+\.[0-9a-f]{12}\.part$/;
const LEGACY_IDLE_MS = 10 * 60_000;

export function partFileFor(dir: string, out: string): string {
  return join(dir, `.${basename(out)}.${process.pid}.${randomBytes(6).toString('hex')}.part`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the part files in `dir` left by exports that are no longer running; returns how many. */
export async function removeStaleParts(dir: string, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = PART.exec(name);
    let stale = m !== null && !alive(Number(m[1]));
    if (m === null && LEGACY_PART.test(name)) {
      const s = await stat(join(dir, name)).catch(() => null);
      stale = s !== null && now - s.mtimeMs > LEGACY_IDLE_MS;
    }
    if (!stale) continue;
    await rm(join(dir, name), { force: true }).catch(() => undefined);
    removed++;
  }
  return removed;
}
