import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimedScaleReading } from '../../../shared/api/requests/devices';
import type { ScaleStatus } from '../../../shared/devices/scale/reading';
import type { MeasureResult, ShipResult, ShippingScanResult } from '../../../shared/workflows/shipping';
import { openStation, type Station } from '../../../electron/backend/station';
import { seedShipping } from '../../helpers/shipping-data';
import { failOnce } from '../../helpers/fail-once';
import { createTestDatabase, testOnPostgres, type TestDatabase } from '../../helpers/postgres';
import { request } from '../../helpers/station';

// A station with the simulated scale running, as on a packing bench (demo mode): readings arrive
// as the scale's push events, and the ship step takes the last one. On SQLite, or on PostgreSQL in
// the postgres project.
let station: Station;
let dataDir: string;
let pg: TestDatabase | undefined;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-ship-'));
  pg = testOnPostgres() ? await createTestDatabase() : undefined;
  const database = pg ? { database: pg.url } : {};
  const setup = await openStation({ dataDir, shell: 'browser', log: () => {}, ...database });
  await setup.options.set({ 'devices.scale.protocol': 'simulator', 'devices.scale.pollMs': 10 });
  await seedShipping(setup);
  await setup.close();
  station = await openStation({ dataDir, shell: 'browser', startDevices: true, log: () => {}, ...database });
});
afterEach(async () => {
  await station.close();
  rmSync(dataDir, { recursive: true, force: true });
  await pg?.drop();
});

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(station, name, input);
const scan = (code: string) => req<ShippingScanResult>('shipping.scan', { order_number: 'SO-2001', code });
const ship = (input: Record<string, unknown>) => station.dispatch('shipping.ship', { order_number: 'SO-2001', ...input }, { origin: 'test' });

/** Sets the simulated scale and waits for a current reading with that status. */
async function scale(command: string, status: ScaleStatus): Promise<TimedScaleReading> {
  await req('devices.simulate', { scale: command });
  return new Promise((resolve) => {
    const off = station.events.on('scale.reading', (s) => {
      if (s.current?.status === status) {
        off();
        resolve(s.current);
      }
    });
  });
}

async function packSo2001(): Promise<void> {
  await req('shipping.open', { order_number: 'SO-2001' });
  for (const code of ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002', 'CBL-USB', 'CBL-USB']) await scan(code);
}

describe('the weigh step fed by the scale', () => {
  it('refuses motion, overload, under zero and an empty scale with what the scale shows; ships with a stable weight', async () => {
    await packSo2001();
    await scale('motion', 'motion');
    expect(await ship({ from_scale: true })).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('in motion') } });
    await scale('over', 'over');
    expect(await ship({ from_scale: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('overloaded') } });
    await scale('under', 'under');
    expect(await ship({ from_scale: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('under zero') } });
    await scale('zero', 'zero');
    expect(await ship({ from_scale: true })).toMatchObject({ ok: false, error: { message: 'The scale reads zero: put the package on the scale.' } });
    await scale('1.234 kg', 'stable');
    const r = await req<ShipResult>('shipping.ship', { order_number: 'SO-2001', from_scale: true });
    expect(r).toMatchObject({ verdict: 'accepted', reason: null, shipment_id: expect.any(Number) });
    expect(r.state).toMatchObject({ status: 'shipped', shipment: { weight_grams: 1234 } });
  });

  it('a typed weight is refused while a scale is connected, unless shipping.allowManualWeight', async () => {
    await packSo2001();
    await scale('2 kg', 'stable');
    expect(await ship({ weight: { value: 2, unit: 'kg' } })).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('A scale is connected') } });
    await station.options.set({ 'shipping.allowManualWeight': true });
    expect(await ship({ weight: { value: 4.4, unit: 'lb' } })).toMatchObject({ ok: true, value: { state: { shipment: { weight_grams: 1995.806 } } } });
  });

  it('shipping.allowManualTrackingNumber off: a typed tracking number is refused, a scanned one is taken', async () => {
    await packSo2001();
    await scale('1 kg', 'stable');
    await station.options.set({ 'shipping.allowManualTrackingNumber': false });
    expect(await ship({ from_scale: true, tracking_number: '1ZTYPED', tracking_typed: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Scan the tracking number') } });
    // The scale reads again (a slow machine may let the first reading grow older than fresh).
    await scale('1 kg', 'stable');
    expect(await ship({ from_scale: true, tracking_number: '1ZSCANNED' })).toMatchObject({ ok: true, value: { state: { shipment: { tracking_number: '1ZSCANNED' } } } });
  });

  it('shipping.allowManualTrackingNumber on (default): a typed tracking number is taken', async () => {
    await packSo2001();
    await scale('1 kg', 'stable');
    const typed = await ship({ from_scale: true, tracking_number: '1ZTYPED', tracking_typed: true });
    expect(typed.ok ? null : typed.error).toBeNull();
    expect(typed).toMatchObject({ ok: true, value: { state: { shipment: { tracking_number: '1ZTYPED' } } } });
  });

  it('a ship that loses a race is run again with the same package step and weight, and ships', async () => {
    await packSo2001();
    await scale('1 kg', 'stable');
    // The first attempt fails as a lost race (serialization failure) at its feed event, after the
    // shipment was written: the bench's memory must not have been told the package shipped.
    const tries = await failOnce(station.database, 'feed_events');
    const r = await ship({ from_scale: true });
    expect(r.ok ? null : r.error).toBeNull();
    expect(r).toMatchObject({ ok: true, value: { verdict: 'accepted', state: { status: 'shipped', shipment: { weight_grams: 1000 } } } });
    expect(await tries()).toBe(2);
  });
});

describe('several packages weighed from the scale', () => {
  it('a package measured in a transaction that loses a race is weighed again as the same package, and the next one needs its own weight', async () => {
    await req('shipping.open', { order_number: 'SO-2001' });
    for (const code of ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002', 'PKG+', 'CBL-USB', 'CBL-USB']) await scan(code);
    await req('shipping.cancelPending', { order_number: 'SO-2001' });
    const first = await scale('1.2 kg', 'stable');
    // The first attempt fails as a lost race: on PostgreSQL at its COMMIT, after it weighed package 1.
    const tries = await failOnce(station.database, 'order_package_measures', true);
    const m = await station.dispatch('shipping.measurePackage', { order_number: 'SO-2001', from_scale: true }, { origin: 'test' });
    expect(m.ok ? null : m.error).toBeNull();
    expect(m).toMatchObject({ ok: true, value: { verdict: 'accepted', state: { step: { package_no: 2, measured: [{ package_no: 1, weight_grams: 1200 }], previous: { grams: 1200 } } } } });
    expect(await tries()).toBe(2);
    const step = m.ok ? (m.value as MeasureResult).state.step : null;
    expect(step?.kind === 'package' && step.started_at > first.received_at).toBe(true);
    // Package 1's weight still on the scale does not ship package 2.
    expect(await ship({ from_scale: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
    await scale('0.3 kg', 'stable');
    const shipped = await ship({ from_scale: true });
    expect(shipped).toMatchObject({ ok: true, value: { verdict: 'accepted', state: { status: 'shipped' } } });
    expect(shipped.ok && (shipped.value as ShipResult).state.shipment?.packages.map((p) => p.weight_grams)).toEqual([1200, 300]);
  });
});

describe('the tracking number scanned at the package step', () => {
  it('is taken and logged; a product code or an order number scanned by mistake is refused', async () => {
    await packSo2001();
    const tracking = (code: string) => req<{ verdict: string; reason: string | null; tracking_number: string | null }>('shipping.tracking', { order_number: 'SO-2001', code });
    expect(await tracking('CBL-USB')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_upc', tracking_number: null });
    expect(await tracking('SO-2002')).toMatchObject({ verdict: 'rejected', reason: 'looks_like_document' });
    expect(await tracking('1Z999AA10123456784')).toMatchObject({ verdict: 'accepted', tracking_number: '1Z999AA10123456784' });
  });
});
