// The serial import benchmark's own process: imports CSV into the station database DB the way
// `scanbay import serials` does (a fresh process, not the heap of every earlier benchmark) and
// prints {"ms": …, "ok": …} as one JSON line. Only the import itself is timed.
import { runImport } from '../../electron/import/run-import';
import { openDatabase } from '../../electron/storage/database';
import { childMain } from './child-process';
import { nowMs } from './stats';

childMain(async () => {
  const [file, csv] = process.argv.slice(2);
  if (!file || !csv) throw new Error('usage: serial-import-child DB CSV');
  const d = await openDatabase({ file });
  const t0 = nowMs();
  const outcome = await runImport(d.db, { kind: 'serials', path: csv });
  const ms = nowMs() - t0;
  await d.close();
  process.stdout.write(`${JSON.stringify({ ms, ok: outcome.ok, errors: outcome.ok ? [] : outcome.errors.slice(0, 3) })}\n`);
});
