import { statSync } from 'node:fs';
import type { ReadProgress } from './csv-rows';

/** Files at least this large get progress lines on stderr. */
export const LARGE_FILE_BYTES = 1024 * 1024;
const INTERVAL_MS = 1000;

/**
 * A progress reporter for `scanbay import`: for a large file, a line at most every second while
 * reading and one when the whole file is read, e.g. `scanbay import: 250000 rows read (42%)`.
 * Small files stay quiet.
 */
export function progressReporter(path: string, write: (line: string) => void, now: () => number = Date.now) {
  let total = 0;
  try {
    total = statSync(path).size;
  } catch {
    return undefined;
  }
  if (total < LARGE_FILE_BYTES) return undefined;
  let last = now();
  let finished = false;
  return (p: ReadProgress): void => {
    if (finished) return;
    const t = now();
    if (!p.done && t - last < INTERVAL_MS) return;
    last = t;
    finished = p.done;
    // Bytes are counted as read, ahead of the parser: only the end is 100%.
    const pct = p.done ? 100 : Math.min(99, Math.floor((p.bytes / total) * 100));
    write(`scanbay import: ${p.rows} rows read (${pct}%)`);
  };
}
