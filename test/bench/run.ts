// `npm run bench`: every benchmark in test/bench/*.bench.ts against fresh temp dirs. One JSON object
// per metric on stdout as it is measured, then a summary table. BENCH_SIZE=full runs the full sizes;
// `--md FILE` also writes the table (with the machine it ran on) as Markdown; `--only NAME` filters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, release, platform } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult, BenchSize } from './types';

const dir = fileURLToPath(new URL('.', import.meta.url));
const size: BenchSize = process.env.BENCH_SIZE === 'full' ? 'full' : 'quick';
const args = process.argv.slice(2);
const md = args.includes('--md') ? args[args.indexOf('--md') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

function fmt(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '';
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  return String(Number(v.toPrecision(3)));
}

function table(results: BenchResult[]): string[] {
  const head = ['metric', 'value', 'unit', 'n', 'p50', 'p99', 'baseline', 'ratio', 'target', 'met'];
  const rows = results.map((r) => [r.name, fmt(r.value), r.unit, fmt(r.n), fmt(r.p50), fmt(r.p99), fmt(r.baseline), fmt(r.ratio), r.target ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO']);
  return [head, ...rows].map((cells) => `| ${cells.join(' | ')} |`).toSpliced(1, 0, `|${head.map(() => ' --- ').join('|')}|`);
}

/**
 * Several benches run the built CLI and UI (`scanbay serve` as its own process): build first, so a
 * stale build never measures (or fails on) old code. Its output goes to stderr, not among the metrics.
 */
function build(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron/tools/build.ts')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('the build failed: nothing measured');
}

async function main(): Promise<void> {
  build();
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
  const results: BenchResult[] = [];
  const started = Date.now();
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { benches: Bench[] };
    for (const bench of mod.benches) {
      const tmpDir = mkdtempSync(join(tmpdir(), `scanbay-bench-${basename(file, '.bench.ts')}-`));
      try {
        for (const r of await bench({ size, tmpDir })) {
          results.push(r);
          process.stdout.write(`${JSON.stringify(r)}\n`);
        }
      } catch (err) {
        const failure: BenchResult = { name: `${basename(file, '.bench.ts')}.error`, value: 0, unit: 'error', n: 0, target: String(err instanceof Error ? err.message : err).slice(0, 200), met: false };
        results.push(failure);
        process.stdout.write(`${JSON.stringify(failure)}\n`);
      } finally {
        rmSync(tmpDir, { recursive: true, force: true });
      }
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const lines = table(results);
  process.stdout.write(`\nScanBay benchmarks (${size} size, ${seconds} s)\n${lines.join('\n')}\n`);
  const missed = results.filter((r) => r.met === false);
  if (missed.length > 0) process.stdout.write(`\n${missed.length} target(s) not met: ${missed.map((r) => r.name).join(', ')}\n`);
  if (md) {
    const cpu = cpus();
    const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
    const text = [
      '# ScanBay benchmarks',
      '',
      `Run on ${new Date().toISOString().slice(0, 10)} with \`${size === 'full' ? 'BENCH_SIZE=full ' : ''}npm run bench\` (${seconds} s).`,
      '',
      `Machine: ${machine}.`,
      '',
      ...lines,
      '',
    ].join('\n');
    writeFileSync(md, text);
  }
}

await main();
