import { describe, expect, it } from 'vitest';
import { hidOpenError, isPermissionError, serialPermissionError } from '../../../../electron/devices/scale/permission';

describe('permission errors', () => {
  it('recognises EACCES in all the shapes node, serialport and hidapi use', () => {
    expect(isPermissionError(Object.assign(new Error('open failed'), { code: 'EACCES' }))).toBe(true);
    expect(isPermissionError(new Error('Error: Permission denied, cannot open /dev/ttyUSB0'))).toBe(true);
    expect(isPermissionError(new Error('No such file or directory'))).toBe(false);
  });

  it('names the serial port and the dialout group', () => {
    const m = serialPermissionError('/dev/ttyUSB0').message;
    expect(m).toContain('/dev/ttyUSB0');
    expect(m).toContain('dialout');
    expect(m).toContain('build/udev/README.md');
  });

  it('keeps other HID open failures as they are, with the device named', async () => {
    const e = await hidOpenError(new Error('device busy'), '/not-dev/x', 'HID scale 0922:8003');
    expect(e.message).toBe('cannot open HID scale 0922:8003 at /not-dev/x: device busy');
  });
});
