// `npm run build`: the renderer (Vite) and the Node bundles (esbuild), then the bundle size report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { buildNode } from './build-node';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the Node bundles and the renderer into dist/. */
export async function buildAll(opts: { quiet?: boolean } = {}): Promise<void> {
  await buildNode({ quiet: opts.quiet ?? false });
  await viteBuild({ configFile: join(root, 'renderer/vite.config.ts'), logLevel: opts.quiet ? 'error' : 'warn' });
}

async function main(): Promise<void> {
  const started = Date.now();
  await buildAll();
  const { raw, gzip } = bundleSize(join(root, 'dist/renderer/assets'));
  // One machine-readable line (the bench collects it) and a human one.
  process.stdout.write(`${JSON.stringify({ name: 'renderer.bundle', value: raw, unit: 'bytes', gzip })}\n`);
  process.stdout.write(
    `build: renderer bundle ${(raw / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzip), done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

/** Total size of the shipped JS and CSS (source maps excluded). */
export function bundleSize(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const file = join(dir, name);
    raw += statSync(file).size;
    gzip += gzipSync(readFileSync(file)).length;
  }
  return { raw, gzip };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
