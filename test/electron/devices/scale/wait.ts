import type { ScaleReading } from '../../../../shared/devices/scale/reading';
import type { DeviceStatus } from '../../../../shared/devices/status';
import type { ScaleDriver } from '../../../../electron/devices/scale/scale-driver';

/** Resolve with the first reading that matches, or fail after `ms` with what was seen. */
export function nextReading(driver: ScaleDriver, match: (r: ScaleReading) => boolean, ms = 3000): Promise<ScaleReading> {
  return new Promise((resolve, reject) => {
    const seen: ScaleReading[] = [];
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no matching reading within ${ms} ms; saw ${JSON.stringify(seen.slice(-3))}, status ${driver.status}`));
    }, ms);
    const off = driver.on('reading', (r) => {
      seen.push(r);
      if (!match(r)) return;
      clearTimeout(timer);
      off();
      resolve(r);
    });
  });
}

/** Resolve when the driver reaches `status` (immediately if it is there), or fail after `ms`. */
export function statusReached(driver: ScaleDriver, status: DeviceStatus, ms = 3000): Promise<void> {
  if (driver.status === status) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`status ${status} not reached within ${ms} ms (is ${driver.status})`));
    }, ms);
    const off = driver.on('status', (s) => {
      if (s !== status) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
