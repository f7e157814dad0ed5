// Decode throughput for GS1 DataMatrix scans (]d2 + 01/17/10/21), as a scanner transmits them.
import { decodeScan } from '../../shared/barcode';
import { encodeElementString } from '../../shared/barcode/encode';
import { gtinCheckDigit } from '../../shared/barcode/gtin';
import { latency, nowMs } from './stats';
import type { Bench, BenchResult } from './types';

/** Small seeded PRNG (mulberry32): the same scans on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeScans(n: number): string[] {
  const next = rng(20250630);
  const digits = (len: number) => Array.from({ length: len }, () => Math.floor(next() * 10)).join('');
  const pad = (v: number) => String(v).padStart(2, '0');
  const products = Array.from({ length: 500 }, () => {
    const body = `0${digits(12)}`;
    return body + gtinCheckDigit(body);
  });
  const scans: string[] = [];
  for (let i = 0; i < n; i++) {
    const gtin = products[Math.floor(next() * products.length)] as string;
    const expiry = `${pad(25 + Math.floor(next() * 10))}${pad(1 + Math.floor(next() * 12))}${pad(Math.floor(next() * 29))}`;
    const elements = [
      { ai: '01', value: gtin },
      { ai: '17', value: expiry },
      { ai: '10', value: `L${digits(1 + Math.floor(next() * 8))}` },
      { ai: '21', value: `SN${digits(8 + Math.floor(next() * 10))}` },
    ];
    scans.push(`]d2${encodeElementString(elements)}`);
  }
  return scans;
}

const decodeThroughput: Bench = async (ctx) => {
  const n = ctx.size === 'full' ? 1_000_000 : 200_000;
  // Per-scan time is the mean over a batch (one scan is below the clock's useful resolution); small
  // batches give enough samples for a p99 (200,000 / 50 = 4,000 at the quick size).
  const batch = 50;
  const scans = makeScans(n);
  const opts = { referenceYear: 2025 };
  for (let i = 0; i < Math.min(20_000, n); i++) decodeScan(scans[i] as string, opts); // warm-up
  const perScanUs: number[] = [];
  let failures = 0;
  const start = nowMs();
  for (let i = 0; i < n; i += batch) {
    const t0 = nowMs();
    for (let j = i; j < i + batch && j < n; j++) if (!decodeScan(scans[j] as string, opts).ok) failures++;
    perScanUs.push(((nowMs() - t0) * 1000) / Math.min(batch, n - i));
  }
  const elapsedMs = nowMs() - start;
  if (failures > 0) throw new Error(`${failures} generated scans failed to decode`);
  const rate = Math.round((n / elapsedMs) * 1000);
  const s = latency(perScanUs, 2);
  const results: BenchResult[] = [
    { name: 'decode.gs1_datamatrix.throughput', value: rate, unit: 'scans/s', n, target: '>= 50000 scans/s', met: rate >= 50_000 },
    { name: 'decode.gs1_datamatrix.per_scan', value: s.p50, unit: 'µs (mean of 50)', ...s },
  ];
  return results;
};

export const benches: Bench[] = [decodeThroughput];
