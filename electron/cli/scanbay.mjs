#!/usr/bin/env node
// `scanbay` launcher (package.json "bin"). The CLI is bundled into dist/ by `npm run build`,
// which `npm ci` runs through the "prepare" script.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/electron/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('scanbay: not built yet: run `npm run build` in the ScanBay checkout\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
