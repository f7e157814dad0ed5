// Foundation benchmarks (issue 2): `scanbay serve` ready time and the renderer bundle size.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize } from '../../electron/tools/build';
import { latency, nowMs } from './stats';
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

/** run.ts builds before any bench, so the bundle measured is the one built from these sources. */
const serveReady: Bench = async (ctx) => {
  const n = ctx.size === 'full' ? 10 : 5;
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await timeToReady(join(ctx.tmpDir, `station-${i % 2}`)));
  const s = latency(samples, 1);
  const size = bundleSize(join(root, 'dist/renderer/assets'));
  const results: BenchResult[] = [
    { name: 'serve.ready', value: s.p50, unit: 'ms', ...s, target: 'ready line <= 1000 ms (every start)', met: s.max <= 1000 },
    { name: 'renderer.bundle', value: size.raw, unit: 'bytes', n: 1, target: 'reported (JS and CSS shipped)' },
    { name: 'renderer.bundle_gzip', value: size.gzip, unit: 'bytes', n: 1, target: 'reported (the same, gzipped)' },
  ];
  return results;
};

export const benches: Bench[] = [serveReady];
