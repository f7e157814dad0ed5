import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

// electron-builder cannot run here (it downloads an Electron zip), so its config is checked
// against electron-builder's own JSON schema and every file it references must exist.
const root = fileURLToPath(new URL('../..', import.meta.url));
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it('is valid against the installed electron-builder schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds AppImage + deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.productName).toBe(pkg.productName);
  });

  it('unpacks the native modules from asar and rebuilds them for Electron', () => {
    expect(config.npmRebuild).toBe(true);
    for (const mod of ['**/*.node', 'node_modules/better-sqlite3/**', 'node_modules/node-hid/**', 'node_modules/@serialport/**']) {
      expect(config.asarUnpack).toContain(mod);
    }
    for (const dep of ['better-sqlite3', 'node-hid', 'serialport']) expect(pkg.dependencies[dep]).toBeDefined();
  });

  it('ships the udev rules and installs them from the deb scripts', () => {
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'build/udev', to: 'udev' })]);
    expect(existsSync(join(root, 'build/udev/60-scanbay.rules'))).toBe(true);
    for (const script of [config.deb.afterInstall, config.deb.afterRemove]) {
      const file = join(root, script as string);
      expect(existsSync(file), script).toBe(true);
      expect(statSync(file).mode & 0o111, `${script} is executable`).not.toBe(0);
    }
    expect(readFileSync(join(root, config.deb.afterInstall), 'utf8')).toContain('/etc/udev/rules.d/60-scanbay.rules');
  });

  it('references icons that exist and packs the built app entry points', () => {
    expect(existsSync(join(root, config.linux.icon, '512x512.png'))).toBe(true);
    expect(existsSync(join(root, config.win.icon))).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/**/*']));
    expect(pkg.main).toBe('dist/electron/main.mjs');
    // The test setup has just built dist/.
    for (const entry of ['dist/electron/main.mjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      expect(existsSync(join(root, entry)), entry).toBe(true);
    }
  });
});
