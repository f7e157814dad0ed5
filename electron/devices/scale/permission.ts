import { access, constants } from 'node:fs/promises';

/** Opening a device failed because this user may not use it. */
export class DevicePermissionError extends Error {
  readonly code = 'EACCES';
  constructor(message: string) {
    super(message);
    this.name = 'DevicePermissionError';
  }
}

const UDEV_HINT = 'install build/udev/60-scanbay.rules (see build/udev/README.md) and replug the device';

export function isPermissionError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' || /permission denied|EACCES|access denied/i.test(err.message);
}

export function serialPermissionError(path: string): DevicePermissionError {
  return new DevicePermissionError(
    `no permission to open serial port ${path}: add your user to the "dialout" group ` +
      `(sudo usermod -aG dialout $USER, then log out and back in), or ${UDEV_HINT}`,
  );
}

/**
 * hidapi reports every open failure as "cannot open device", so check the device node itself:
 * when this user cannot read and write it, say so and point at the udev rules.
 */
export async function hidOpenError(err: unknown, path: string, what: string): Promise<Error> {
  const base = err instanceof Error ? err : new Error(String(err));
  if (isPermissionError(base)) return new DevicePermissionError(`no permission to open ${what} at ${path}: ${UDEV_HINT}`);
  if (path.startsWith('/dev/')) {
    try {
      await access(path, constants.R_OK | constants.W_OK);
    } catch (accessErr) {
      if (isPermissionError(accessErr)) return new DevicePermissionError(`no permission to open ${what} at ${path}: ${UDEV_HINT}`);
    }
  }
  return new Error(`cannot open ${what} at ${path}: ${base.message}`);
}
