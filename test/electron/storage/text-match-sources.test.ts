import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every "contains" filter of the backend goes through storage/text-match.ts (same matching on both dialects). */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('text filters', () => {
  it('no LIKE or ILIKE outside storage/text-match.ts (copy.ts reads SQLite’s own catalog)', () => {
    const allowed = new Set(['electron/storage/text-match.ts', 'electron/storage/copy.ts']);
    const offenders = files(join(root, 'electron'))
      .map((f) => relative(root, f))
      .filter((f) => !allowed.has(f))
      .filter((f) => /'i?like'|\bi?like\s+\$\{|\bi?like\s+\?|\)\s+i?like\s/i.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
