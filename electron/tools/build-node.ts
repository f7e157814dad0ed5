// Bundles the Node-side entry points with esbuild. npm dependencies stay external (native modules
// must be loaded from node_modules, and electron-builder packs them) except the pure-JS ones in
// INLINED: ES module packages of hundreds of files, which Node resolves and loads one file at a
// time at every start (kysely alone ~75 ms) but which load in a few ms inside the bundle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

export type NodeTarget = 'cli' | 'main' | 'preload';

/** Pure-JS, file-heavy dependencies bundled in (nothing external imports them: one copy each). */
const INLINED = new Set(['kysely', 'zod', 'intl-messageformat', '@formatjs/icu-messageformat-parser']);

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['electron', ...Object.keys(pkg.dependencies).filter((name) => !INLINED.has(name))],
  define: { __SCANBAY_VERSION__: JSON.stringify(pkg.version) },
};

const targets: Record<NodeTarget, BuildOptions> = {
  cli: { entryPoints: ['electron/cli/main.ts'], outfile: 'dist/electron/cli.mjs', format: 'esm' },
  main: { entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm' },
  // A sandboxed preload cannot load ES modules or other files: one CommonJS script.
  preload: {
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  },
};

export async function buildNode(opts: { quiet?: boolean; only?: NodeTarget[] } = {}): Promise<void> {
  const names = opts.only ?? (Object.keys(targets) as NodeTarget[]);
  await Promise.all(
    names.map((name) => build({ ...common, ...targets[name], logLevel: opts.quiet ? 'error' : 'warning' })),
  );
}
