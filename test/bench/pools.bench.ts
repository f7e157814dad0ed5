// Serial pool benchmarks (issue 8): commissioning random serials over HTTP through a real
// `scanbay serve` (requests of 10,000, target >= 50,000 serials/s end to end) and generating a
// 500-serial batch (target <= 50 ms). Too few samples for a p99: the worst one is reported.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../../electron/demo/seed';
import { openDatabase } from '../../electron/storage/database';
import { generateSerials } from '../../electron/workflows/pools/generate';
import { createPool } from '../../electron/workflows/pools/create-pool';
import { getProductBySku } from '../../electron/storage/repos/products';
import { POOL_ALPHABETS } from '../../shared/workflows/pools-alphabet';
import { benchSerials, SERIAL_STREAMS } from './serials';
import { latency, nowMs } from './stats';
import type { Bench, BenchResult } from './types';

const CLI = fileURLToPath(new URL('../../electron/cli/scanbay.mjs', import.meta.url));
const GTIN = '04012345000016'; // SCN-100 of the demo catalog

function startServe(dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`scanbay serve did not start: ${err}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^ScanBay listening on (\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, origin: new URL(m[1] as string).origin });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`scanbay serve exited with ${code}: ${err}`)));
  });
}

/** 100,000 serials (200,000 full) commissioned in requests of 10,000 against a separate server process. */
const commissionOverHttp: Bench = async (ctx) => {
  const total = ctx.size === 'full' ? 200_000 : 100_000;
  const perRequest = 10_000;
  const dataDir = join(ctx.tmpDir, 'pools-http');
  mkdirSync(dataDir, { recursive: true });
  const d = await openDatabase({ file: join(dataDir, 'scanbay.db') });
  await seedDemo(d.db);
  await d.close();
  const key = spawnSync(process.execPath, [CLI, 'api-key', 'create', '--name', 'bench', '--data-dir', dataDir], { encoding: 'utf8' });
  if (key.status !== 0) throw new Error(`api-key create failed: ${key.stderr}`);
  const creds = JSON.parse(key.stdout) as { token: string; channel_key: string };
  const headers = { 'content-type': 'application/json', 'x-access-token': creds.token, 'x-channel-key': creds.channel_key };

  const { child, origin } = await startServe(dataDir);
  try {
    const bodies: string[] = [];
    for (let start = 0; start < total; start += perRequest) {
      const serials = benchSerials(SERIAL_STREAMS.commission, perRequest, start);
      bodies.push(JSON.stringify({ product_code: GTIN, product_code_schema: 'GTIN', batch: 'BENCH', expiry_date: '301231', serials }));
    }
    const latencies: number[] = [];
    const t0 = nowMs();
    for (const body of bodies) {
      const s = nowMs();
      const res = await fetch(`${origin}/api/v1/serials/commission`, { method: 'POST', headers, body });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`commission answered ${res.status}: ${text.slice(0, 300)}`);
      latencies.push(nowMs() - s);
    }
    const ms = nowMs() - t0;
    const rate = Math.round((total / ms) * 1000);
    return [
      {
        name: 'pools.commission_http.serials_per_s',
        value: rate,
        unit: 'serials/s',
        ...latency(latencies, 2),
        n: total,
        target: '>= 50000 serials/s (requests of 10,000)',
        met: rate >= 50_000,
      },
    ];
  } finally {
    child.kill('SIGTERM');
  }
};

/** Generating a 500-serial batch into a pool (one transaction: random draw, inserts, ledger events). */
const generateBatch: Bench = async (ctx) => {
  const runs = ctx.size === 'full' ? 100 : 30;
  const d = await openDatabase({ file: join(ctx.tmpDir, 'pools-generate.db') });
  try {
    await seedDemo(d.db);
    const product = await getProductBySku(d.db, 'SCN-100');
    if (!product) throw new Error('demo product missing');
    const poolId = await createPool(d.db, { product, mode: 'batch', source: 'station', limit: 1_000_000 }, { limit: 1_000_000, serialLength: 10 });
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = nowMs();
      const made = await generateSerials(d.db, {
        poolId,
        count: 500,
        batchName: `bench ${i}`,
        alphabet: POOL_ALPHABETS.safe,
        random: (n) => randomBytes(n),
        actor: { station: 'Bench' },
        via: 'bench',
      });
      samples.push(nowMs() - t0);
      if (made.values.length !== 500) throw new Error('short batch');
    }
    const s = latency(samples, 2);
    const result: BenchResult = { name: 'pools.generate_batch_500.ms', value: s.p50, unit: 'ms', ...s, target: 'p50 <= 50 ms', met: s.p50 <= 50 };
    return [result];
  } finally {
    await d.close();
  }
};

export const benches: Bench[] = [commissionOverHttp, generateBatch];
