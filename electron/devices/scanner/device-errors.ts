// Turns low-level open failures into messages a person at the station can act on.

const PERMISSION = /EACCES|EPERM|permission denied|access denied|operation not permitted/i;

export function isPermissionError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  return code === 'EACCES' || code === 'EPERM' || (typeof message === 'string' && PERMISSION.test(message));
}

/** An Error that says which device could not be opened and how to grant access. */
export function permissionError(device: string, cause: unknown, transport: 'hid' | 'serial' = 'hid'): Error {
  const linuxHint =
    'install the udev rules shipped in build/udev (copy them to /etc/udev/rules.d/, run ' +
    '`udevadm control --reload-rules && udevadm trigger`, then unplug and replug the scanner)' +
    (transport === 'serial' ? ' or add this user to the dialout group' : '');
  const platformHint =
    process.platform === 'linux' ? linuxHint : 'check that no other program holds the device and that this user may open it';
  return new Error(`Permission denied opening scanner ${device}: ${platformHint}.`, { cause });
}

/** `0x0c2e` style hex for vendor/product IDs in messages. */
export function hex4(n: number): string {
  return `0x${n.toString(16).padStart(4, '0')}`;
}
