import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTINUOUS_PATTERN } from '../../../../shared/devices/scale/continuous';
import { scaleConfigFromOptions, scaleOptionDefs } from '../../../../shared/devices/scale/options';

describe('scale options', () => {
  it('defines every option on the Devices tab with a label and a valid default', () => {
    for (const [key, def] of Object.entries(scaleOptionDefs)) {
      expect(key.startsWith('devices.scale.')).toBe(true);
      expect(def.tab).toBe('devices');
      expect(def.label.length).toBeGreaterThan(0);
      expect(def.schema.safeParse(def.default).success).toBe(true);
    }
  });

  it('gives no scale by default or without a port', () => {
    expect(scaleConfigFromOptions({})).toBeNull();
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'nci' })).toBeNull();
  });

  it('builds a serial config with only the line settings the user set', () => {
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'toledo-8217', 'devices.scale.port': '/dev/ttyUSB0', 'devices.scale.baudRate': 4800 })).toEqual({
      protocol: 'toledo-8217',
      path: '/dev/ttyUSB0',
      pollMs: 200,
      baudRate: 4800,
    });
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'continuous', 'devices.scale.port': 'COM3', 'devices.scale.continuousUnit': 'lb' })).toEqual({
      protocol: 'continuous',
      path: 'COM3',
      pollMs: 200,
      unit: 'lb',
    });
  });

  it('continuous: auto formats by default, the pattern only with the custom format', () => {
    const base = { 'devices.scale.protocol': 'continuous', 'devices.scale.port': 'COM3' };
    expect(scaleConfigFromOptions(base)).not.toHaveProperty('pattern');
    expect(scaleConfigFromOptions({ ...base, 'devices.scale.continuousFormat': 'custom' })).toMatchObject({ pattern: DEFAULT_CONTINUOUS_PATTERN });
    expect(scaleConfigFromOptions({ ...base, 'devices.scale.continuousFormat': 'custom', 'devices.scale.continuousPattern': '(?<value>\\d+)' })).toMatchObject({ pattern: '(?<value>\\d+)' });
  });

  it('devices.scale.unit: the unit of frames without one, for every serial protocol; auto leaves Toledo to its decimals', () => {
    const toledo = { 'devices.scale.protocol': 'toledo-8217', 'devices.scale.port': '/dev/ttyUSB0' };
    expect(scaleConfigFromOptions(toledo)).not.toHaveProperty('unit');
    expect(scaleConfigFromOptions({ ...toledo, 'devices.scale.unit': 'kg' })).toMatchObject({ unit: 'kg' });
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'kern', 'devices.scale.port': '/dev/x', 'devices.scale.unit': 'g' })).toMatchObject({ protocol: 'kern', unit: 'g' });
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'continuous', 'devices.scale.port': 'COM3', 'devices.scale.unit': 'oz', 'devices.scale.continuousUnit': 'lb' })).toMatchObject({ unit: 'oz' });
  });

  it('offers the Adam, SMA, A&D and KERN protocols', () => {
    for (const protocol of ['adam', 'sma', 'and-polled', 'kern']) {
      expect(scaleConfigFromOptions({ 'devices.scale.protocol': protocol, 'devices.scale.port': '/dev/ttyS0' })).toEqual({ protocol, path: '/dev/ttyS0', pollMs: 200 });
    }
  });

  it('builds HID and simulator configs', () => {
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'hid', 'devices.scale.hidVendorId': 0x0922 })).toEqual({ protocol: 'hid', vendorId: 0x0922, productId: null });
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'simulator', 'devices.scale.pollMs': 50 })).toEqual({ protocol: 'simulator', pollMs: 50 });
  });

  it('falls back to defaults for invalid values instead of failing', () => {
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'mt-sics', 'devices.scale.port': '/dev/x', 'devices.scale.dataBits': 9, 'devices.scale.parity': 'mark' })).toEqual({
      protocol: 'mt-sics',
      path: '/dev/x',
      pollMs: 200,
    });
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'bogus' })).toBeNull();
  });
});
