// Receiving benchmark (issue 4): a PO of N units with one serial each, through the workflow and
// through the REST scans endpoint (HTTP round trips on loopback).
import { receivingWorkflow } from '../../electron/backend/handlers/receiving';
import { openStation } from '../../electron/backend/station';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { apiAuthFor } from '../../electron/rest/rest-options';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { actorOf } from '../../electron/workflows/kit/actor';
import { seedLedger } from './seed-ledger';
import { nowMs, percentile } from './stats';
import type { Bench, BenchResult } from './types';

const CLI = fileURLToPath(new URL('../../electron/cli/scanbay.mjs', import.meta.url));

const receivePo: Bench = async (ctx) => {
  const units = ctx.size === 'full' ? 10_000 : 2_000;
  const station = await openStation({ dataDir: ctx.tmpDir, shell: 'browser', log: () => {} });
  const results: BenchResult[] = [];
  try {
    const db = station.database.db;
    await upsertProduct(db, { sku: 'BNC', name: 'Bench unit', tracking: 'full' });
    for (const po of ['PO-WF', 'PO-HTTP']) await upsertPurchaseOrder(db, { po_number: po, vendor: 'V', lines: [{ sku: 'BNC', qty: units }] });
    const wf = receivingWorkflow(station);
    const actor = actorOf(station);

    const samples: number[] = [];
    const t0 = nowMs();
    for (let i = 0; i < units; i++) {
      const s = nowMs();
      const r = await wf.scan('PO-WF', { code: `WF${String(i).padStart(8, '0')}`, sku: 'BNC' }, actor);
      samples.push(nowMs() - s);
      if (r.verdict !== 'accepted') throw new Error(r.message);
    }
    const total = (nowMs() - t0) / 1000;
    const p99 = percentile(samples, 99);
    results.push({ name: 'receiving.workflow.scan', value: percentile(samples, 50), unit: 'ms', n: units, p50: percentile(samples, 50), p99, target: 'p99 <= 5 ms', met: p99 <= 5 });
    results.push({ name: 'receiving.workflow.po_total', value: total, unit: 's', n: units });

    // The ERP is another process: the station runs as `scanbay serve`, this process is the client.
    const key = await apiAuthFor(station).createKey('bench');
    await station.close();
    const server = await serve(ctx.tmpDir);
    const headers = { 'content-type': 'application/json', 'x-access-token': key.token, 'x-channel-key': key.channel_key };
    const http: number[] = [];
    const t1 = nowMs();
    try {
      for (let i = 0; i < units; i++) {
        const s = nowMs();
        const res = await fetch(`${server.url}api/v1/purchase-orders/PO-HTTP/scans`, { method: 'POST', headers, body: JSON.stringify({ code: `HT${String(i).padStart(8, '0')}`, sku: 'BNC' }) });
        const body = (await res.json()) as { data: { verdict: string } };
        http.push(nowMs() - s);
        if (body.data.verdict !== 'accepted') throw new Error(JSON.stringify(body));
      }
    } finally {
      server.child.kill('SIGTERM');
    }
    const httpTotal = (nowMs() - t1) / 1000;
    // The target is for a 10,000-unit PO (the full size). A fresh server keeps getting faster over
    // its first thousands of requests (V8 optimises Fastify, zod and the query builder as they run),
    // so the quick size's total says little about it: reported, not judged.
    const judged = units >= 10_000;
    results.push({
      name: 'receiving.http.po_total',
      value: httpTotal,
      unit: 's',
      n: units,
      p50: percentile(http, 50),
      p99: percentile(http, 99),
      target: judged ? `<= 20 s for ${units} units` : 'judged at the full size (<= 20 s for 10,000 units)',
      ...(judged ? { met: httpTotal <= 20 } : {}),
    });
  } finally {
    await station.close();
  }
  return results;
};


/** A `scanbay serve` on the data dir (the station process an ERP talks to). */
function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`scanbay serve exited with ${code}`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ScanBay listening on (http:\/\/[^/]+\/)/.exec(out);
      if (m) resolve({ child, url: m[1] as string });
    });
  });
}

/**
 * Scaling (issue 9): the scan path (validate + record, the real workflow) on ledgers of 10k, 100k
 * (and 1M with BENCH_SIZE=full) serials; the p99 ratio largest/10k must stay ≤ 1.5.
 */
const scaling: Bench = async (ctx) => {
  const sizes = ctx.size === 'full' ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
  const scans = 500;
  const results: BenchResult[] = [];
  const p99s = new Map<number, number>();
  for (const n of sizes) {
    const station = await openStation({ dataDir: `${ctx.tmpDir}/ledger-${n}`, shell: 'browser', log: () => {} });
    try {
      await seedLedger(station.database.db, n);
      await upsertPurchaseOrder(station.database.db, { po_number: 'PO-S', vendor: 'V', lines: [{ sku: 'P0', qty: scans + 100 }] });
      const wf = receivingWorkflow(station);
      const actor = actorOf(station);
      for (let i = 0; i < 50; i++) await wf.scan('PO-S', { code: `WARM${i}`, sku: 'P0' }, actor);
      const samples: number[] = [];
      for (let i = 0; i < scans; i++) {
        const s = nowMs();
        const r = await wf.scan('PO-S', { code: `SCALE${String(i).padStart(6, '0')}`, sku: 'P0' }, actor);
        samples.push(nowMs() - s);
        if (r.verdict !== 'accepted') throw new Error(r.message);
      }
      const p99 = percentile(samples, 99);
      p99s.set(n, p99);
      results.push({ name: `scan_path.${n}`, value: percentile(samples, 50), unit: 'ms', n: scans, p50: percentile(samples, 50), p99, target: 'p99 <= 5 ms', met: p99 <= 5 });
    } finally {
      await station.close();
    }
  }
  const largest = sizes.at(-1) as number;
  const ratio = (p99s.get(largest) ?? 0) / (p99s.get(10_000) ?? 1);
  results.push({ name: `scan_path.p99_ratio_${largest}_vs_10000`, value: ratio, unit: 'ratio', n: sizes.length, baseline: p99s.get(10_000), ratio, target: 'ratio <= 1.5', met: ratio <= 1.5 });
  return results;
};

export const benches: Bench[] = [receivePo, scaling];
