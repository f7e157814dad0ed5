// The bench run's report: checks that the metrics are sound, the summary table, and the Markdown
// file (docs/benchmarks.md), whose hand-written method section survives a regeneration.
import { MIN_P99_SAMPLES } from './stats';
import type { BenchResult } from './types';

export function fmt(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '';
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  return String(Number(v.toPrecision(3)));
}

export function table(results: readonly BenchResult[]): string[] {
  const head = ['metric', 'value', 'unit', 'n', 'p50', 'p99', 'max', 'baseline', 'ratio', 'target', 'met'];
  const rows = results.map((r) => [
    r.name,
    fmt(r.value),
    r.unit,
    fmt(r.n),
    fmt(r.p50),
    fmt(r.p99),
    fmt(r.max),
    fmt(r.baseline),
    fmt(r.ratio),
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  return [head, ...rows].map((cells) => `| ${cells.join(' | ')} |`).toSpliced(1, 0, `|${head.map(() => ' --- ').join('|')}|`);
}

/**
 * What makes a set of metrics unsound, one sentence each: two metrics with one name (a reader or a
 * tool comparing runs takes one for the other), a p99 from too few samples, a verdict without a
 * target, a value that is not a number.
 */
export function problems(results: readonly BenchResult[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    if (seen.has(r.name)) out.push(`${r.name}: more than one metric has this name`);
    seen.add(r.name);
    if (r.p99 !== undefined && r.n < MIN_P99_SAMPLES) out.push(`${r.name}: a p99 from ${r.n} samples (at least ${MIN_P99_SAMPLES} needed)`);
    if (r.met !== undefined && !r.target) out.push(`${r.name}: judged without a target`);
    if (!Number.isFinite(r.value)) out.push(`${r.name}: value ${r.value} is not a number`);
  }
  return out;
}

/** Bench files (of a directory listing) missing from run.ts's list: they would silently never run. */
export function unregistered(files: readonly string[], registered: readonly string[]): string[] {
  return files
    .filter((f) => f.endsWith('.bench.ts') && !registered.includes(f.slice(0, -'.bench.ts'.length)))
    .map((f) => `test/bench/${f} is not registered in test/bench/run.ts (BENCH_FILES): it did not run`);
}

export const METHOD_HEADING = '## Method';

/**
 * docs/benchmarks.md: the run's table, then the method section kept from the previous file (it is
 * written by hand and describes what each benchmark does, which a run cannot know).
 */
export function markdown(run: { date: string; command: string; seconds: string; machine: string; lines: readonly string[] }, previous: string | null): string {
  const at = previous?.indexOf(`\n${METHOD_HEADING}\n`) ?? -1;
  const method = at >= 0 ? previous!.slice(at + 1).trimEnd() : null;
  return [
    '# ScanBay benchmarks',
    '',
    `Run on ${run.date} with \`${run.command}\` (${run.seconds} s).`,
    '',
    `Machine: ${run.machine}.`,
    '',
    ...run.lines,
    '',
    ...(method ? [method, ''] : []),
  ].join('\n');
}
