import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What electron-builder produces from electron-builder.yml, built here without network: `--dir`
// with a stand-in Electron distribution (no binary exists on this machine) and a placeholder
// Electron-ABI better-sqlite3 in place of .native/; then the deb target stopped just before fpm
// runs (electron-builder's own `effectiveOptionComputed` hook), to read its scripts.
const root = fileURLToPath(new URL('../..', import.meta.url));
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const abi = readFileSync(join(root, 'node_modules/electron/abi_version'), 'utf8').trim();
const nativeName = `better-sqlite3-electron-v${abi}-linux-x64`;

let work: string;
let unpacked: string;
let config: Record<string, any>;
let fpmArgs: string[] = [];
const scripts: Record<string, string> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'scanbay-package-'));
  // Electron's Linux distribution, as far as electron-builder looks at it: a stand-in `electron`
  // that reports how it was started (so the CLI launcher can be checked), and its usual files.
  const electronDist = join(work, 'electron-dist');
  mkdirSync(join(electronDist, 'resources'), { recursive: true });
  mkdirSync(join(electronDist, 'locales'));
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "ELECTRON_RUN_AS_NODE=$ELECTRON_RUN_AS_NODE $*"\n');
  chmodSync(join(electronDist, 'electron'), 0o755);
  for (const f of ['chrome-sandbox', 'LICENSE', 'LICENSES.chromium.html']) writeFileSync(join(electronDist, f), '');
  writeFileSync(join(electronDist, 'version'), electronVersion);
  const native = join(work, 'native');
  mkdirSync(join(native, nativeName), { recursive: true });
  writeFileSync(join(native, nativeName, 'better_sqlite3.node'), 'placeholder for the Electron-ABI build');

  config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
  config.files = (config.files as unknown[]).map((f) => (typeof f === 'object' && (f as { from: string }).from === '.native' ? { ...f, from: native } : f));
  config.electronDist = electronDist;
  config.electronVersion = electronVersion;
  config.directories = { ...config.directories, output: join(work, 'out') };
  // Given an object, electron-builder would merge it with electron-builder.yml: pass a file instead.
  const configFile = join(work, 'electron-builder.yml');
  writeFileSync(configFile, yaml.dump(config));
  // One build, as `npm run dist` does: the app is packed once, then each target is made from it.
  await build({
    projectDir: root,
    config: configFile,
    targets: Platform.LINUX.createTarget(['dir', 'deb'], Arch.x64),
    effectiveOptionComputed: async (options: unknown) => {
      if (!Array.isArray(options) || !Array.isArray(options[0])) return false;
      fpmArgs = options[0] as string[];
      for (const flag of ['--after-install', '--after-remove']) scripts[flag] = readFileSync(fpmArgs[fpmArgs.indexOf(flag) + 1] as string, 'utf8');
      return true; // stop before fpm (which electron-builder would download)
    },
  });
  unpacked = join(work, 'out', 'linux-unpacked');
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packaged Linux app (electron-builder --dir)', () => {
  it('holds the built app in asar and nothing of the sources or tests', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    for (const f of ['/package.json', '/dist/electron/main.mjs', '/dist/electron/cli.mjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/dist/renderer/favicon.ico']) expect(files, f).toContain(f);
    const own = files.filter((f) => !f.startsWith('/node_modules/'));
    expect(own.filter((f) => f.startsWith('/test/') || f.startsWith('/electron/') || f.startsWith('/renderer/') || f.endsWith('.ts') || f.endsWith('.map'))).toEqual([]);
    // The stand-in electron module can never be packed: nothing of test/ is.
    expect(files.some((f) => f.includes('stand-in'))).toBe(false);
    expect(files.filter((f) => f.startsWith('/node_modules/better-sqlite3/build/'))).toEqual([]);
  });

  it('unpacks the native modules from asar: the Electron better-sqlite3 and the N-API prebuilds of node-hid and serialport', () => {
    const res = join(unpacked, 'resources', 'app.asar.unpacked');
    expect(readFileSync(join(res, '.native', nativeName, 'better_sqlite3.node'), 'utf8')).toBe('placeholder for the Electron-ABI build');
    expect(existsSync(join(res, 'node_modules/node-hid/prebuilds/HID_hidraw-linux-x64/node-napi-v4.node'))).toBe(true);
    expect(existsSync(join(res, 'node_modules/@serialport/bindings-cpp/prebuilds/linux-x64/@serialport+bindings-cpp.glibc.node'))).toBe(true);
    // Node's own build was not rebuilt (npmRebuild: false) nor packed.
    expect(existsSync(join(res, 'node_modules/better-sqlite3/build'))).toBe(false);
  });

  it('ships the udev rules and the CLI entry, which runs the CLI bundle of the app with ELECTRON_RUN_AS_NODE=1', () => {
    expect(readFileSync(join(unpacked, 'resources/udev/60-scanbay.rules'), 'utf8')).toBe(readFileSync(join(root, 'build/udev/60-scanbay.rules'), 'utf8'));
    expect(existsSync(join(unpacked, 'scanbay-desktop'))).toBe(true);
    const cli = join(unpacked, 'resources/bin/scanbay');
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    // As /usr/bin/scanbay: a link to it from elsewhere.
    const link = join(work, 'usr-bin-scanbay');
    symlinkSync(cli, link);
    const r = spawnSync(link, ['options', 'list', '--data-dir', '/tmp/x'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`ELECTRON_RUN_AS_NODE=1 ${join(unpacked, 'resources/app.asar/dist/electron/cli.mjs')} options list --data-dir /tmp/x`);
  });

  it("the .deb runs electron-builder's default after-install (link, sandbox, AppArmor) and then installs the udev rules and /usr/bin/scanbay", () => {
    const install = scripts['--after-install'] as string;
    expect(install).toContain("update-alternatives --install '/usr/bin/scanbay-desktop' 'scanbay-desktop' '/opt/ScanBay/scanbay-desktop'");
    expect(install).toContain("chmod 4755 '/opt/ScanBay/chrome-sandbox'");
    expect(install).toContain("APPARMOR_PROFILE_SOURCE='/opt/ScanBay/resources/apparmor-profile'");
    expect(install).toContain("RULES_SRC='/opt/ScanBay/resources/udev/60-scanbay.rules'");
    expect(install).toContain('install -m 0644 "$RULES_SRC" /etc/udev/rules.d/60-scanbay.rules');
    expect(install).toContain("ln -sf '/opt/ScanBay/resources/bin/scanbay' /usr/bin/scanbay");
    expect(install.indexOf('apparmor')).toBeLessThan(install.indexOf('60-scanbay.rules'));
    const remove = scripts['--after-remove'] as string;
    expect(remove).toContain("update-alternatives --remove 'scanbay-desktop' '/opt/ScanBay/scanbay-desktop'");
    expect(remove).toContain('rm -f /etc/udev/rules.d/60-scanbay.rules');
    for (const s of [install, remove]) expect(spawnSync('bash', ['-n'], { input: s }).status).toBe(0);
    expect(fpmArgs).toContain(`${unpacked}/=/opt/ScanBay`);
    expect(existsSync(join(unpacked, 'resources/apparmor-profile'))).toBe(true);
  });
});
