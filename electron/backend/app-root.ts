import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The ScanBay checkout or installed app directory (the one holding ScanBay's package.json), found
 * by walking up from this module: the same answer from sources (tests), dist/ bundles and asar.
 */
export function appRoot(from: string = fileURLToPath(import.meta.url)): string {
  if (cached) return cached;
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'scanbay') {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ScanBay package.json above ${from}`);
    dir = parent;
  }
}

/** Where `npm run build` puts the renderer. */
export function rendererDir(): string {
  return join(appRoot(), 'dist', 'renderer');
}
