import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a CSV file (string → UTF-8, or raw bytes) into `dir` and returns its path. */
export function csvFile(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
