// Foundation benchmarks (issue 2): `scanbay serve` ready time and the renderer bundle size.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll, bundleSize } from '../../electron/tools/build';
import { nowMs, percentile } from './stats';
import type { Bench, BenchResult } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'electron/cli/scanbay.mjs');

function timeToReady(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = nowMs();
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        const ms = nowMs() - started;
        child.once('exit', () => resolve(ms));
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
  });
}

const serveReady: Bench = async (ctx) => {
  await buildAll({ quiet: true });
  const n = ctx.size === 'full' ? 10 : 5;
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await timeToReady(join(ctx.tmpDir, `station-${i % 2}`)));
  const p50 = percentile(samples, 50);
  const worst = Math.max(...samples);
  const size = bundleSize(join(root, 'dist/renderer/assets'));
  const results: BenchResult[] = [
    { name: 'serve.ready', value: p50, unit: 'ms', n, p50, p99: worst, target: 'ready line <= 1000 ms', met: worst <= 1000 },
    { name: 'renderer.bundle', value: size.raw, unit: 'bytes', n: 1, baseline: size.gzip, target: 'reported (baseline = gzip size)' },
  ];
  return results;
};

export const benches: Bench[] = [serveReady];
