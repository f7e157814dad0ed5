import { describe, expect, it } from 'vitest';
import { guessKind } from '../../../../electron/devices/listing/kind';
import { listCandidateDevices } from '../../../../electron/devices/listing/list-devices';

const hid = [
  { vendorId: 0x0c2e, productId: 0x0200, path: '/dev/hidraw1', product: 'Voyager', manufacturer: 'Honeywell', usagePage: 0x01, usage: 0x06, interface: 0 },
  { vendorId: 0x0922, productId: 0x8003, path: '/dev/hidraw2', product: 'M10', usagePage: 0x8d, usage: 0x01 },
  { vendorId: 0x1234, productId: 0x0001, path: '/dev/hidraw3', usagePage: 0x8c, usage: 0x02 },
  { vendorId: 0x046d, productId: 0xc52b, path: '/dev/hidraw4', usagePage: 0x01, usage: 0x02 },
];
const serial = [{ path: '/dev/ttyUSB0', vendorId: '0eb8', productId: '2000', manufacturer: 'Mettler Toledo', serialNumber: 'B123' }, { path: '/dev/ttyS0' }];

const base = { platform: 'linux' as const, hasCommand: () => true, hidrawNodes: () => [] };

describe('device listing', () => {
  it('lists HID devices with usage page and a scanner/scale guess, and serial ports with USB ids', async () => {
    const { devices, warnings } = await listCandidateDevices({ ...base, hidDevices: async () => hid, serialPorts: async () => serial });
    expect(warnings).toEqual([]);
    expect(devices.map((d) => [d.type, d.path, d.kind])).toEqual([
      ['hid', '/dev/hidraw1', 'scanner'], // Honeywell keyboard-mode scanner, by vendor
      ['hid', '/dev/hidraw2', 'scale'], // usage page 0x8D
      ['hid', '/dev/hidraw3', 'scanner'], // usage page 0x8C
      ['hid', '/dev/hidraw4', null],
      ['serial', '/dev/ttyUSB0', 'scale'],
      ['serial', '/dev/ttyS0', null],
    ]);
    expect(devices[1]).toEqual({
      type: 'hid', vendorId: 0x0922, productId: 0x8003, path: '/dev/hidraw2', product: 'M10', manufacturer: null,
      serialNumber: null, usagePage: 0x8d, usage: 1, interface: null, kind: 'scale',
    });
    expect(devices[4]).toEqual({ type: 'serial', path: '/dev/ttyUSB0', vendorId: 0x0eb8, productId: 0x2000, manufacturer: 'Mettler Toledo', serialNumber: 'B123', kind: 'scale' });
  });

  it('without udevadm: serial ports from /sys, and a warning saying what is missing', async () => {
    const { devices, warnings } = await listCandidateDevices({
      ...base,
      hasCommand: (c) => c !== 'udevadm',
      hidDevices: async () => [],
      serialPorts: async () => {
        throw new Error('must not be called without udevadm');
      },
      sysfsSerialPorts: () => ['/dev/ttyUSB3'],
    });
    expect(devices).toEqual([{ type: 'serial', path: '/dev/ttyUSB3', vendorId: null, productId: null, manufacturer: null, serialNumber: null, kind: null }]);
    expect(warnings).toEqual([expect.stringContaining('udevadm not found')]);
  });

  it('when node-hid (libudev/libusb) cannot load: serial ports still listed, HID reported missing', async () => {
    const { devices, warnings } = await listCandidateDevices({
      ...base,
      hidDevices: async () => {
        throw new Error('node-hid cannot be loaded (HID devices unavailable): libusb-1.0.so.0: cannot open shared object file');
      },
      serialPorts: async () => serial,
    });
    expect(devices).toHaveLength(2);
    expect(warnings).toEqual([expect.stringMatching(/^HID devices not listed: .*libusb/)]);
  });

  it('names hidraw nodes this user cannot open', async () => {
    const { warnings } = await listCandidateDevices({ ...base, hidDevices: async () => [], serialPorts: async () => [], hidrawNodes: () => ['/nonexistent/hidraw9'] });
    expect(warnings).toEqual([expect.stringContaining('(/nonexistent/hidraw9) cannot be opened by this user')]);
  });

  it('guesses by usage page first, then by vendor', () => {
    expect(guessKind({ vendorId: 0x0922, usagePage: 0x8c })).toBe('scanner');
    expect(guessKind({ vendorId: 0x05e0 })).toBe('scanner');
    expect(guessKind({ vendorId: 0x0b67 })).toBe('scale');
    expect(guessKind({ vendorId: null })).toBeNull();
  });
});
