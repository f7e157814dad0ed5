import { createWriteStream, readFileSync, renameSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { BundleEntry } from './collect';

/**
 * Writes the entries as a zip: first to `<out>.partial`, renamed into place when complete, so an
 * error leaves no half-written bundle behind.
 */
export async function writeZip(out: string, entries: BundleEntry[]): Promise<void> {
  const zip = new ZipFile();
  const mtime = new Date();
  for (const entry of entries) {
    // Copies of the logs are read whole: a log being appended to while streamed would not match its size.
    const body = 'json' in entry ? Buffer.from(`${JSON.stringify(entry.json, null, 2)}\n`) : readFileSync(entry.file);
    zip.addBuffer(body, entry.name, { mtime });
  }
  zip.end();
  const partial = `${out}.partial`;
  try {
    await pipeline(zip.outputStream, createWriteStream(partial, { mode: 0o600 }));
    renameSync(partial, out);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}
