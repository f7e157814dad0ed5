// The real node-hid adapter on this machine (no scanner attached): listing works and a missing
// device is an error the driver reports, never a crash.
import { describe, expect, it } from 'vitest';
import { createScannerDriver } from '../../../../electron/devices/scanner/create-driver';
import { nodeHidSource } from '../../../../electron/devices/scanner/node-hid-source';
import { next } from './fakes';

describe('node-hid device source', () => {
  it('lists HID devices with numeric IDs and a path', async () => {
    const devices = await nodeHidSource().list();
    expect(Array.isArray(devices)).toBe(true);
    for (const d of devices) {
      expect(typeof d.path).toBe('string');
      expect(d.vendorId).toBeGreaterThanOrEqual(0);
    }
  });

  it('rejects opening a device path that does not exist', async () => {
    await expect(nodeHidSource().open('/dev/hidraw-scanbay-absent')).rejects.toThrow(/hidraw-scanbay-absent/);
  });

  it('a HID POS driver on real node-hid reports a missing scanner as an error and stays up', async () => {
    const driver = createScannerDriver({ kind: 'hid-pos', vendorId: 0xfffe, productId: 0xfffe }, { backoff: { initialMs: 5000, maxMs: 5000 } });
    driver.start();
    expect((await next(driver, 'error')).message).toMatch(/No HID POS scanner found \(looking for VID 0xfffe, PID 0xfffe/);
    expect(driver.status).toBe('disconnected');
    await driver.stop();
  });
});
