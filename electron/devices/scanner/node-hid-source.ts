// HidDeviceSource on node-hid (hidapi: hidraw on Linux, IOHIDManager on macOS, HID.dll on
// Windows). node-hid is loaded on first use, so a machine whose native module or libudev is
// missing gets an error on open (the driver reports it and retries), not a crash at start-up.

import type { HidDeviceInfo, HidDeviceSource, HidReportStream } from './hid-source';

type NodeHid = typeof import('node-hid');

let loaded: Promise<NodeHid> | undefined;

function loadNodeHid(): Promise<NodeHid> {
  loaded ??= import('node-hid').then((m) => ((m as { default?: NodeHid }).default ?? m) as NodeHid);
  return loaded;
}

export function nodeHidSource(): HidDeviceSource {
  return {
    async list(): Promise<HidDeviceInfo[]> {
      const hid = await loadNodeHid();
      const devices = await hid.devicesAsync();
      const out: HidDeviceInfo[] = [];
      for (const d of devices) {
        if (!d.path) continue;
        const info: HidDeviceInfo = { path: d.path, vendorId: d.vendorId, productId: d.productId, interface: d.interface };
        if (d.usagePage !== undefined) info.usagePage = d.usagePage;
        if (d.usage !== undefined) info.usage = d.usage;
        if (d.product) info.product = d.product;
        if (d.manufacturer) info.manufacturer = d.manufacturer;
        if (d.serialNumber) info.serialNumber = d.serialNumber;
        out.push(info);
      }
      return out;
    },

    async open(path: string): Promise<HidReportStream> {
      const hid = await loadNodeHid();
      const device = await hid.HIDAsync.open(path);
      let closed = false;
      const errorListeners: ((err: Error) => void)[] = [];
      // Listen for errors at once: an EventEmitter 'error' without a listener would throw.
      device.on('error', (err: unknown) => {
        if (closed) return;
        const error = err instanceof Error ? err : new Error(String(err));
        for (const l of errorListeners) l(error);
      });
      return {
        onReport(listener) {
          // Adding the first 'data' listener starts node-hid's read thread.
          device.on('data', (data: Uint8Array) => {
            listener(new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice());
          });
        },
        onError(listener) {
          errorListeners.push(listener);
        },
        async close() {
          if (closed) return;
          closed = true;
          await device.close();
        },
      };
    },
  };
}
