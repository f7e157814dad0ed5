import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScaleSnapshot } from '../../../shared/api/requests/devices';
import type { ShipResult, ShippingState } from '../../../shared/workflows/shipping';
import { openStation, type Station } from '../../../electron/backend/station';
import { listAudit } from '../../../electron/storage/repos/audit-log';
import { upsertOrder } from '../../../electron/storage/writers/order-writer';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { seedShipping } from '../../helpers/shipping-data';
import { request } from '../../helpers/station';

// One weight per package and the expected-weight check, on a station with the simulated scale
// running (demo mode): the scale's readings reach the workflow as they do on a bench.
let station: Station;
let dataDir: string;
const open = () => openStation({ dataDir, shell: 'browser', startDevices: true, log: () => {} });
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-weigh-'));
  const setup = await openStation({ dataDir, shell: 'browser', log: () => {} });
  await setup.options.set({ 'devices.scale.protocol': 'simulator', 'devices.scale.pollMs': 10 });
  await seedShipping(setup);
  await upsertProduct(setup.database.db, { sku: 'NOWT-1', name: 'Product without catalog weight', tracking: 'none' });
  await upsertOrder(setup.database.db, { order_number: 'SO-9001', warehouse: 'MAIN', picked: true, confirmed: true, lines: [{ sku: 'NOWT-1', qty: 1 }, { sku: 'CBL-USB', qty: 1 }] });
  await setup.close();
  station = await open();
});
afterEach(async () => {
  await station.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(station, name, input);
const ship = (order: string, input: Record<string, unknown> = { from_scale: true }) => station.dispatch('shipping.ship', { order_number: order, ...input }, { origin: 'test' });

/**
 * Sets the simulated scale and waits until the station's snapshot matches, with a current reading
 * taken after this call began (times have millisecond resolution: "after" must be a later millisecond).
 */
async function scale(command: string, until: (s: ScaleSnapshot) => boolean): Promise<ScaleSnapshot> {
  const t0 = Date.now();
  const seen = new Promise<ScaleSnapshot>((resolve) => {
    const off = station.events.on('scale.reading', (s) => {
      if (!until(s) || (s.current && Date.parse(s.current.received_at) <= t0)) return;
      off();
      resolve(s);
    });
  });
  await req('devices.simulate', { scale: command });
  return seen;
}
const weighs = (grams: number) => (s: ScaleSnapshot) => s.current?.grams === grams && s.current.stable;

async function pack(order: string, codes: string[]): Promise<ShippingState> {
  let state = (await req<{ state: ShippingState }>('shipping.open', { order_number: order })).state;
  for (const code of codes) state = (await req<{ state: ShippingState }>('shipping.scan', { order_number: order, code })).state;
  return state;
}
const packSo2001 = () => pack('SO-2001', ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002', 'CBL-USB', 'CBL-USB']);
const packSo2003 = () => pack('SO-2003', ['LBL-4X6', 'LBL-4X6', 'LBL-4X6', 'LBL-4X6']);

describe('fresh weights only', () => {
  it('the scale unplugged at the weigh step: its last weight is "no reading", and Ship refuses it', async () => {
    const state = await packSo2001();
    expect(state.step).toMatchObject({ kind: 'package', started_at: expect.any(String), previous: null, expected: { check: 'off' } });
    await scale('1.25 kg', weighs(1250));
    const unplugged = await scale('unplug', (s) => s.link === 'disconnected');
    expect(unplugged).toMatchObject({ current: null, no_reading: 'disconnected', last: { weight: 1.25, link: 'disconnected' } });
    expect((await req<{ scale: ScaleSnapshot }>('devices.state', {})).scale.current).toBeNull();
    expect(await ship('SO-2001')).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('not connected') } });

    await scale('plug', weighs(1250)); // back: new readings come
    expect(await ship('SO-2001')).toMatchObject({ ok: true, value: { verdict: 'accepted', state: { shipment: { weight_grams: 1250 } } } });
  });
});

describe('one weight per package (shipping.requireWeightChange, on by default)', () => {
  it('the box of the previous order left on the scale cannot ship the next one until the scale changes', async () => {
    await packSo2001();
    await scale('1.25 kg', weighs(1250));
    expect(await ship('SO-2001')).toMatchObject({ ok: true });

    const next = await packSo2003();
    expect(next.step).toMatchObject({ kind: 'package', previous: { grams: 1250 } });
    await scale('stable', weighs(1250)); // the box still there, read again after the step began
    expect(await ship('SO-2003')).toMatchObject({ ok: false, error: { message: expect.stringContaining("previous package's weight (1250 g)") } });
    await scale('1.6 kg', weighs(1600)); // the next box
    expect(await ship('SO-2003')).toMatchObject({ ok: true, value: { state: { shipment: { weight_grams: 1600 } } } });
  });

  it('the same weight again is taken once the scale has been back at zero', async () => {
    await packSo2001();
    await scale('1.25 kg', weighs(1250));
    expect(await ship('SO-2001')).toMatchObject({ ok: true });
    await packSo2003();
    await scale('zero', (s) => s.current?.status === 'zero');
    await scale('1.25 kg', weighs(1250));
    expect(await ship('SO-2003')).toMatchObject({ ok: true, value: { state: { shipment: { weight_grams: 1250 } } } });
  });

  it('after a restart the last package weighed at this station still counts', async () => {
    await packSo2001();
    await scale('1.25 kg', weighs(1250));
    expect(await ship('SO-2001')).toMatchObject({ ok: true });
    await station.close();
    station = await open();
    await station.options.set({ 'devices.scale.pollMs': 10 });
    await packSo2003();
    await scale('1.25 kg', weighs(1250));
    expect(await ship('SO-2003')).toMatchObject({ ok: false, error: { message: expect.stringContaining('previous package') } });
  });

  it('off: the same weight ships again', async () => {
    await station.options.set({ 'shipping.requireWeightChange': false });
    await packSo2001();
    await scale('1.25 kg', weighs(1250));
    expect(await ship('SO-2001')).toMatchObject({ ok: true });
    await packSo2003();
    await scale('stable', weighs(1250));
    expect(await ship('SO-2003')).toMatchObject({ ok: true });
  });
});

describe('expected weight (shipping.weightTolerancePercent)', () => {
  it('refuses a weight outside the range with weight_out_of_tolerance; a supervisor approves it; the approval is audited', async () => {
    await station.options.set({ 'shipping.weightTolerancePercent': 10, 'shipping.packagingTareGrams': 100 });
    const state = await packSo2001(); // 2 × 210 g + 2 × 60 g + 100 g packaging
    expect(state.step).toMatchObject({ expected: { check: 'on', grams: 640, min_grams: 576, max_grams: 704 } });
    await scale('1.25 kg', weighs(1250));
    const refused = await req<ShipResult>('shipping.ship', { order_number: 'SO-2001', from_scale: true });
    expect(refused).toMatchObject({
      verdict: 'rejected',
      reason: 'weight_out_of_tolerance',
      message: expect.stringContaining('should weigh 640 g ± 10 %'),
      shipment_id: null,
      approval: { kind: 'weight_override', pin_required: true },
      state: { status: expect.not.stringMatching('shipped') },
    });
    const wrongPin = await req<ShipResult>('shipping.ship', { order_number: 'SO-2001', from_scale: true, override: { pin: '1111', reason: 'extra padding' } });
    expect(wrongPin).toMatchObject({ verdict: 'rejected', reason: 'bad_pin' });
    const approved = await req<ShipResult>('shipping.ship', { order_number: 'SO-2001', from_scale: true, override: { pin: '9999', reason: 'extra padding' } });
    expect(approved).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('Weight approved by sam: extra padding.'), state: { shipment: { weight_grams: 1250 } } });
    const [audit] = await listAudit(station.database.db, { action: 'shipment.weight_override' });
    expect(audit).toMatchObject({ user: 'sam', subject: 'SO-2001', reason: 'extra padding', details: { weight_grams: 1250, expected_grams: 640, min_grams: 576, max_grams: 704, approved_by: 'sam' } });
  });

  it('a weight inside the range ships; without a PIN requirement the packer\'s reason is the approval', async () => {
    await station.options.set({ 'shipping.weightTolerancePercent': 5, 'shipping.requirePinForOverride': false });
    await packSo2003(); // 4 × 400 g
    await scale('1.62 kg', weighs(1620));
    expect(await req<ShipResult>('shipping.ship', { order_number: 'SO-2003', from_scale: true })).toMatchObject({ verdict: 'accepted' });
    await pack('SO-9001', ['NOWT-1', 'CBL-USB']);
    await scale('2 kg', weighs(2000));
    const skipped = await req<ShipResult>('shipping.ship', { order_number: 'SO-9001', from_scale: true });
    expect(skipped).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('Expected weight not checked: no catalog weight for NOWT-1.') });
  });

  it('a typed weight at the bench is checked too; a refusal without a PIN requirement asks for a reason', async () => {
    await station.options.set({ 'devices.scale.protocol': 'none', 'shipping.weightTolerancePercent': 10, 'shipping.requirePinForOverride': false });
    await packSo2003();
    const refused = await req<ShipResult>('shipping.ship', { order_number: 'SO-2003', weight: { value: 16, unit: 'kg' } });
    expect(refused).toMatchObject({ verdict: 'rejected', reason: 'weight_out_of_tolerance', approval: { kind: 'weight_override', pin_required: false } });
    const taken = await req<ShipResult>('shipping.ship', { order_number: 'SO-2003', weight: { value: 16, unit: 'kg' }, override: { reason: 'pallet of labels' } });
    expect(taken).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('Weight approved: pallet of labels.') });
  });
});
