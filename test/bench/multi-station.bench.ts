// Many stations, one ledger (issue 16): 4 `scanbay serve --database postgres://…` stations each
// receiving 20 scans per second over REST (open loop: each scan is sent at its time) on one
// PostgreSQL database — none lost, none doubled, scan latency p50/p99 — and the same scans on one
// SQLite station in the same run, for the ratio of the p99s. Serials are random, not ascending. Quick size: 6 s; BENCH_SIZE=full: 60 s.
// The PostgreSQL server: $SCANBAY_BENCH_POSTGRES_URL, else $SCANBAY_TEST_POSTGRES_URL (a role that
// may CREATE DATABASE); without one, one metric says it was not measured.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStation } from '../../electron/backend/station';
import { apiAuthFor } from '../../electron/rest/rest-options';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { nowMs, percentile } from './stats';
import type { Bench, BenchResult } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'electron/cli/scanbay.mjs');
const RATE = 20;
const STATIONS = 4;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

interface Key {
  token: string;
  channel_key: string;
}

async function prepare(dataDir: string, database: string | undefined, units: number): Promise<Key> {
  const station = await openStation({ dataDir, shell: 'cli', log: () => {}, ...(database ? { database } : {}) });
  await upsertProduct(station.database.db, { sku: 'MST', name: 'Multi-station unit', tracking: 'full' });
  for (let s = 0; s < STATIONS; s++) await upsertPurchaseOrder(station.database.db, { po_number: `PO-S${s}`, vendor: 'V', lines: [{ sku: 'MST', qty: units }] });
  const key = await apiAuthFor(station).createKey('bench');
  await station.close();
  return key;
}

function serve(dataDir: string, database?: string): Promise<{ child: ChildProcess; origin: string }> {
  const args = [cli, 'serve', '--port', '0', '--data-dir', dataDir, ...(database ? ['--database', database] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ScanBay listening on (\S+)/.exec(out);
      if (m) resolve({ child, origin: new URL(m[1] as string).origin });
    });
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** `n` distinct random serials starting with `prefix` (random, not ascending: index order is not flattered). */
function randomSerials(prefix: string, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(`${prefix}${randomBytes(5).toString('hex').toUpperCase()}`);
  return [...out];
}

/** One station's open-loop load: `n` scans at RATE per second; latencies and verdicts. */
async function load(origin: string, key: Key, po: string, prefix: string, n: number): Promise<{ latencies: number[]; accepted: string[]; failed: number }> {
  const codes = randomSerials(prefix, n);
  const headers = { 'content-type': 'application/json', 'x-access-token': key.token, 'x-channel-key': key.channel_key };
  const latencies: number[] = [];
  const accepted: string[] = [];
  let failed = 0;
  const t0 = nowMs();
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const code = codes[i]!;
      await sleep(t0 + (i * 1000) / RATE - nowMs());
      const s = nowMs();
      try {
        const res = await fetch(`${origin}/api/v1/purchase-orders/${po}/scans`, { method: 'POST', headers, body: JSON.stringify({ code, sku: 'MST' }) });
        const body = (await res.json()) as { data?: { verdict: string } };
        latencies.push(nowMs() - s);
        if (body.data?.verdict === 'accepted') accepted.push(code);
        else failed++;
      } catch {
        failed++;
      }
    }),
  );
  return { latencies, accepted, failed };
}

const multiStation: Bench = async (ctx) => {
  const server = process.env.SCANBAY_BENCH_POSTGRES_URL?.trim() || process.env.SCANBAY_TEST_POSTGRES_URL?.trim();
  if (!server) return [{ name: 'multi_station.not_measured', value: 0, unit: 'runs', n: 0, target: 'set SCANBAY_BENCH_POSTGRES_URL (or SCANBAY_TEST_POSTGRES_URL) to a PostgreSQL server' }];
  const seconds = ctx.size === 'full' ? 60 : 6;
  const n = RATE * seconds;
  const name = `sbbench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = url.toString();
  const children: ChildProcess[] = [];
  const results: BenchResult[] = [];
  try {
    // PostgreSQL: four stations, each its own data dir and process.
    const setupDir = join(ctx.tmpDir, 'setup');
    mkdirSync(setupDir);
    const key = await prepare(setupDir, database, n);
    const stations = [];
    for (let s = 0; s < STATIONS; s++) {
      const dir = join(ctx.tmpDir, `station-${s}`);
      mkdirSync(dir);
      const served = await serve(dir, database);
      children.push(served.child);
      stations.push(served.origin);
    }
    const runs = await Promise.all(stations.map((origin, s) => load(origin, key, `PO-S${s}`, `MS${s}`, n)));
    const latencies = runs.flatMap((r) => r.latencies);
    const accepted = runs.flatMap((r) => r.accepted);
    const check = new pg.Client({ connectionString: database });
    await check.connect();
    const stored = (await check.query<{ value: string; n: string }>("select value, count(*) as n from serials where value like 'MS%' group by value")).rows;
    await check.end();
    const storedCount = new Map(stored.map((r) => [r.value, Number(r.n)]));
    const lost = accepted.filter((code) => storedCount.get(code) !== 1).length;
    const duplicates = stored.reduce((sum, r) => sum + Number(r.n) - 1, 0);
    const total = STATIONS * n;
    const pgP99 = percentile([...latencies], 99);
    results.push({ name: 'multi_station.scans', value: accepted.length, unit: 'accepted', n: total, p50: percentile([...latencies], 50), p99: pgP99, target: `${total} accepted (${STATIONS} stations × ${RATE}/s × ${seconds} s)`, met: accepted.length === total });
    results.push({ name: 'multi_station.lost', value: lost, unit: 'scans', n: accepted.length, target: '0 accepted and not in the ledger', met: lost === 0 });
    results.push({ name: 'multi_station.duplicates', value: duplicates, unit: 'serials', n: stored.length, target: '0 stored twice', met: duplicates === 0 });
    for (const c of children.splice(0)) await stop(c);

    // SQLite in the same run, the same work: the same ${STATIONS} loads (one per PO) on one station.
    const sqliteDir = join(ctx.tmpDir, 'sqlite');
    mkdirSync(sqliteDir);
    const sqliteKey = await prepare(sqliteDir, undefined, n);
    const single = await serve(sqliteDir);
    children.push(single.child);
    const sqliteRuns = await Promise.all(Array.from({ length: STATIONS }, (_, s) => load(single.origin, sqliteKey, `PO-S${s}`, `SQ${s}`, n)));
    const sqliteLatencies = sqliteRuns.flatMap((r) => r.latencies);
    const sqliteAccepted = sqliteRuns.reduce((sum, r) => sum + r.accepted.length, 0);
    const sqliteP99 = percentile([...sqliteLatencies], 99);
    results.push({ name: 'multi_station.sqlite_scans', value: sqliteAccepted, unit: 'accepted', n: total, p50: percentile([...sqliteLatencies], 50), p99: sqliteP99, target: `${total} accepted (one station, ${STATIONS} POs × ${RATE}/s × ${seconds} s)`, met: sqliteAccepted === total });
    results.push({ name: 'multi_station.p99_ratio', value: pgP99 / sqliteP99, unit: 'x', n: total, p99: pgP99, baseline: sqliteP99, ratio: pgP99 / sqliteP99, target: 'PostgreSQL scan p99 / SQLite scan p99, same run (reported)' });
  } finally {
    for (const c of children) await stop(c);
    await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
    await admin.end();
  }
  return results;
};

export const benches: Bench[] = [multiStation];
