import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { composeDebScript, DEB_SCRIPTS } from '../../electron/tools/deb-scripts';

// The packaging configuration as written; test/build/package-dir.test.ts checks what it produces.
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
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

  it('rebuilds nothing in node_modules and packs the Electron build of better-sqlite3 from .native/', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toContainEqual({ from: '.native', to: '.native', filter: ['better-sqlite3-electron-*/better_sqlite3.node'] });
    for (const mod of ['**/*.node', '.native/**', 'node_modules/node-hid/**', 'node_modules/@serialport/**']) expect(config.asarUnpack).toContain(mod);
    expect(pkg.scripts.dist).toContain('electron/tools/prepare-electron-native.ts');
    expect(pkg.scripts.dist.indexOf('prepare-electron-native')).toBeLessThan(pkg.scripts.dist.indexOf('electron-builder'));
  });

  it("keeps electron-builder's default deb dependencies and adds libusb", () => {
    const FpmTarget = (require('app-builder-lib/out/targets/FpmTarget') as { default: { prototype: { getDefaultDepends(t: string): string[] } } }).default;
    const defaults = FpmTarget.prototype.getDefaultDepends.call(null, 'deb');
    expect(defaults.length).toBeGreaterThan(5);
    expect(config.deb.depends).toEqual(expect.arrayContaining([...defaults, 'libusb-1.0-0']));
  });

  it("runs electron-builder's own after-install/after-remove with ScanBay's part appended, generated from the installed templates", () => {
    expect(config.deb.afterInstall).toBe('build/linux/after-install.tpl');
    expect(config.deb.afterRemove).toBe('build/linux/after-remove.tpl');
    for (const s of DEB_SCRIPTS) {
      // Out of date after an electron-builder upgrade: run `node --import tsx electron/tools/deb-scripts.ts`.
      expect(readFileSync(join(root, s.out), 'utf8'), s.out).toBe(composeDebScript(s.template, s.ours));
      expect(readFileSync(join(root, s.out), 'utf8').startsWith(readFileSync(join(root, 'node_modules/app-builder-lib/templates/linux', s.template), 'utf8').trimEnd())).toBe(true);
    }
  });

  it('ships the udev rules and the CLI launchers, and names the Linux app so that /usr/bin/scanbay is the CLI', () => {
    expect(config.linux.executableName).toBe('scanbay-desktop');
    expect(config.linux.extraResources).toEqual([expect.objectContaining({ from: 'build/udev', to: 'udev' }), { from: 'build/bin', to: 'bin', filter: ['scanbay'] }]);
    expect(config.mac.extraResources).toEqual([{ from: 'build/bin', to: 'bin', filter: ['scanbay'] }]);
    expect(config.win.extraResources).toEqual([{ from: 'build/bin', to: 'bin', filter: ['scanbay.cmd'] }]);
    expect(statSync(join(root, 'build/bin/scanbay')).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(root, 'build/bin/scanbay.cmd'), 'utf8')).toContain('ELECTRON_RUN_AS_NODE=1');
    expect(existsSync(join(root, 'build/udev/60-scanbay.rules'))).toBe(true);
  });

  it('references icons that exist and packs the built app entry points', () => {
    expect(existsSync(join(root, config.linux.icon, '512x512.png'))).toBe(true);
    expect(existsSync(join(root, config.win.icon))).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/**/*']));
    expect(pkg.main).toBe('dist/electron/main.mjs');
    // The test setup has just built dist/.
    for (const entry of ['dist/electron/main.mjs', 'dist/electron/preload.cjs', 'dist/electron/cli.mjs', 'dist/renderer/index.html']) {
      expect(existsSync(join(root, entry)), entry).toBe(true);
    }
  });
});
