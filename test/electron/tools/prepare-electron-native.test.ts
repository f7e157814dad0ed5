import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../electron/backend/native-path';
import { abiOfBinary, buildEnv, prepareElectronNative, type PrepareDeps } from '../../../electron/tools/prepare-electron-native';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A fake checkout: better-sqlite3 sources plus its Node build, which must never change. */
function fakeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'scanbay-native-test-'));
  roots.push(root);
  const pkg = join(root, 'node_modules', 'better-sqlite3');
  mkdirSync(join(pkg, 'src'), { recursive: true });
  mkdirSync(join(pkg, 'build', 'Release'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), '{"name":"better-sqlite3","version":"12.0.0"}');
  writeFileSync(join(pkg, 'src', 'addon.cpp'), '// sources');
  writeFileSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'ABI:115');
  return root;
}

function deps(root: string, over: Partial<PrepareDeps> = {}): PrepareDeps & { calls: { args: string[]; env: NodeJS.ProcessEnv; cwd: string }[] } {
  const calls: { args: string[]; env: NodeJS.ProcessEnv; cwd: string }[] = [];
  return {
    root,
    electronVersion: '41.7.1',
    abi: '145',
    platform: 'linux',
    arch: 'x64',
    env: { PATH: '/usr/bin', npm_config_nodedir: '/usr', npm_config_target: '20.0.0', npm_config_cache: '/c' },
    log: () => {},
    abiOf: (file) => readFileSync(file, 'utf8').replace('ABI:', ''),
    async run(_cmd, args, opts) {
      calls.push({ args, env: opts.env, cwd: opts.cwd });
      // Behaves like prebuild-install/node-gyp: writes build/Release in the working copy.
      expect(existsSync(join(opts.cwd, 'build'))).toBe(false);
      mkdirSync(join(opts.cwd, 'build', 'Release'), { recursive: true });
      writeFileSync(join(opts.cwd, 'build', 'Release', 'better_sqlite3.node'), 'ABI:145');
    },
    calls,
    ...over,
  };
}

describe('prepare-electron-native (npm start)', () => {
  it('builds for Electron into .native/ from a private copy, leaving the Node build untouched', async () => {
    const root = fakeRoot();
    const d = deps(root);
    const r = await prepareElectronNative(d);
    expect(r).toEqual({ path: electronBindingPath(root, '145', 'linux', 'x64'), action: 'built' });
    expect(readFileSync(r.path, 'utf8')).toBe('ABI:145');
    expect(readFileSync(join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe('ABI:115');
    expect(d.calls[0]?.args).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', '41.7.1']));
    expect(d.calls[0]?.cwd).not.toContain('node_modules');
    // npm's nodedir/target would silently steer the build to Node's ABI.
    expect(d.calls[0]?.env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/c' });
  });

  it('is a no-op once the Electron build is there', async () => {
    const root = fakeRoot();
    await prepareElectronNative(deps(root));
    const again = deps(root);
    expect((await prepareElectronNative(again)).action).toBe('ready');
    expect(again.calls).toHaveLength(0);
  });

  it('falls back to compiling against the Electron headers when no prebuilt binary can be fetched', async () => {
    const root = fakeRoot();
    const base = deps(root);
    let first = true;
    const d = deps(root, {
      async run(cmd, args, opts) {
        if (first) {
          first = false;
          throw new Error('download failed');
        }
        await base.run(cmd, args, opts);
      },
    });
    await prepareElectronNative(d);
    expect(base.calls[0]?.args).toEqual(expect.arrayContaining(['rebuild', '--runtime=electron', '--target=41.7.1', '--dist-url=https://electronjs.org/headers']));
  });

  it('refuses a binary built for the wrong ABI', async () => {
    const root = fakeRoot();
    const d = deps(root, {
      async run(_c, _a, opts) {
        mkdirSync(join(opts.cwd, 'build', 'Release'), { recursive: true });
        writeFileSync(join(opts.cwd, 'build', 'Release', 'better_sqlite3.node'), 'ABI:115');
      },
    });
    await expect(prepareElectronNative(d)).rejects.toThrow(/built for ABI 115, not Electron's 145/);
    expect(existsSync(electronBindingPath(root, '145', 'linux', 'x64'))).toBe(false);
  });

  it('keeps other environment variables', () => {
    expect(buildEnv({ HOME: '/h', npm_config_NODEDIR: '/x', npm_config_runtime: 'node' })).toEqual({ HOME: '/h' });
  });

  it('reads the ABI of the real better-sqlite3 Node build', () => {
    expect(abiOfBinary(join(repo, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(process.versions.modules);
  });
});
