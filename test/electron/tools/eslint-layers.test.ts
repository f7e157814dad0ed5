import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `path` (repository-relative), with the project config. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'scanbay/layers' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the layer rule (scanbay/layers)', () => {
  it('refuses Node, electron and native modules in shared/', async () => {
    for (const spec of ['node:fs', 'path', 'electron', 'better-sqlite3', 'serialport', '@serialport/parser-readline']) {
      const errors = await layerErrors('shared/x/probe.ts', `import x from '${spec}';\nexport const y = x;\n`);
      expect(errors, spec).toHaveLength(1);
      expect(errors[0]).toMatch(/layer violation: shared\/ is pure/);
      expect(errors[0]).toContain('Do not relax this rule');
    }
  });

  it('refuses shared/ reaching into the backend or the renderer, and Node globals there', async () => {
    expect(await layerErrors('shared/x/probe.ts', `export { openStation } from '../../electron/backend/station';\n`)).toEqual([
      expect.stringMatching(/shared\/ may import only shared\//),
    ]);
    expect(await layerErrors('shared/x/probe.ts', `export const b = Buffer.from('a');\n`)).toEqual([expect.stringMatching(/no Node or DOM globals/)]);
    expect(await layerErrors('shared/x/probe.ts', `export const d = document.title;\n`)).toEqual([expect.stringMatching(/no Node or DOM globals/)]);
  });

  it('refuses Node, electron and backend code in the renderer', async () => {
    expect(await layerErrors('renderer/src/probe.ts', `import { readFile } from 'node:fs/promises';\nexport { readFile };\n`)).toHaveLength(1);
    expect(await layerErrors('renderer/src/probe.ts', `import { ipcRenderer } from 'electron';\nexport { ipcRenderer };\n`)).toHaveLength(1);
    expect(await layerErrors('renderer/src/probe.ts', `export { openStation } from '../../electron/backend/station';\n`)).toHaveLength(1);
    expect(await layerErrors('renderer/src/probe.ts', `const m = await import('fs');\nexport { m };\n`)).toHaveLength(1);
  });

  it('lets only the Electron shell import electron', async () => {
    expect(await layerErrors('electron/backend/probe.ts', `import { app } from 'electron';\nexport { app };\n`)).toEqual([
      expect.stringMatching(/runs under plain Node/),
    ]);
    expect(await layerErrors('electron/storage/probe.ts', `const e = require('electron');\nexport { e };\n`)).toHaveLength(1);
    expect(await layerErrors('electron/main/probe.ts', `import { app } from 'electron';\nexport { app };\n`)).toEqual([]);
  });

  it('accepts what each layer may use', async () => {
    expect(await layerErrors('shared/x/probe.ts', `import { z } from 'zod';\nimport { ok } from '../api/errors';\nexport const s = [z, ok];\n`)).toEqual([]);
    expect(await layerErrors('renderer/src/probe.ts', `import { ok } from '../../shared/api/errors';\nexport { ok };\n`)).toEqual([]);
    expect(await layerErrors('electron/backend/probe.ts', `import { readFile } from 'node:fs';\nimport Database from 'better-sqlite3';\nexport { readFile, Database };\n`)).toEqual([]);
  });

  it('holds for the whole tree as it is', async () => {
    const results = await eslint.lintFiles(['shared', 'renderer/src', 'electron']);
    const layerMessages = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'scanbay/layers').map((m) => `${r.filePath}: ${m.message}`));
    expect(layerMessages).toEqual([]);
    // Linting the whole tree takes tens of seconds on a loaded machine.
  }, 180_000);
});
