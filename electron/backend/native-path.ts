import { join } from 'node:path';

/**
 * Where the better-sqlite3 binding built for Electron lives in a development checkout. It sits
 * beside (never over) node_modules/better-sqlite3/build, which stays built for Node, so `npm start`
 * and `npm test` both work on one checkout in either order. Packaged apps do not use it:
 * electron-builder rebuilds native modules for Electron inside the package.
 */
export function electronBindingPath(appRoot: string, abi: string, platform: string, arch: string): string {
  return join(appRoot, '.native', `better-sqlite3-electron-v${abi}-${platform}-${arch}`, 'better_sqlite3.node');
}
