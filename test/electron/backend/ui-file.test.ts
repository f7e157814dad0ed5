import { describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../electron/backend/native-path';
import { mimeType, resolveUiFile } from '../../../electron/backend/ui-file';

describe('resolveUiFile (scanbay:// protocol)', () => {
  const root = '/app/dist/renderer';
  it('maps UI paths into the renderer directory', () => {
    expect(resolveUiFile(root, '/')).toBe('/app/dist/renderer/index.html');
    expect(resolveUiFile(root, '/assets/index-abc.js')).toBe('/app/dist/renderer/assets/index-abc.js');
    expect(resolveUiFile(root, '/a%20b.css')).toBe('/app/dist/renderer/a b.css');
  });
  it('refuses every way out of it', () => {
    for (const p of ['/../main.mjs', '/assets/../../x', '/%2e%2e/x', '/..%2fx', '/a\\..\\b', '/x%00.js', '/%E0%A4%A', '/..']) {
      expect(resolveUiFile(root, p), p).toBeNull();
    }
  });
  it('names content types', () => {
    expect(mimeType('a.js')).toMatch(/javascript/);
    expect(mimeType('a.HTML')).toMatch(/text\/html/);
    expect(mimeType('a.bin')).toBe('application/octet-stream');
  });
});

describe('electronBindingPath', () => {
  it('keeps the Electron build of better-sqlite3 beside, not over, the Node build', () => {
    const p = electronBindingPath('/repo', '145', 'linux', 'x64');
    expect(p).toBe('/repo/.native/better-sqlite3-electron-v145-linux-x64/better_sqlite3.node');
    expect(p).not.toContain('node_modules');
  });
});
