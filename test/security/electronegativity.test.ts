import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Static audit of the Electron code with Doyensec's electronegativity (its programmatic runner; its
// CLI is not usable with the commander version this project pins). No high-severity finding allowed.
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

interface Issue {
  id: string;
  severity: { value: number; name?: string };
  file: string;
  location: { line: number };
}

describe('electronegativity', () => {
  it('finds no high-severity issue in electron/', async () => {
    const run = require('@doyensec/electronegativity/dist/runner.js') as (o: object) => Promise<{ issues: Issue[]; errors: { tolerable: boolean }[]; atomicChecks: number }>;
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    const result = await run({ input: `${root}electron`, electronVersionOverride: electronVersion });
    expect(result.atomicChecks).toBeGreaterThan(20);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    const high = result.issues.filter((i) => i.severity.value >= 3).map((i) => `${i.id} ${i.file.replace(root, '')}:${i.location.line}`);
    expect(high).toEqual([]);
    // Lower findings are printed for review (CSP_GLOBAL_CHECK: our CSP is a response header of the
    // scanbay:// protocol handler and a meta tag in the built page, which the scanner cannot see).
    for (const i of result.issues.filter((x) => x.severity.value < 3)) process.stdout.write(`electronegativity: ${i.severity.name} ${i.id} ${i.file.replace(root, '')}\n`);
  }, 120_000);
});
