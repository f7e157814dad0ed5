import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from './app-root';

/**
 * Where the better-sqlite3 binding built for Electron lives: `.native/` beside (never over)
 * node_modules/better-sqlite3/build, which stays built for Node, so `npm start` and `npm test` both
 * work on one checkout in either order. electron-builder packs the same `.native/` directory
 * (unpacked from asar) instead of rebuilding node_modules, so the path is the same in a package.
 */
export function electronBindingPath(root: string, abi: string, platform: string, arch: string): string {
  return join(root, '.native', `better-sqlite3-electron-v${abi}-${platform}-${arch}`, 'better_sqlite3.node');
}

/**
 * The binding for the running process: none under Node (node_modules has it), the `.native/` one
 * under Electron — the app's backend (utility process) and the installed CLI (ELECTRON_RUN_AS_NODE).
 */
export function runtimeNativeBinding(versions: NodeJS.ProcessVersions = process.versions, root?: string): string | undefined {
  if (!versions.electron) return undefined;
  const path = electronBindingPath(root ?? appRoot(), versions.modules, process.platform, process.arch);
  if (!existsSync(path)) {
    throw new Error(`better-sqlite3 is not built for Electron ${versions.electron} (ABI ${versions.modules}) at ${path}: start the app with \`npm start\`, which builds it`);
  }
  return path;
}
