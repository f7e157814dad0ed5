import { afterEach, describe, expect, it } from 'vitest';
import { createScaleDriver } from '../../../../electron/devices/scale/create-scale-driver';
import type { ScaleDriver } from '../../../../electron/devices/scale/scale-driver';
import { SimulatorScaleDriver } from '../../../../electron/devices/scale/simulator/simulator-scale-driver';
import { nextReading } from './wait';

let driver: ScaleDriver | undefined;
afterEach(async () => {
  await driver?.stop();
});

describe('protocol "simulator" (demo mode)', () => {
  it('reads what the operator sets, through the MT-SICS decoder, with raw frames', async () => {
    const sim = createScaleDriver({ protocol: 'simulator', pollMs: 10 });
    driver = sim;
    expect(sim).toBeInstanceOf(SimulatorScaleDriver);
    const raws: string[] = [];
    sim.on('raw', (f) => raws.push(f.text));
    (sim as SimulatorScaleDriver).set('0.75 kg');
    sim.start();
    expect(await nextReading(sim, () => true)).toEqual({ weight: 0.75, unit: 'kg', grams: 750, stable: true, status: 'stable' });
    expect(raws[0]).toBe('S S       0.75 kg\r\n'); // 10-character weight field, typed decimals kept
    (sim as SimulatorScaleDriver).set('over');
    expect(await nextReading(sim, (r) => r.status === 'over')).toMatchObject({ stable: false });
  });

  it('zero and tare act on the simulated balance', async () => {
    const sim = new SimulatorScaleDriver(10);
    driver = sim;
    sim.set('1.5 kg');
    sim.start();
    await nextReading(sim, () => true);
    expect(await sim.tare()).toMatchObject({ command: 'tare', done: true });
    expect(await nextReading(sim, () => true)).toMatchObject({ weight: 0, status: 'zero' });
    sim.set('motion');
    expect(await sim.zero()).toMatchObject({ command: 'zero', done: false });
  });
});
