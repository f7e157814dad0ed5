import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('scanbay devices', () => {
  it('prints a JSON array of candidates on this machine and exits 0', () => {
    const r = spawnSync(process.execPath, ['electron/cli/scanbay.mjs', 'devices'], { cwd: root, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    const devices = JSON.parse(r.stdout) as { type: string; path: string | null; kind: unknown }[];
    expect(Array.isArray(devices)).toBe(true);
    for (const d of devices) {
      expect(['hid', 'serial']).toContain(d.type);
      expect(['scanner', 'scale', null]).toContain(d.kind);
    }
    // Anything it could not check is one JSON object on stderr.
    if (r.stderr.trim() !== '') expect(JSON.parse(r.stderr)).toEqual({ warnings: expect.any(Array) });
  });

  it('still prints a JSON array when udevadm is not on PATH', () => {
    const r = spawnSync(process.execPath, ['electron/cli/scanbay.mjs', 'devices'], { cwd: root, encoding: 'utf8', timeout: 20_000, env: { ...process.env, PATH: '/nonexistent' } });
    expect(r.status).toBe(0);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    expect(JSON.parse(r.stderr).warnings).toEqual(expect.arrayContaining([expect.stringContaining('udevadm not found')]));
  });
});
