import { HID_SCALE_USAGE_PAGE } from '../../../shared/devices/scale/hid-report';
import { hex4, type HidReportStream, type HidScaleSelector, type HidScaleSource } from './hid-source';
import { hidOpenError } from './permission';

type NodeHid = typeof import('node-hid');

/** node-hid is a native module: load it lazily so a missing binary is an error, not a crash. */
export async function loadNodeHid(): Promise<NodeHid> {
  try {
    const mod = (await import('node-hid')) as NodeHid & { default?: NodeHid };
    return mod.default ?? mod;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`node-hid cannot be loaded (HID devices unavailable): ${reason}`);
  }
}

function describe(sel: HidScaleSelector): string {
  if (sel.path) return `HID scale at ${sel.path}`;
  if (sel.vendorId != null) return `HID scale ${hex4(sel.vendorId)}:${sel.productId != null ? hex4(sel.productId) : '*'}`;
  return 'HID scale (usage page 0x8D)';
}

/**
 * The real HID scale source: enumerate with `devicesAsync`, pick the device by path, VID/PID,
 * or the Scales usage page, and open it with `HIDAsync` (non-blocking reads in a worker).
 */
export function nodeHidScaleSource(sel: HidScaleSelector, load: () => Promise<NodeHid> = loadNodeHid): HidScaleSource {
  return async () => {
    const HID = await load();
    let path = sel.path;
    let label = describe(sel);
    if (!path) {
      const devices = await HID.devicesAsync();
      const match = devices.find(
        (d) =>
          d.path &&
          (sel.vendorId == null || d.vendorId === sel.vendorId) &&
          (sel.productId == null || d.productId === sel.productId) &&
          (sel.vendorId != null || d.usagePage === HID_SCALE_USAGE_PAGE),
      );
      if (!match?.path) throw new Error(`no ${label} is connected`);
      path = match.path;
      label = `HID scale ${hex4(match.vendorId)}:${hex4(match.productId)}`;
    }
    let device: Awaited<ReturnType<NodeHid['HIDAsync']['open']>>;
    try {
      device = await HID.HIDAsync.open(path);
    } catch (err) {
      throw await hidOpenError(err, path, label);
    }
    const description = `${label} at ${path}`;
    return adapt(device, description);
  };
}

function adapt(device: Awaited<ReturnType<NodeHid['HIDAsync']['open']>>, description: string): HidReportStream {
  let closed = false;
  return {
    description,
    onReport: (listener) => device.on('data', (data: Buffer) => listener(new Uint8Array(data))),
    onError: (listener) => device.on('error', (err: unknown) => listener(err instanceof Error ? err : new Error(String(err)))),
    write: async (report) => {
      await device.write([...report]);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      device.removeAllListeners('data');
      await device.close().catch(() => undefined);
    },
  };
}
