// Loaded with `node --import` into a `scanbay` process by the export benchmark: records every
// statement better-sqlite3 runs in that process (SQL text, parameters, and how it was run) and
// writes the list as JSON to $SCANBAY_BENCH_SQL_LOG when the process exits. The benchmark hands the
// sqlite3 shell exactly these statements, so the baseline cannot drift from what ScanBay runs.
import { writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

export interface CapturedStatement {
  method: 'run' | 'get' | 'all' | 'iterate';
  sql: string;
  params: unknown[];
}

const out = process.env.SCANBAY_BENCH_SQL_LOG;
if (out) {
  const log: CapturedStatement[] = [];
  const probe = new BetterSqlite3(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = proto[method]!;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      log.push({ method, sql: this.source, params: args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args });
      return original.apply(this, args);
    };
  }
  process.on('exit', () => writeFileSync(out, JSON.stringify(log)));
}
