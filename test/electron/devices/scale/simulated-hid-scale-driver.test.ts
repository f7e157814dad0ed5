import { afterEach, describe, expect, it } from 'vitest';
import { createScaleDriver } from '../../../../electron/devices/scale/create-scale-driver';
import { SimulatedHidScaleDriver } from '../../../../electron/devices/scale/simulator/simulated-hid-scale-driver';
import type { ScaleReading } from '../../../../shared/devices/scale/reading';
import { scaleConfigFromOptions } from '../../../../shared/devices/scale/options';

let driver: SimulatedHidScaleDriver | undefined;
afterEach(async () => driver?.stop());

describe('protocol hid-simulator', () => {
  it('is chosen in Settings and reads 6-byte HID reports through the real decoder', async () => {
    expect(scaleConfigFromOptions({ 'devices.scale.protocol': 'hid-simulator' })).toEqual({ protocol: 'hid-simulator' });
    driver = createScaleDriver({ protocol: 'hid-simulator' }) as SimulatedHidScaleDriver;
    expect(driver).toBeInstanceOf(SimulatedHidScaleDriver);
    const raw: string[] = [];
    driver.on('raw', (f) => raw.push(f.hex));
    driver.start();
    expect(driver.set('1.25 kg')).toEqual({ ok: true });
    const reading = await new Promise<ScaleReading>((resolve) => driver?.on('reading', (r) => r.grams === 1250 && resolve(r)));
    expect(reading).toMatchObject({ weight: 1.25, unit: 'kg', stable: true, status: 'stable' });
    // The frames are HID scale data reports: report id 3 and six bytes.
    expect(raw.at(-1)?.split(' ')).toHaveLength(6);
    expect(raw.at(-1)?.startsWith('03')).toBe(true);
    driver.set('motion');
    const moving = await new Promise<ScaleReading>((resolve) => driver?.on('reading', (r) => r.status === 'motion' && resolve(r)));
    expect(moving.stable).toBe(false);
  });
});
