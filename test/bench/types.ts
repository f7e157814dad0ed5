/** One benchmark metric, printed by `npm run bench` as one JSON line. Names are unique in a run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** How many samples (or units of work) the value comes from. */
  n: number;
  p50?: number;
  /** Only with at least MIN_P99_SAMPLES samples (stats.ts); `max` otherwise. */
  p99?: number;
  /** The worst sample. */
  max?: number;
  /** Same work done by a reference (sqlite3 shell, raw better-sqlite3, the disk's one-row commit). */
  baseline?: number;
  ratio?: number;
  /** Human-readable target, e.g. "p99 <= 2 ms". */
  target?: string;
  /** Whether the target was met (omitted when there is no target or it is not judged at this size). */
  met?: boolean;
}

/** `BENCH_SIZE=full` and `BENCH_SIZE=huge` both run the full sizes (`huge` adds a 10 M-serial ledger). */
export type BenchSize = 'quick' | 'full';

export interface BenchContext {
  size: BenchSize;
  /** BENCH_SIZE=huge: the scaling benchmark adds a ledger of 10,000,000 serials. */
  huge: boolean;
  /** A fresh temporary directory for this benchmark. */
  tmpDir: string;
}

/** A benchmark module exports `benches`: named functions returning metrics. */
export type Bench = (ctx: BenchContext) => Promise<BenchResult[]>;
