import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { nodeHidScaleSource } from '../../../../electron/devices/scale/node-hid-source';
import { DevicePermissionError } from '../../../../electron/devices/scale/permission';

type Loader = NonNullable<Parameters<typeof nodeHidScaleSource>[1]>;

/** A stand-in for the node-hid module: the same two calls the adapter uses. */
function fakeHid(devices: object[], open: (path: string) => Promise<EventEmitter>): Loader {
  return (async () => ({ devicesAsync: async () => devices, HIDAsync: { open } })) as unknown as Loader;
}

class FakeDevice extends EventEmitter {
  written: number[][] = [];
  closed = false;
  async write(data: number[]): Promise<number> {
    this.written.push(data);
    return data.length;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

const devices = [
  { vendorId: 0x046d, productId: 0xc52b, path: '/dev/hidraw0', usagePage: 0x01, usage: 0x06 },
  { vendorId: 0x0922, productId: 0x8003, path: '/dev/hidraw3', usagePage: 0x8d, usage: 0x01 },
];

describe('node-hid scale source', () => {
  it('opens the first device on the Scales usage page and passes its reports on', async () => {
    const dev = new FakeDevice();
    const opened: string[] = [];
    const source = nodeHidScaleSource({}, fakeHid(devices, async (p) => (opened.push(p), dev)));
    const stream = await source();
    expect(opened).toEqual(['/dev/hidraw3']);
    expect(stream.description).toBe('HID scale 0922:8003 at /dev/hidraw3');
    const reports: number[][] = [];
    stream.onReport((r) => reports.push([...r]));
    dev.emit('data', Buffer.from([3, 4, 2, 0, 1, 0]));
    expect(reports).toEqual([[3, 4, 2, 0, 1, 0]]);
    await stream.write([2, 2]);
    expect(dev.written).toEqual([[2, 2]]);
    await stream.close();
    expect(dev.closed).toBe(true);
  });

  it('selects by vendor and product id', async () => {
    const opened: string[] = [];
    const source = nodeHidScaleSource({ vendorId: 0x046d, productId: 0xc52b }, fakeHid(devices, async (p) => (opened.push(p), new FakeDevice())));
    await source();
    expect(opened).toEqual(['/dev/hidraw0']);
  });

  it('says which scale is missing', async () => {
    await expect(nodeHidScaleSource({ vendorId: 0x0eb8 }, fakeHid(devices, async () => new FakeDevice()))()).rejects.toThrow('no HID scale 0eb8:* is connected');
  });

  it('turns a permission failure into a message that points at the udev rules', async () => {
    const source = nodeHidScaleSource({}, fakeHid(devices, async () => {
      throw new Error('cannot open device with path /dev/hidraw3: Permission denied');
    }));
    const err = await source().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DevicePermissionError);
    expect((err as Error).message).toMatch(/no permission to open HID scale 0922:8003 at \/dev\/hidraw3: install build\/udev\/60-scanbay.rules/);
  });

  it('reports when node-hid itself cannot be loaded', async () => {
    const source = nodeHidScaleSource({}, async () => {
      throw new Error('node-hid cannot be loaded (HID devices unavailable): libudev.so.1: cannot open shared object file');
    });
    await expect(source()).rejects.toThrow(/libudev/);
  });
});
