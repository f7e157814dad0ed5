// Loaded with `node --import` into a `scanbay` process by the export benchmark: records every
// statement better-sqlite3 runs in that process (SQL text, parameters, and how it was run) and
// writes the list as JSON to $SCANBAY_BENCH_SQL_LOG when the process exits. The benchmark hands the
// sqlite3 shell exactly these statements, so the baseline cannot drift from what ScanBay runs.
// Plain JavaScript: the process it is loaded into is the real CLI, with no TypeScript loader.
import { writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

const out = process.env.SCANBAY_BENCH_SQL_LOG;
if (out) {
  /** @type {{ method: string, sql: string, params: unknown[] }[]} */
  const log = [];
  const probe = new BetterSqlite3(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1'));
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = proto[method];
    proto[method] = function (...args) {
      log.push({ method, sql: this.source, params: args.length === 1 && Array.isArray(args[0]) ? args[0] : args });
      return original.apply(this, args);
    };
  }
  process.on('exit', () => writeFileSync(out, JSON.stringify(log)));
}
