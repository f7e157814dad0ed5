import { existsSync } from 'node:fs';
import { app } from 'electron';
import { appRoot } from '../backend/app-root';
import { electronBindingPath } from '../backend/native-path';

/**
 * better-sqlite3 for this Electron: inside a package electron-builder has rebuilt it in place;
 * in a checkout `npm start` has built it beside the Node build (electron/tools/prepare-electron-native.ts).
 */
export function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const path = electronBindingPath(appRoot(), process.versions.modules, process.platform, process.arch);
  if (!existsSync(path)) {
    throw new Error(`better-sqlite3 is not built for Electron (ABI ${process.versions.modules}) at ${path}: start the app with \`npm start\`, which builds it`);
  }
  return path;
}
