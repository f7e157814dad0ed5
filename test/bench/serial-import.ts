// Opening-stock import of 100,000 random serials into a seeded ledger: ScanBay's import (in its own
// process, serial-import-child.ts) against the sqlite3 shell doing the same work on a copy of the
// same database (import-baseline.ts). The first round proves both wrote the same rows; the two run
// alternately over a few rounds and their medians are compared.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { importedRows, shellImportScript, topSerialId } from './import-baseline';
import { alternation } from './schedule';
import { runBenchChild } from './child-process';
import { PRODUCTS, seedLedgerFile } from './seed-ledger';
import { benchSerial, SERIAL_STREAMS } from './serials';
import { median, nowMs, round } from './stats';
import type { BenchContext, BenchResult } from './types';

const ROWS = 100_000;
const ROUNDS = 3;
const CHILD = fileURLToPath(new URL('./serial-import-child.ts', import.meta.url));

function scanbayImport(db: string, csv: string): number {
  const { ms, ok, errors } = JSON.parse(runBenchChild(CHILD, [db, csv], 'the bench import process')) as { ms: number; ok: boolean; errors: unknown[] };
  if (!ok) throw new Error(`bench import failed: ${JSON.stringify(errors)}`);
  return ms;
}

/** Wall time of the sqlite3 shell running a script on a database (ms). */
function shell(db: string, script: string): number {
  const t0 = nowMs();
  const r = spawnSync('sqlite3', ['-bail', db], { input: script, encoding: 'utf8' });
  const ms = nowMs() - t0;
  if (r.status !== 0) throw new Error(`sqlite3 failed: ${r.stderr.slice(0, 500)}`);
  return ms;
}

export async function serialImport(ctx: BenchContext, n: number): Promise<BenchResult[]> {
  const seeded = join(ctx.tmpDir, 'seeded.db');
  seedLedgerFile(seeded, n);
  const top = topSerialId(seeded);

  const lines = ['sku,serial,warehouse,bin'];
  for (let i = 0; i < ROWS; i++) lines.push(`P${i % PRODUCTS},${benchSerial(SERIAL_STREAMS.importFile, i)},MAIN,B-${i % 50}`);
  const csv = join(ctx.tmpDir, 'serials.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const script = `${shellImportScript(csv, 'serials.csv', new Date().toISOString()).join('\n')}\n`;
  // The shell's process start and open, taken off its time (ScanBay's are not in its time either).
  const startup = Math.min(...[0, 1, 2].map(() => shell(seeded, 'pragma foreign_keys = on;\nselect 1;\n')));

  const ours: number[] = [];
  const theirs: number[] = [];
  for (const [r, order] of alternation(['scanbay', 'shell'] as const, ROUNDS).entries()) {
    const copies = { scanbay: join(ctx.tmpDir, `scanbay-${r}.db`), shell: join(ctx.tmpDir, `shell-${r}.db`) };
    for (const tool of order) {
      copyFileSync(seeded, copies[tool]);
      if (tool === 'scanbay') ours.push(scanbayImport(copies.scanbay, csv));
      else theirs.push(Math.max(0, shell(copies.shell, script) - startup));
    }
    if (r === 0) {
      const a = importedRows(copies.scanbay, top);
      const b = importedRows(copies.shell, top);
      if (a.serials?.rows !== ROWS) throw new Error(`ScanBay imported ${a.serials?.rows} of ${ROWS} serials`);
      const differ = Object.keys(a).filter((t) => !isDeepStrictEqual(a[t], b[t]));
      if (differ.length > 0) throw new Error(`the sqlite3 baseline did not write what ScanBay wrote (${differ.join(', ')}): fix import-baseline.ts`);
    }
    for (const file of Object.values(copies)) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
  const ms = median(ours);
  const shellMs = median(theirs);
  const rate = Math.round((ROWS / ms) * 1000);
  return [
    {
      name: `storage.serial_import.rows_per_s.into_${n}`,
      value: rate,
      unit: 'rows/s',
      n: ROWS,
      baseline: Math.round((ROWS / shellMs) * 1000),
      ratio: round(ms / shellMs, 2),
      target: `>= 100000 rows/s (median of ${ROUNDS} alternated rounds; ratio = time / sqlite3 shell's time for the same rows)`,
      met: rate >= 100_000,
    },
  ];
}
