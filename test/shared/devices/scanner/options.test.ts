import { describe, expect, it } from 'vitest';
import { scannerConfigFromOptions, scannerOptionDefs, wedgeOptionsFromValues } from '../../../../shared/devices/scanner/options';

function defaults(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(scannerOptionDefs).map(([k, d]) => [k, d.default]));
}

describe('scanner options', () => {
  it('every default passes its own schema and sits on the Devices tab with a label', () => {
    for (const [key, def] of Object.entries(scannerOptionDefs)) {
      expect(def.schema.safeParse(def.default).success, key).toBe(true);
      expect(def.tab).toBe('devices');
      expect(def.label.length).toBeGreaterThan(0);
    }
  });

  it('defaults to the keyboard wedge, which needs no backend driver', () => {
    expect(scannerOptionDefs['devices.scanner.kind'].default).toBe('wedge');
    expect(scannerConfigFromOptions(defaults())).toBeNull();
    expect(wedgeOptionsFromValues(defaults())).toEqual({ maxGapMs: 40, minLength: 3, prefix: '', suffix: '', terminators: ['Enter', 'Tab'] });
  });

  it('builds a HID POS config selecting by VID/PID', () => {
    const values = { ...defaults(), 'devices.scanner.kind': 'hid-pos', 'devices.scanner.vendorId': 0x0c2e, 'devices.scanner.productId': 0x0b8f };
    expect(scannerConfigFromOptions(values)).toEqual({ kind: 'hid-pos', vendorId: 0x0c2e, productId: 0x0b8f, path: null, layout: 'counted' });
  });

  it('builds serial and keyboard configs, falling back to defaults for invalid values', () => {
    const serial = scannerConfigFromOptions({ ...defaults(), 'devices.scanner.kind': 'serial', 'devices.scanner.port': '/dev/ttyACM0', 'devices.scanner.baudRate': -5 });
    expect(serial).toEqual({ kind: 'serial', port: '/dev/ttyACM0', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, terminator: 'any' });
    const kb = scannerConfigFromOptions({ ...defaults(), 'devices.scanner.kind': 'hid-keyboard', 'devices.wedge.terminators': ['Enter'] });
    expect(kb).toMatchObject({ kind: 'hid-keyboard', terminators: ['Enter'] });
    expect(scannerConfigFromOptions({ 'devices.scanner.kind': 'simulator' })).toEqual({ kind: 'simulator' });
  });

  it('rejects out-of-range option values', () => {
    expect(scannerOptionDefs['devices.scanner.vendorId'].schema.safeParse(0x10000).success).toBe(false);
    expect(scannerOptionDefs['devices.wedge.maxGapMs'].schema.safeParse(0).success).toBe(false);
    expect(scannerOptionDefs['devices.scanner.terminator'].schema.safeParse('semicolon').success).toBe(false);
  });
});
