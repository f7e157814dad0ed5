import { afterEach, describe, expect, it } from 'vitest';
import { HID_ZERO_REPORT } from '../../../../shared/devices/scale/hid-report';
import type { DeviceStatus } from '../../../../shared/devices/status';
import { createScaleDriver } from '../../../../electron/devices/scale/create-scale-driver';
import { HidScaleDriver } from '../../../../electron/devices/scale/hid-scale-driver';
import type { HidReportStream } from '../../../../electron/devices/scale/hid-source';
import type { ScaleDriver } from '../../../../electron/devices/scale/scale-driver';
import { SimulatedHidScale } from '../../../../electron/devices/scale/simulator/simulated-hid-scale';
import { nextReading, statusReached } from './wait';

const fast = { initialMs: 20, maxMs: 60 };
const drivers: ScaleDriver[] = [];
afterEach(async () => {
  for (const d of drivers.splice(0)) await d.stop();
});

function hidDriver(scale: SimulatedHidScale): ScaleDriver {
  const d = createScaleDriver({ protocol: 'hid' }, { hidSource: scale.source, backoff: fast });
  drivers.push(d);
  return d;
}

describe('HID scale driver with an injected report source', () => {
  it('decodes the simulated scale reports into readings', async () => {
    const scale = new SimulatedHidScale(10);
    scale.set('1.23 kg');
    const driver = hidDriver(scale);
    driver.start();
    expect(await nextReading(driver, () => true)).toEqual({ weight: 1.23, unit: 'kg', grams: 1230, stable: true, status: 'stable' });
    scale.set('12.5 oz');
    scale.set('motion');
    expect(await nextReading(driver, (r) => r.unit === 'oz')).toMatchObject({ weight: 12.5, status: 'motion', stable: false });
  });

  it('a source that errors: disconnected, then it reconnects and readings resume', async () => {
    const scale = new SimulatedHidScale(10);
    scale.set('2 lb');
    const driver = hidDriver(scale);
    const statuses: DeviceStatus[] = [];
    driver.on('status', (s) => statuses.push(s));
    driver.start();
    await nextReading(driver, () => true);

    scale.unplug();
    await statusReached(driver, 'disconnected', 1000);
    scale.set('3 lb');
    expect(await nextReading(driver, (r) => r.weight === 3, 2000)).toMatchObject({ unit: 'lb' });
    expect(statuses).toEqual(['connecting', 'connected', 'disconnected', 'connecting', 'connected']);
    expect(scale.opens).toBe(2);
  });

  it('keeps retrying while the scale is absent and connects when it appears', async () => {
    const scale = new SimulatedHidScale(10);
    scale.refuseOpens(3);
    const errors: string[] = [];
    const driver = hidDriver(scale);
    driver.on('error', (e) => errors.push(e.message));
    driver.start();
    await statusReached(driver, 'connected', 2000);
    expect(errors).toEqual(Array(3).fill('simulated HID scale is not connected'));
  });

  it('zero sends the Scale Control report', async () => {
    const scale = new SimulatedHidScale(10);
    scale.set('0.4 kg');
    const driver = hidDriver(scale);
    driver.start();
    await nextReading(driver, () => true);
    expect(await driver.zero()).toMatchObject({ command: 'zero', done: true });
    expect(scale.written).toEqual([[...HID_ZERO_REPORT]]);
    expect(await nextReading(driver, () => true)).toMatchObject({ weight: 0, status: 'zero' });
    await expect(driver.tare()).rejects.toThrow(/no tare command/);
  });

  it('counts bad reports as garbage and reports them, without dropping the connection', async () => {
    let push: (r: Uint8Array) => void = () => undefined;
    const stream: HidReportStream = {
      description: 'test scale',
      onReport: (l) => {
        push = l;
      },
      onError: () => undefined,
      write: async () => undefined,
      close: async () => undefined,
    };
    const driver = new HidScaleDriver(async () => stream);
    drivers.push(driver);
    const errors: string[] = [];
    driver.on('error', (e) => errors.push(e.message));
    driver.start();
    await statusReached(driver, 'connected');
    push(new Uint8Array([9, 9, 9]));
    push(new Uint8Array([3, 4, 2, 0, 7, 0]));
    expect(driver.lastReading).toMatchObject({ weight: 7, unit: 'g' });
    expect(driver.stats).toEqual({ frames: 2, readings: 1, badFrames: 1, garbageBytes: 3 });
    expect(errors).toEqual([expect.stringContaining('expected 6')]);
    expect(driver.status).toBe('connected');
  });
});
