// Scanner benchmarks: HID POS report decode throughput (decode + reassembly of GS1 DataMatrix
// scans split over 64-byte reports) and keyboard-wedge detector throughput (key events/s).
import { encodeHidPosReports } from '../../shared/devices/scanner/hid-pos-encode';
import { HidPosScanStream } from '../../shared/devices/scanner/hid-pos-stream';
import { WedgeDetector, type WedgeKeyEvent } from '../../shared/devices/scanner/wedge';
import { nowMs, percentile } from './stats';
import type { Bench, BenchResult } from './types';

/** Deterministic PRNG (mulberry32) so every run decodes the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function digits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10));
  return s;
}

/** A GS1 DataMatrix payload: GTIN, expiry, batch, serial (FNC1 as GS), 50–90 bytes. */
function gs1Scan(rand: () => number): string {
  const serial = digits(rand, 8 + Math.floor(rand() * 12));
  const batch = 'L' + digits(rand, 4 + Math.floor(rand() * 10));
  return `01${digits(rand, 14)}17${digits(rand, 6)}10${batch}\x1d21${serial}`;
}

const round = (x: number) => Math.round(x * 100) / 100;

const hidPosDecode: Bench = async (ctx) => {
  const scans = ctx.size === 'full' ? 1_000_000 : 100_000;
  const rand = rng(42);
  const reports: Uint8Array[][] = [];
  for (let i = 0; i < scans; i++) {
    const text = gs1Scan(rand);
    reports.push(encodeHidPosReports(Uint8Array.from(text, (c) => c.charCodeAt(0)), ']d2'));
  }
  const stream = new HidPosScanStream();
  const perScanMs: number[] = [];
  let decoded = 0;
  let reportCount = 0;
  const start = nowMs();
  for (const scan of reports) {
    const t0 = nowMs();
    for (const r of scan) {
      for (const out of stream.push(r)) if (out.kind === 'scan') decoded++;
      reportCount++;
    }
    perScanMs.push(nowMs() - t0);
  }
  const elapsed = nowMs() - start;
  if (decoded !== scans) throw new Error(`decoded ${decoded} of ${scans} scans`);
  return [
    { name: 'scanner.hid-pos.decode', value: Math.round(scans / (elapsed / 1000)), unit: 'scans/s', n: scans },
    // Reports in → scan out, per scan, in microseconds (value is the p99).
    { name: 'scanner.hid-pos.scan-latency', value: round(percentile(perScanMs, 99) * 1000), unit: 'us', n: scans, p50: round(percentile(perScanMs, 50) * 1000), p99: round(percentile(perScanMs, 99) * 1000) },
    { name: 'scanner.hid-pos.reports', value: Math.round(reportCount / (elapsed / 1000)), unit: 'reports/s', n: reportCount },
  ] satisfies BenchResult[];
};

const wedgeDetect: Bench = async (ctx) => {
  const scans = ctx.size === 'full' ? 200_000 : 20_000;
  const rand = rng(7);
  const events: WedgeKeyEvent[] = [];
  let t = 0;
  for (let i = 0; i < scans; i++) {
    // A person types a quantity between scans, then the scanner bursts at 4–12 ms per key.
    for (const ch of String(1 + Math.floor(rand() * 99))) {
      t += 90 + rand() * 200;
      events.push({ key: ch, timeStamp: t });
    }
    t += 300;
    for (const ch of gs1Scan(rand)) {
      t += 4 + rand() * 8;
      events.push(ch === '\x1d' ? { key: ']', ctrlKey: true, timeStamp: t } : { key: ch, timeStamp: t });
    }
    t += 5;
    events.push({ key: 'Enter', timeStamp: t });
  }
  const detector = new WedgeDetector();
  let found = 0;
  const start = nowMs();
  for (const ev of events) for (const out of detector.push(ev).outputs) if (out.kind === 'scan') found++;
  const elapsed = nowMs() - start;
  if (found !== scans) throw new Error(`wedge detector found ${found} of ${scans} scans`);
  return [
    { name: 'scanner.wedge.keys', value: Math.round(events.length / (elapsed / 1000)), unit: 'keys/s', n: events.length },
    { name: 'scanner.wedge.scans', value: Math.round(scans / (elapsed / 1000)), unit: 'scans/s', n: scans },
  ];
};

export const benches: Bench[] = [hidPosDecode, wedgeDetect];
