import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScaleSnapshot } from '../../../shared/api/requests/devices';
import type { ReceivingScanResult } from '../../../shared/workflows/receiving';
import { openStation, type Station } from '../../../electron/backend/station';
import { seedReceiving } from '../../helpers/receiving-data';
import { request } from '../../helpers/station';

// receiving.requireWeight with the simulated scale running: the freshness rule of the package
// step applies to the weight of a received product too.
let station: Station;
let dataDir: string;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-recv-scale-'));
  const setup = await openStation({ dataDir, shell: 'browser', log: () => {} });
  await setup.options.set({ 'devices.scale.protocol': 'simulator', 'devices.scale.pollMs': 10, 'receiving.requireWeight': true });
  await seedReceiving(setup);
  await setup.close();
  station = await openStation({ dataDir, shell: 'browser', startDevices: true, log: () => {} });
});
afterEach(async () => {
  await station.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(station, name, input);
const dims = { length_mm: 100, width_mm: 80, height_mm: 40 };
const measure = () => station.dispatch('receiving.measure', { po_number: 'PO-1', from_scale: true, ...dims }, { origin: 'test' });

async function scale(command: string, until: (s: ScaleSnapshot) => boolean): Promise<void> {
  const t0 = Date.now();
  const seen = new Promise<void>((resolve) => {
    const off = station.events.on('scale.reading', (s) => {
      if (!until(s) || (s.current && Date.parse(s.current.received_at) <= t0)) return;
      off();
      resolve();
    });
  });
  await req('devices.simulate', { scale: command });
  await seen;
}

describe('receiving weights from the scale', () => {
  it('takes the current stable weight; refuses the last one while the scale is unplugged', async () => {
    await scale('0.25 kg', (s) => s.current?.grams === 250);
    expect(await req<ReceivingScanResult>('receiving.scan', { po_number: 'PO-1', code: 'SCN' })).toMatchObject({ state: { step: { kind: 'measure', sku: 'SCN' } } });
    await scale('unplug', (s) => s.link === 'disconnected');
    expect(await measure()).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('not connected') } });
    await scale('plug', (s) => s.current?.grams === 250);
    expect(await measure()).toMatchObject({ ok: true, value: { verdict: 'accepted', message: expect.stringContaining('SCN weighs 250 g.') } });
  });
});
