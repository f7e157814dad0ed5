import { afterEach, describe, expect, it } from 'vitest';
import { createScannerDriver } from '../../../../electron/devices/scanner/create-driver';
import type { ScannerDriver } from '../../../../electron/devices/scanner/scanner-driver';
import { encodeHidPosReports } from '../../../../shared/devices/scanner/hid-pos-encode';
import { FakeHid, HONEYWELL, next, record } from './fakes';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const fixedNow = () => new Date('2026-03-01T10:00:00.000Z');
const fast = { initialMs: 10, maxMs: 40 };

/** A Honeywell scanner as a composite device: keyboard interface and HID POS interface. */
function honeywell(): FakeHid {
  return new FakeHid([
    { path: '/dev/hidraw1', ...HONEYWELL, usagePage: 0x01, usage: 0x06, interface: 0 },
    { path: '/dev/hidraw2', ...HONEYWELL, usagePage: 0x8c, usage: 0x02, interface: 1 },
  ]);
}

let driver: ScannerDriver | undefined;
afterEach(async () => {
  await driver?.stop();
  driver = undefined;
});

describe('HID POS scanner driver', () => {
  it('opens the HID POS interface of the selected VID/PID and emits reassembled scans', async () => {
    const hid = honeywell();
    driver = createScannerDriver({ kind: 'hid-pos', ...HONEYWELL }, { hid, now: fixedNow, backoff: fast });
    const statuses = record(driver, 'status');
    const raws = record(driver, 'raw');
    driver.start();
    await next(driver, 'status', (s) => s === 'connected');
    expect(statuses).toEqual(['connecting', 'connected']);
    expect(hid.last.path).toBe('/dev/hidraw2');

    const text = '0109501101530003\x1d21' + '7'.repeat(60) + '\x1d10LOT-42';
    const scan = next(driver, 'scan');
    for (const r of encodeHidPosReports(ascii(text), ']d2')) hid.last.send(r);
    expect(await scan).toEqual({ source: 'hid-pos', data: text, symbology: ']d2', deviceId: 'hid:0c2e:0b8f', at: '2026-03-01T10:00:00.000Z' });
    expect(raws.at(-1)?.text).toBe(']d20109501101530003<GS>21' + '7'.repeat(60) + '<GS>10LOT-42');
    expect(raws.at(-1)?.hex.startsWith('02 38 5d 64 32 30 31')).toBe(true);
  });

  it('shows garbage reports in the raw feed with the reason and no scan', async () => {
    const hid = honeywell();
    driver = createScannerDriver({ kind: 'hid-pos', ...HONEYWELL }, { hid, backoff: fast });
    const scans = record(driver, 'scan');
    driver.start();
    await next(driver, 'status', (s) => s === 'connected');
    const raw = next(driver, 'raw');
    hid.last.send(Uint8Array.from([0x02, 0x40, 0x5d, 0x64, 0x32]));
    expect((await raw).error?.code).toBe('truncated-report');
    expect(scans).toEqual([]);
  });

  it('goes disconnected when the source errors (unplug), then reconnects and scans again', async () => {
    const hid = honeywell();
    driver = createScannerDriver({ kind: 'hid-pos', ...HONEYWELL }, { hid, backoff: fast });
    const errors = record(driver, 'error');
    driver.start();
    await next(driver, 'status', (s) => s === 'connected');
    const first = hid.last;
    // Half a scan, then the cable is pulled.
    first.send(encodeHidPosReports(ascii('X'.repeat(70)), null)[0] as Uint8Array);
    const down = next(driver, 'status', (s) => s === 'disconnected');
    first.fail();
    await down;
    expect(first.closed).toBe(true);
    expect(errors.at(-1)?.message).toMatch(/stopped responding/);

    await next(driver, 'status', (s) => s === 'connected');
    expect(hid.streams.length).toBe(2);
    const scan = next(driver, 'scan');
    for (const r of encodeHidPosReports(ascii('AFTER-REPLUG'), ']C1')) hid.last.send(r);
    // The half scan from before the unplug is not glued on.
    expect(await scan).toMatchObject({ data: 'AFTER-REPLUG', symbology: ']C1' });
  });

  it('keeps retrying with backoff while the scanner is absent and connects when it appears', async () => {
    const hid = new FakeHid([]);
    driver = createScannerDriver({ kind: 'hid-pos', vendorId: null, productId: null }, { hid, backoff: fast });
    const errors = record(driver, 'error');
    driver.start();
    await next(driver, 'error');
    expect(errors[0]?.message).toMatch(/No HID POS scanner found \(looking for usage page 0x8C\)/);
    expect(driver.status).not.toBe('connected');
    hid.devices = honeywell().devices;
    await next(driver, 'status', (s) => s === 'connected');
    expect(hid.last.path).toBe('/dev/hidraw2');
  });

  it('explains a permission failure with the device and the udev rules', async () => {
    const hid = honeywell();
    hid.openErrors.push(new Error("cannot open device with path /dev/hidraw2: Failed to open a device with path '/dev/hidraw2': Permission denied"));
    driver = createScannerDriver({ kind: 'hid-pos', ...HONEYWELL }, { hid, backoff: fast });
    driver.start();
    const err = await next(driver, 'error');
    expect(err.message).toContain('Permission denied opening scanner /dev/hidraw2 (VID 0x0c2e PID 0x0b8f)');
    if (process.platform === 'linux') expect(err.message).toContain('build/udev');
    // After the rules are installed the retry succeeds.
    await next(driver, 'status', (s) => s === 'connected');
  });

  it('reports a scanner in keyboard mode as not found in HID POS mode', async () => {
    const hid = new FakeHid([{ path: '/dev/hidraw1', ...HONEYWELL, usagePage: 0x01, usage: 0x06 }]);
    driver = createScannerDriver({ kind: 'hid-pos', ...HONEYWELL }, { hid, backoff: { initialMs: 5000, maxMs: 5000 } });
    driver.start();
    expect((await next(driver, 'error')).message).toMatch(/No HID POS scanner found \(looking for VID 0x0c2e, PID 0x0b8f, usage page 0x8C\)\. Is it plugged in and set to HID POS mode\?/);
  });

  it('stop() closes the device and ends reconnecting', async () => {
    const hid = honeywell();
    driver = createScannerDriver({ kind: 'hid-pos', ...HONEYWELL }, { hid, backoff: fast });
    driver.start();
    await next(driver, 'status', (s) => s === 'connected');
    await driver.stop();
    expect(hid.last.closed).toBe(true);
    expect(driver.status).toBe('disconnected');
    await new Promise((r) => setTimeout(r, 100));
    expect(hid.streams.length).toBe(1);
  });
});

describe('keyboard-mode HID scanner driver', () => {
  const key = (mods: number, usage: number) => Uint8Array.from([mods, 0, usage, 0, 0, 0, 0, 0]);
  const up = () => new Uint8Array(8);

  it('reads the keyboard interface and turns key reports into a scan (Ctrl+] → GS)', async () => {
    const hid = honeywell();
    driver = createScannerDriver({ kind: 'hid-keyboard', ...HONEYWELL }, { hid, backoff: fast });
    driver.start();
    await next(driver, 'status', (s) => s === 'connected');
    expect(hid.last.path).toBe('/dev/hidraw1');
    const scan = next(driver, 'scan');
    // "1", Ctrl+], "A" (Shift+a), Enter — HID Usage Tables page 0x07
    for (const r of [key(0, 0x1e), up(), key(0x01, 0x30), up(), key(0x02, 0x04), up(), key(0, 0x28), up()]) hid.last.send(r);
    expect(await scan).toMatchObject({ source: 'hid-keyboard', data: '1\x1dA', symbology: null });
  });

  it('refuses to pick a device without VID/PID (it would read the person\'s keyboard)', async () => {
    const hid = honeywell();
    driver = createScannerDriver({ kind: 'hid-keyboard', vendorId: null, productId: null }, { hid, backoff: { initialMs: 5000, maxMs: 5000 } });
    driver.start();
    expect((await next(driver, 'error')).message).toMatch(/vendor and product ID/);
    expect(hid.streams).toEqual([]);
  });
});
