// Scaling (issues 9 and 22): the scan verdict — the station operation `receiving.scan` as the
// desktop window sends it (station.dispatch, origin ipc): input checks, the workflow's validation,
// its durable commit with the scan log and the event feed, the wizard state — in-process, on ledgers of 10 k and 100 k serials (full: also 1 M; huge: also 10 M).
// All ledgers are open at once and measured in alternating blocks, together with the disk's
// one-row commit (the limit), so every size and the limit see the same machine load; new serials
// are random values, so they land all over the indexes. Every ledger is seeded before any is
// opened, largest first, each in a process of its own (seedLedgerFile).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Station } from '../../electron/backend/station';
import { DATABASE_FILE_NAME } from '../../electron/storage/store-url';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { createUserWithBadge } from '../../electron/users/badges';
import { nextEvent, openRunningStation } from './running-station';
import { CommitProbe } from './disk';
import { GcWatch, slowestOverlapping, type Span } from './gc-watch';
import { alternation } from './schedule';
import { seedLedgerFile } from './seed-ledger';
import { benchSerial, SERIAL_STREAMS } from './serials';
import { latency, MIN_P99_SAMPLES, round } from './stats';
import { LEDGER_SIZE_P99_RATIO, SCAN_VERDICT_P99_MS } from './targets';
import type { Bench, BenchContext, BenchResult } from './types';

const BLOCK = 100;
const WARM_UP = 300;

function sizesOf(ctx: BenchContext): number[] {
  if (ctx.huge) return [10_000, 100_000, 1_000_000, 10_000_000];
  return ctx.size === 'full' ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
}

interface Ledger {
  n: number;
  station: Station;
  scan(i: number): Promise<void>;
  /** Each scan's start and end on performance.now()'s clock (the one collection pauses are reported on). */
  spans: Span[];
}

const ledgerDir = (ctx: BenchContext, n: number) => join(ctx.tmpDir, `ledger-${n}`);

/** The station database of the ledger of size `n`, seeded in a process of its own (the data exists before the station starts, as at a dock). */
function seedLedgerDir(ctx: BenchContext, n: number): void {
  mkdirSync(ledgerDir(ctx, n), { recursive: true });
  seedLedgerFile(join(ledgerDir(ctx, n), DATABASE_FILE_NAME), n);
}

/** Opens a seeded ledger as a running station, with the PO to receive on and a signed-in operator, and runs the warm-up scans. */
async function openLedger(ctx: BenchContext, n: number, scans: number): Promise<Ledger> {
  const station = await openRunningStation(ledgerDir(ctx, n));
  await upsertPurchaseOrder(station.database.db, { po_number: 'PO-S', vendor: 'V', lines: [{ sku: 'P0', qty: scans + WARM_UP }] });
  // A station records who scans: an operator signs in, as at a dock.
  await createUserWithBadge(station.database.db, { name: 'dock', role: 'operator', pin: '4321' });
  const signedIn = await station.dispatch('session.signIn', { name: 'dock', pin: '4321' }, { origin: 'ipc' });
  if (!signedIn.ok) throw new Error(`sign-in on the ${n}-serial ledger: ${signedIn.error.message}`);
  const scanCode = async (code: string) => {
    const r = await station.dispatch('receiving.scan', { po_number: 'PO-S', code, sku: 'P0' }, { origin: 'ipc' });
    if (!r.ok) throw new Error(`${code} on the ${n}-serial ledger: ${r.error.message}`);
    const verdict = r.value as { verdict: string; message: string };
    if (verdict.verdict !== 'accepted') throw new Error(`${code} on the ${n}-serial ledger: ${verdict.message}`);
  };
  try {
    for (let i = 0; i < WARM_UP; i++) await scanCode(benchSerial(SERIAL_STREAMS.warmUp, i));
  } catch (err) {
    await station.close();
    throw err;
  }
  const ledger: Ledger = {
    n,
    station,
    spans: [],
    async scan(i) {
      const code = benchSerial(SERIAL_STREAMS.scanPath, i);
      await nextEvent();
      const start = performance.now();
      await scanCode(code);
      const end = performance.now();
      ledger.spans.push({ start, end });
    },
  };
  return ledger;
}

const scaling: Bench = async (ctx) => {
  const sizes = sizesOf(ctx);
  const scans = MIN_P99_SAMPLES;
  const ledgers: Ledger[] = [];
  const probe = new CommitProbe(join(ctx.tmpDir, 'disk-probe.db'));
  const disk: number[] = [];
  let pauses: Span[] = [];
  try {
    // Set-up first, largest ledger first: the longest seeding's after-effects have the most time to settle.
    for (const n of [...sizes].sort((a, b) => b - a)) seedLedgerDir(ctx, n);
    for (const n of sizes) ledgers.push(await openLedger(ctx, n, scans));
    probe.sample(100); // warm-up
    const gc = new GcWatch();
    const next = new Map(ledgers.map((l) => [l, 0]));
    for (const order of alternation<Ledger | 'disk'>([...ledgers, 'disk'], scans / BLOCK)) {
      for (const arm of order) {
        if (arm === 'disk') {
          disk.push(...probe.sample(BLOCK));
          continue;
        }
        for (let k = 0; k < BLOCK; k++) {
          const i = next.get(arm)!;
          next.set(arm, i + 1);
          await arm.scan(i);
        }
      }
    }
    pauses = gc.stop();
  } finally {
    probe.close();
    for (const l of ledgers) await l.station.close();
  }

  const limit = latency(disk);
  const results: BenchResult[] = [];
  const p99s = new Map<number, number>();
  for (const l of ledgers) {
    const s = latency(l.spans.map((span) => span.end - span.start));
    const p99 = s.p99 as number;
    p99s.set(l.n, p99);
    const judged = l.n <= 1_000_000;
    results.push({
      name: `scan_path.${l.n}`,
      value: p99,
      unit: 'ms',
      ...s,
      baseline: limit.p99,
      ratio: round(p99 / (limit.p99 as number), 2),
      target: judged ? `p99 <= ${SCAN_VERDICT_P99_MS} ms (baseline: the disk's one-row commit p99)` : `reported; judged by the size ratio (baseline: the disk's one-row commit p99)`,
      ...(judged ? { met: p99 <= SCAN_VERDICT_P99_MS } : {}),
    });
    const slowest = Math.ceil(l.spans.length / 100);
    results.push({
      name: `scan_path.${l.n}.slowest_1pct_in_gc`,
      value: slowestOverlapping(l.spans, pauses, slowest),
      unit: 'scans',
      n: slowest,
      target: 'reported: of the slowest 1% of scans, those that overlapped a garbage-collection pause (the others waited for the disk or the scheduler)',
    });
  }
  results.push({ name: 'disk.one_row_commit', value: limit.p99 as number, unit: 'ms', ...limit, target: 'the limit of a durable scan (WAL, synchronous=FULL, same disk)' });
  const largest = Math.max(...sizes);
  const ratio = round((p99s.get(largest) as number) / (p99s.get(10_000) as number), 3);
  results.push({
    name: `scan_path.p99_ratio_${largest}_vs_10000`,
    value: ratio,
    unit: 'ratio',
    n: sizes.length,
    baseline: p99s.get(10_000),
    ratio,
    target: `ratio <= ${LEDGER_SIZE_P99_RATIO} (sizes alternated in blocks of ${BLOCK} scans)`,
    met: ratio <= LEDGER_SIZE_P99_RATIO,
  });
  return results;
};

export const benches: Bench[] = [scaling];
