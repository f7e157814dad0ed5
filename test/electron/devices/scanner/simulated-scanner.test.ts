import { afterEach, describe, expect, it } from 'vitest';
import { createScannerDriver } from '../../../../electron/devices/scanner/create-driver';
import { SimulatedScanner } from '../../../../electron/devices/scanner/simulated-scanner';
import { next, record } from './fakes';

let sim: SimulatedScanner | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

describe('simulated scanner', () => {
  it('is what createScannerDriver builds for kind "simulator"', () => {
    expect(createScannerDriver({ kind: 'simulator' })).toBeInstanceOf(SimulatedScanner);
  });

  it('sends scans as HID POS reports through the real decoder, AIM id and GS intact', async () => {
    sim = new SimulatedScanner({ backoff: { initialMs: 10, maxMs: 20 } });
    const raws = record(sim, 'raw');
    sim.start();
    await next(sim, 'status', (s) => s === 'connected');
    const text = '0109501101530003\x1d17261231\x1d10' + 'B'.repeat(50);
    const scan = next(sim, 'scan');
    expect(sim.scan(']d2' + text)).toBe(true);
    expect(await scan).toMatchObject({ source: 'simulator', data: text, symbology: ']d2', deviceId: 'simulator' });
    // 2 reports of 64 bytes, as hex pairs separated by spaces
    expect(raws.at(-1)?.hex.split(' ')).toHaveLength(128);
  });

  it('passes garbage reports to the raw feed as rejected', async () => {
    sim = new SimulatedScanner();
    sim.start();
    await next(sim, 'status', (s) => s === 'connected');
    const raw = next(sim, 'raw');
    sim.feedReport(Uint8Array.from([0x09, 0xff]));
    expect((await raw).error?.code).toBe('other-report');
  });

  it('loses scans while unplugged and reconnects after plug()', async () => {
    sim = new SimulatedScanner({ backoff: { initialMs: 10, maxMs: 20 } });
    sim.start();
    await next(sim, 'status', (s) => s === 'connected');
    const down = next(sim, 'status', (s) => s === 'disconnected');
    sim.unplug();
    await down;
    expect(sim.scan('LOST')).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(sim.status).not.toBe('connected');
    sim.plug();
    await next(sim, 'status', (s) => s === 'connected');
    const scan = next(sim, 'scan');
    sim.scan('BACK');
    expect(await scan).toMatchObject({ data: 'BACK', symbology: null });
  });
});
