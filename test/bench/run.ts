// `npm run bench`: the benchmarks registered below, each against a fresh temp dir. One JSON object
// per metric on stdout as it is measured, then a summary table. BENCH_SIZE=full runs the full sizes,
// BENCH_SIZE=huge adds a 10 M-serial ledger to the scaling benchmark; `--md FILE` also writes the
// table (with the machine it ran on) as Markdown; `--only NAME` runs the benches of one file.
// Each bench file runs in a process of its own, as a station's backend runs in its own: what one
// file leaves behind (heap, servers, a browser) never weighs on the next one's timings.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdown, problems, table, unregistered } from './report';
import type { Bench, BenchResult, BenchSize } from './types';

/** Every bench file, one line each, kept in alphabetical order: adding a file is adding its line. */
const BENCH_FILES: Record<string, () => Promise<{ benches: Bench[] }>> = {
  browser: () => import('./browser.bench'),
  burst: () => import('./burst.bench'),
  concurrency: () => import('./concurrency.bench'),
  decode: () => import('./decode.bench'),
  foundation: () => import('./foundation.bench'),
  'import-stall': () => import('./import-stall.bench'),
  lifecycle: () => import('./lifecycle.bench'),
  'multi-station': () => import('./multi-station.bench'),
  pools: () => import('./pools.bench'),
  receiving: () => import('./receiving.bench'),
  scale: () => import('./scale.bench'),
  scaling: () => import('./scaling.bench'),
  scanner: () => import('./scanner.bench'),
  shipping: () => import('./shipping.bench'),
  storage: () => import('./storage.bench'),
};

const dir = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const huge = process.env.BENCH_SIZE === 'huge';
const size: BenchSize = huge || process.env.BENCH_SIZE === 'full' ? 'full' : 'quick';
const args = process.argv.slice(2);
const md = args.includes('--md') ? args[args.indexOf('--md') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
/** Internal: run the benches of exactly this file, in this process, and print their lines. */
const file = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;

/**
 * Several benches run the built CLI and UI (`scanbay serve` as its own process): build first, so a
 * stale build never measures (or fails on) old code. Its output goes to stderr, not among the
 * metrics; its own `renderer.bundle` line is dropped (foundation.bench measures the bundle).
 */
async function build(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron/tools/build.ts')], { cwd: root, stdio: ['ignore', 'pipe', 2] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  process.stderr.write(out.split('\n').filter((line) => !line.startsWith('{')).join('\n'));
  if (code !== 0) throw new Error('the build failed: nothing measured');
}

/** An error's message with its causes (`fetch failed` alone says nothing). */
function reason(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause === undefined ? err.message : `${err.message}: ${reason(err.cause)}`;
}

/** The benches of one file, in this process, each on a fresh temp dir: one JSON line per metric. */
async function runFile(name: string): Promise<void> {
  const { benches } = await BENCH_FILES[name]!();
  for (const bench of benches) {
    const tmpDir = mkdtempSync(join(tmpdir(), `scanbay-bench-${name}-`));
    try {
      for (const r of await bench({ size, huge, tmpDir })) process.stdout.write(`${JSON.stringify(r)}\n`);
    } catch (err) {
      const failure: BenchResult = { name: `${name}.error`, value: 0, unit: 'error', n: 0, target: reason(err).slice(0, 300), met: false };
      process.stdout.write(`${JSON.stringify(failure)}\n`);
    } finally {
      rmSync(tmpDir, { recursive: true, force: true });
    }
  }
}

/** Runs one file's benches in a child process; its metric lines are echoed as they come. */
function runChild(name: string, results: BenchResult[]): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--file', name], { cwd: root, stdio: ['ignore', 'pipe', 2] });
  let rest = '';
  const take = (line: string) => {
    if (!line.startsWith('{')) return void (line.trim() && process.stderr.write(`${line}\n`));
    results.push(JSON.parse(line) as BenchResult);
    process.stdout.write(`${line}\n`);
  };
  child.stdout?.on('data', (d: Buffer) => {
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(take);
  });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      if (rest) take(rest);
      if (code !== 0) {
        const failure: BenchResult = { name: `${name}.error`, value: 0, unit: 'error', n: 0, target: `the bench process ended with ${signal ?? `exit code ${code}`}`, met: false };
        results.push(failure);
        process.stdout.write(`${JSON.stringify(failure)}\n`);
      }
      resolve();
    });
  });
}

async function main(): Promise<void> {
  const names = Object.keys(BENCH_FILES).filter((name) => !only || name.includes(only));
  if (names.length === 0) throw new Error(`no bench file matches --only ${only}`);
  await build();
  const results: BenchResult[] = [];
  const started = Date.now();
  for (const name of names) await runChild(name, results);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const lines = table(results);
  const label = huge ? 'huge' : size;
  process.stdout.write(`\nScanBay benchmarks (${label} size, ${seconds} s)\n${lines.join('\n')}\n`);
  const missed = results.filter((r) => r.met === false);
  if (missed.length > 0) process.stdout.write(`\n${missed.length} target(s) not met: ${missed.map((r) => r.name).join(', ')}\n`);
  const unsound = [...problems(results), ...(only ? [] : unregistered(readdirSync(dir), Object.keys(BENCH_FILES)))];
  if (unsound.length > 0) {
    process.stdout.write(`\nThe run is not sound:\n${unsound.map((p) => `- ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
  if (md) {
    const cpu = cpus();
    const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
    const command = `${size === 'quick' ? '' : `BENCH_SIZE=${label} `}npm run bench`;
    const previous = existsSync(md) ? readFileSync(md, 'utf8') : null;
    writeFileSync(md, markdown({ date: new Date().toISOString().slice(0, 10), command, seconds, machine, lines }, previous));
  }
}

if (file !== undefined) {
  if (!BENCH_FILES[file]) throw new Error(`no bench file named ${file}`);
  await runFile(file);
} else await main();
