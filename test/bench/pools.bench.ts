// Serial pool benchmarks (issue 8): commissioning random serials over HTTP through a real
// `scanbay serve` (requests of 10,000, target >= 50,000 serials/s end to end) and generating a
// 500-serial batch (target <= 50 ms). Too few samples for a p99: the worst one is reported.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemo } from '../../electron/demo/seed';
import { openDatabase } from '../../electron/storage/database';
import { generateSerials } from '../../electron/workflows/pools/generate';
import { createPool } from '../../electron/workflows/pools/create-pool';
import { getProductBySku } from '../../electron/storage/repos/products';
import { POOL_ALPHABETS } from '../../shared/workflows/pools-alphabet';
import { createApiKey, restStation } from './rest-station';
import { benchSerials, SERIAL_STREAMS } from './serials';
import { latency, nowMs } from './stats';
import type { Bench, BenchResult } from './types';

const GTIN = '04012345000016'; // SCN-100 of the demo catalog

/**
 * 100,000 serials (200,000 full) commissioned in requests of 10,000 against a separate server
 * process, through one keep-alive undici connection (rest-station.ts), after two warm-up requests
 * of other serials: the method every REST bench follows.
 */
const commissionOverHttp: Bench = async (ctx) => {
  const total = ctx.size === 'full' ? 200_000 : 100_000;
  const perRequest = 10_000;
  const warmUp = 2 * perRequest;
  const dataDir = join(ctx.tmpDir, 'pools-http');
  mkdirSync(dataDir, { recursive: true });
  const d = await openDatabase({ file: join(dataDir, 'scanbay.db') });
  await seedDemo(d.db);
  await d.close();
  const station = await restStation(dataDir, createApiKey(dataDir));
  try {
    // Bodies built before timing; the warm-up serials come after the timed ones in the stream.
    const body = (start: number) => ({ product_code: GTIN, product_code_schema: 'GTIN', batch: 'BENCH', expiry_date: '301231', serials: benchSerials(SERIAL_STREAMS.commission, perRequest, start) });
    const commission = async (b: ReturnType<typeof body>) => {
      const data = await station.post<unknown[]>('/serials/commission', b);
      if (data.length !== perRequest) throw new Error(`commission answered ${data.length} serials of ${perRequest}`);
    };
    for (let start = total; start < total + warmUp; start += perRequest) await commission(body(start));
    const bodies = [];
    for (let start = 0; start < total; start += perRequest) bodies.push(body(start));
    const latencies: number[] = [];
    const t0 = nowMs();
    for (const b of bodies) {
      const s = nowMs();
      await commission(b);
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
        target: '>= 50000 serials/s (requests of 10,000, after 2 warm-up requests)',
        met: rate >= 50_000,
      },
    ];
  } finally {
    await station.stop();
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
