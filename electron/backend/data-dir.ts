import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'ScanBay';

/**
 * The default data dir is the one Electron uses as `userData` for productName "ScanBay",
 * so the desktop app, `scanbay serve` and the CLI share one station by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SCANBAY_DATA_DIR) return resolve(env.SCANBAY_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

export function resolveDataDir(flag: string | undefined): string {
  return flag ? resolve(flag) : defaultDataDir();
}
