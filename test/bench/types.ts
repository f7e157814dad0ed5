/** One benchmark metric, printed by `npm run bench` as one JSON line. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  n: number;
  p50?: number;
  p99?: number;
  /** Same work done by a reference tool (sqlite3 shell, raw better-sqlite3 loop). */
  baseline?: number;
  ratio?: number;
  /** Human-readable target, e.g. "p99 <= 5 ms". */
  target?: string;
  /** Whether the target was met (omitted when there is no target). */
  met?: boolean;
}

export type BenchSize = 'quick' | 'full';

export interface BenchContext {
  size: BenchSize;
  /** A fresh temporary directory for this benchmark. */
  tmpDir: string;
}

/** A benchmark module exports `benches`: named functions returning metrics. */
export type Bench = (ctx: BenchContext) => Promise<BenchResult[]>;
