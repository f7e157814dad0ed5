// `npm start` step: makes better-sqlite3 loadable by Electron without touching the Node build in
// node_modules (which `npm test` uses). The Electron build goes to .native/ and main passes it to
// better-sqlite3's `nativeBinding` option. Never use @electron/rebuild here: it rebuilds in place.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronBindingPath } from '../backend/native-path';

export interface PrepareDeps {
  root: string;
  electronVersion: string;
  abi: string;
  platform: string;
  arch: string;
  run(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void>;
  /** The NODE_MODULE_VERSION a binary was built for. */
  abiOf(file: string): string;
  log(message: string): void;
  env: NodeJS.ProcessEnv;
}

/**
 * npm exports its config to scripts as npm_config_*; node-gyp and prebuild-install read them.
 * A `nodedir` (set on this machine) or `target`/`runtime` from the user's npmrc would silently
 * build for Node's ABI instead of Electron's, so the child gets none of them.
 */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  const steering = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|build_from_source|platform)$/i;
  for (const [k, v] of Object.entries(env)) if (!steering.test(k)) clean[k] = v;
  return clean;
}

export async function prepareElectronNative(d: PrepareDeps): Promise<{ path: string; action: 'ready' | 'built' }> {
  const target = electronBindingPath(d.root, d.abi, d.platform, d.arch);
  if (existsSync(target) && d.abiOf(target) === d.abi) return { path: target, action: 'ready' };

  const pkgDir = join(d.root, 'node_modules', 'better-sqlite3');
  const work = mkdtempSync(join(tmpdir(), 'scanbay-native-'));
  try {
    // A private copy of the package sources, so nothing in node_modules is rebuilt.
    cpSync(pkgDir, work, { recursive: true, filter: (src) => !/[/\\](build|node_modules)([/\\]|$)/.test(src.slice(pkgDir.length)) });
    const env = buildEnv(d.env);
    const common = { cwd: work, env };
    try {
      d.log(`better-sqlite3: fetching the prebuilt binary for Electron ${d.electronVersion} (ABI ${d.abi})`);
      await d.run(process.execPath, [join(d.root, 'node_modules/prebuild-install/bin.js'), '--runtime', 'electron', '--target', d.electronVersion, '--arch', d.arch, '--platform', d.platform], common);
    } catch {
      d.log('better-sqlite3: no prebuilt binary; compiling against the Electron headers');
      await d.run(
        process.execPath,
        [join(d.root, 'node_modules/node-gyp/bin/node-gyp.js'), 'rebuild', '--release', '--runtime=electron', `--target=${d.electronVersion}`, `--arch=${d.arch}`, '--dist-url=https://electronjs.org/headers'],
        common,
      );
    }
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`better-sqlite3 build produced no ${built}`);
    const got = d.abiOf(built);
    if (got !== d.abi) throw new Error(`better-sqlite3 was built for ABI ${got}, not Electron's ${d.abi}: refusing to use it`);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(built, target);
    return { path: target, action: 'built' };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Reads a native module's ABI: Node loads its own ABI, and names the other one when it refuses. */
export function abiOfBinary(file: string): string {
  try {
    process.dlopen({ exports: {} } as NodeJS.Module, file);
    return process.versions.modules;
  } catch (err) {
    const m = /NODE_MODULE_VERSION (\d+)/.exec(String((err as Error).message));
    if (m) return m[1] as string;
    throw new Error(`cannot read the ABI of ${file}: ${(err as Error).message}`);
  }
}

function spawnRun(command: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...opts, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const electronDir = join(root, 'node_modules', 'electron');
  const electronVersion = (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
  const abi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
  const result = await prepareElectronNative({
    root,
    electronVersion,
    abi,
    platform: process.platform,
    arch: process.arch,
    run: spawnRun,
    abiOf: abiOfBinary,
    log: (m) => process.stderr.write(`${m}\n`),
    env: process.env,
  });
  process.stderr.write(`better-sqlite3 for Electron ${electronVersion}: ${result.action} (${result.path})\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`scanbay: cannot prepare better-sqlite3 for Electron: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
