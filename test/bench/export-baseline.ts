// The export's baseline: the sqlite3 shell running exactly the SQL `scanbay export` runs. The SQL is
// captured from a real `scanbay export` run (sql-capture.mjs), not written here: the reads it made,
// in order, with their parameters; the one it streamed (the export's rows) goes to the CSV file,
// the others to /dev/null.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CLI = fileURLToPath(new URL('../../electron/cli/scanbay.mjs', import.meta.url));
const CAPTURE = pathToFileURL(fileURLToPath(new URL('./sql-capture.mjs', import.meta.url))).href;

/** One statement the export ran, as sql-capture.mjs records it. */
export interface CapturedStatement {
  method: 'run' | 'get' | 'all' | 'iterate';
  sql: string;
  params: unknown[];
}

/** A statement with its parameters written in (the shell takes SQL text). */
export function inlined(sql: string, params: readonly unknown[]): string {
  let i = 0;
  const text = sql.replace(/\?/g, () => {
    if (i >= params.length) throw new Error(`more placeholders than parameters in: ${sql.slice(0, 200)}`);
    const v = params[i++];
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
    throw new Error(`cannot write a ${typeof v} parameter into SQL text`);
  });
  if (i !== params.length) throw new Error(`${params.length} parameters for ${i} placeholders in: ${sql.slice(0, 200)}`);
  return text;
}

const isRead = (sql: string) => /^\s*(select|with)\b/i.test(sql);

/**
 * The shell script for a captured export: every read it made, in order, with its parameters, the
 * streamed one (exactly one) written as CSV with a header line to `outFile`.
 */
export function shellExportScript(captured: readonly CapturedStatement[], outFile: string): string {
  const reads = captured.filter((s) => isRead(s.sql));
  const streamed = reads.filter((s) => s.method === 'iterate');
  if (streamed.length !== 1) throw new Error(`expected the export to stream one statement, it streamed ${streamed.length}: update export-baseline.ts`);
  const lines = ['.headers on', '.mode csv'];
  for (const s of reads) {
    lines.push(`.output ${s.method === 'iterate' ? outFile : '/dev/null'}`);
    lines.push(`${inlined(s.sql, s.params).trim().replace(/;$/, '')};`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `scanbay export ARGS` once with the capture loaded; returns what it ran. */
export function captureExport(dataDir: string, tmpDir: string, args: readonly string[]): CapturedStatement[] {
  const log = join(tmpDir, 'export-sql.json');
  const r = spawnSync(process.execPath, ['--import', CAPTURE, CLI, 'export', ...args, '--data-dir', dataDir], {
    env: { ...process.env, SCANBAY_BENCH_SQL_LOG: log },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`scanbay export (capture run) failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(readFileSync(log, 'utf8')) as CapturedStatement[];
}
