import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A bench file left out of run.ts's list is never measured (a merge once dropped two).
describe('npm run bench', () => {
  it('runs every *.bench.ts file', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const runner = readFileSync(`${dir}/run.ts`, 'utf8');
    const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts'));
    expect(files.length).toBeGreaterThan(10);
    const missing = files.filter((f) => !runner.includes(`import('./${f.replace(/\.ts$/, '')}')`));
    expect(missing).toEqual([]);
  });
});
