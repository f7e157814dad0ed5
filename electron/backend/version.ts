import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from './app-root';

declare const __SCANBAY_VERSION__: string | undefined;

/**
 * The ScanBay version: injected at build time (esbuild/vite/vitest `define`); read from
 * package.json when the sources run directly (tsx: benchmarks, tools).
 */
export const SCANBAY_VERSION: string =
  typeof __SCANBAY_VERSION__ === 'string'
    ? __SCANBAY_VERSION__
    : (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
