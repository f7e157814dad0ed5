import { join } from 'node:path';

export const LOG_DIR_NAME = 'logs';
export const LOG_FILE_NAME = 'scanbay.log';

/** `<dataDir>/logs`: the active `scanbay.log` and its rotated predecessors `scanbay.1.log` (newest) … */
export function logDir(dataDir: string): string {
  return join(dataDir, LOG_DIR_NAME);
}

export function logFilePath(dataDir: string): string {
  return join(logDir(dataDir), LOG_FILE_NAME);
}

/** `scanbay.log` → `scanbay.<n>.log`. */
export function rotatedPath(active: string, n: number): string {
  return active.replace(/(\.log)?$/, `.${n}.log`);
}
