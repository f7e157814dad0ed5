import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/storage/database';
import { tempDir } from './helpers';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// Inside the project so that the bundle resolves better-sqlite3 and kysely from node_modules.
const bundle = join(root, 'node_modules/.cache/scanbay-test/record-loop.mjs');

/** Runs the recorder until it has printed `minLines` serials plus a random extra time, then SIGKILLs it. */
function recordThenKill(dataDir: string, run: number, mode: 'cli' | 'running', minLines: number, extraMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, String(run), mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!armed && out.split('\n').length > minLines) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`recorder exited on its own: ${err}`));
      // Only complete lines were printed after a commit; a cut-off line is ignored.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('durability', () => {
  const tmp = tempDir('scanbay-durability-');
  beforeAll(async () => {
    mkdirSync(join(root, 'node_modules/.cache/scanbay-test'), { recursive: true });
    await build({
      entryPoints: [join(root, 'test/electron/storage/fixtures/record-loop.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
      define: { __SCANBAY_VERSION__: '"test"' },
    });
  });
  afterAll(() => tmp.cleanup());

  // Odd runs open the station as a running one, whose WAL is written out to its working size at open
  // (wal-reserve.ts): a kill then leaves valid frames followed by zeros or older frames.
  it('kill -9 at random points 20 times: every printed serial is in the ledger once, no half receipt', async () => {
    const file = join(tmp.dir, 'scanbay.db');
    const printed: string[] = [];
    for (let run = 0; run < 20; run++) {
      printed.push(...(await recordThenKill(tmp.dir, run, run % 2 === 1 ? 'running' : 'cli', 1 + Math.floor(Math.random() * 5), Math.random() * 60)));
      const d = await openDatabase({ file });
      expect(d.sqlite!.pragma('integrity_check', { simple: true })).toBe('ok');
      const received = d.sqlite!
        .prepare(
          `select s.value, count(e.id) as n from serials s join serial_events e on e.serial_id = s.id and e.type = 'received' group by s.id`,
        )
        .all() as { value: string; n: number }[];
      const inLedger = new Map(received.map((r) => [r.value, r.n]));
      for (const value of printed) expect(inLedger.get(value), value).toBe(1);
      // Each receipt is one transaction: counts, serials and events always agree.
      const counts = d.sqlite!
        .prepare(
          `select (select received_qty from po_lines) as line, (select sum(qty) from receiving_session_lines) as session,
                  (select count(*) from serials) as serials, (select count(*) from serial_events) as events,
                  (select count(*) from scan_log where verdict = 'accepted') as logged,
                  (select qty from stock) as stock`,
        )
        .get() as { line: number; session: number; serials: number; events: number; logged: number; stock: number };
      expect(counts.session).toBe(counts.line);
      expect(counts.serials).toBe(counts.line);
      expect(counts.events).toBe(counts.line);
      expect(counts.stock).toBe(counts.line);
      // The scan log entry is written right after the receipt: each kill can lose at most that one.
      expect(counts.line - counts.logged).toBeLessThanOrEqual(run + 1);
      expect(counts.line).toBeGreaterThanOrEqual(printed.length);
      await d.close();
    }
    expect(printed.length).toBeGreaterThanOrEqual(40);
  }, 60_000);
});
