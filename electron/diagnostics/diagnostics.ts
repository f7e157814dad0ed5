import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DiagnosticsBundle } from '../../shared/api/requests/station';
import type { Station } from '../backend/station';
import { collectDiagnostics } from './collect';
import { writeZip } from './zip';

/** Where the app and browser mode save bundles: `<dataDir>/diagnostics/`. */
export function diagnosticsDir(dataDir: string): string {
  return join(dataDir, 'diagnostics');
}

/** `scanbay-diagnostics-20260105-143012.zip` (local time). */
export function diagnosticsFileName(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `scanbay-diagnostics-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.zip`;
}

export const DIAGNOSTICS_FILE = /^scanbay-diagnostics-\d{8}-\d{6}\.zip$/;

/** Writes a diagnostics zip to `out` (see collectDiagnostics for what it holds). */
export async function writeDiagnostics(out: string, dataDir: string, station: Station | null, openError: string | null = null): Promise<DiagnosticsBundle> {
  const entries = await collectDiagnostics(dataDir, station, openError);
  await writeZip(out, entries);
  station?.logger.info({ path: out }, 'diagnostics saved');
  return { path: out, fileName: basename(out), files: entries.map((e) => e.name) };
}

/** Settings → About → "Save diagnostics": a new bundle in the data dir's diagnostics folder. */
export async function saveDiagnostics(station: Station): Promise<DiagnosticsBundle> {
  const dir = diagnosticsDir(station.dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return writeDiagnostics(join(dir, diagnosticsFileName()), station.dataDir, station);
}
