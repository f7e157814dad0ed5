import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { DeviceKind } from '../../../shared/devices/status';
import { loadNodeHid } from '../scale/node-hid-source';
import { guessKind } from './kind';

export interface HidCandidate {
  type: 'hid';
  vendorId: number;
  productId: number;
  path: string | null;
  product: string | null;
  manufacturer: string | null;
  serialNumber: string | null;
  usagePage: number | null;
  usage: number | null;
  interface: number | null;
  kind: DeviceKind | null;
}

export interface SerialCandidate {
  type: 'serial';
  path: string;
  vendorId: number | null;
  productId: number | null;
  manufacturer: string | null;
  serialNumber: string | null;
  kind: DeviceKind | null;
}

export type DeviceCandidate = HidCandidate | SerialCandidate;

export interface DeviceListing {
  devices: DeviceCandidate[];
  /** What could not be looked at and why (missing udevadm, node-hid not loadable, …). */
  warnings: string[];
}

interface HidInfo {
  vendorId: number;
  productId: number;
  path?: string | undefined;
  product?: string | undefined;
  manufacturer?: string | undefined;
  serialNumber?: string | undefined;
  usagePage?: number | undefined;
  usage?: number | undefined;
  interface?: number | undefined;
}

interface SerialInfo {
  path: string;
  vendorId?: string | undefined;
  productId?: string | undefined;
  manufacturer?: string | undefined;
  serialNumber?: string | undefined;
}

/** Injection points so tests can take udev, libusb or node-hid away. */
export interface ListDeps {
  hidDevices?: () => Promise<HidInfo[]>;
  serialPorts?: () => Promise<SerialInfo[]>;
  /** Whether an executable is on PATH. */
  hasCommand?: (name: string) => boolean;
  platform?: NodeJS.Platform;
  /** /dev/hidraw* nodes (Linux), to report the ones this user cannot open. */
  hidrawNodes?: () => string[];
  /** Serial ports from /sys when udevadm is missing (Linux). */
  sysfsSerialPorts?: () => string[];
}

export async function listCandidateDevices(deps: ListDeps = {}): Promise<DeviceListing> {
  const platform = deps.platform ?? process.platform;
  const warnings: string[] = [];
  const devices: DeviceCandidate[] = [];

  try {
    const hid = await (deps.hidDevices ?? defaultHidDevices)();
    for (const d of hid) devices.push(hidCandidate(d));
    if (platform === 'linux') {
      const locked = (deps.hidrawNodes ?? hidrawNodes)().filter((p) => !canReadWrite(p));
      if (locked.length > 0) {
        warnings.push(`${locked.length} HID device(s) (${locked.join(', ')}) cannot be opened by this user: install build/udev/60-scanbay.rules`);
      }
    }
  } catch (err) {
    warnings.push(`HID devices not listed: ${message(err)}`);
  }

  const hasCommand = deps.hasCommand ?? onPath;
  if (platform === 'linux' && !hasCommand('udevadm')) {
    warnings.push('udevadm not found: serial ports listed from /sys without USB vendor/product details');
    for (const path of (deps.sysfsSerialPorts ?? sysfsSerialPorts)()) {
      devices.push({ type: 'serial', path, vendorId: null, productId: null, manufacturer: null, serialNumber: null, kind: null });
    }
  } else {
    try {
      const ports = await (deps.serialPorts ?? defaultSerialPorts)();
      for (const p of ports) devices.push(serialCandidate(p));
    } catch (err) {
      warnings.push(`serial ports not listed: ${message(err)}`);
    }
  }
  return { devices, warnings };
}

function hidCandidate(d: HidInfo): HidCandidate {
  return {
    type: 'hid',
    vendorId: d.vendorId,
    productId: d.productId,
    path: d.path ?? null,
    product: d.product ?? null,
    manufacturer: d.manufacturer ?? null,
    serialNumber: d.serialNumber ?? null,
    usagePage: d.usagePage ?? null,
    usage: d.usage ?? null,
    interface: d.interface ?? null,
    kind: guessKind({ vendorId: d.vendorId, usagePage: d.usagePage ?? null }),
  };
}

function serialCandidate(p: SerialInfo): SerialCandidate {
  const vendorId = parseHexId(p.vendorId);
  return {
    type: 'serial',
    path: p.path,
    vendorId,
    productId: parseHexId(p.productId),
    manufacturer: p.manufacturer ?? null,
    serialNumber: p.serialNumber ?? null,
    kind: guessKind({ vendorId }),
  };
}

/** serialport reports USB IDs as hex strings ("0403"). */
function parseHexId(id: string | undefined): number | null {
  if (!id || !/^[0-9a-f]{1,4}$/i.test(id)) return null;
  return Number.parseInt(id, 16);
}

async function defaultHidDevices(): Promise<HidInfo[]> {
  const HID = await loadNodeHid();
  return HID.devicesAsync();
}

async function defaultSerialPorts(): Promise<SerialInfo[]> {
  const { SerialPort } = await import('serialport');
  return SerialPort.list();
}

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
}

function hidrawNodes(): string[] {
  try {
    return readdirSync('/dev').filter((n) => n.startsWith('hidraw')).map((n) => `/dev/${n}`);
  } catch {
    return [];
  }
}

function sysfsSerialPorts(): string[] {
  try {
    // Real serial devices have a `device` link; virtual consoles (tty0…) do not.
    return readdirSync('/sys/class/tty')
      .filter((n) => existsSync(`/sys/class/tty/${n}/device`))
      .map((n) => `/dev/${n}`);
  } catch {
    return [];
  }
}

function canReadWrite(path: string): boolean {
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
