import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receivingWorkflow } from '../../../../electron/backend/handlers/receiving';
import { openStation, type Station } from '../../../../electron/backend/station';
import { actorOf } from '../../../../electron/workflows/kit/actor';
import type { EventName, StationEvents } from '../../../../shared/api/events';
import { runCli } from '../../../helpers/cli';
import { createTestDatabase, postgresSkipReason, type TestDatabase } from '../../../helpers/postgres';
import { seedReceiving } from '../../../helpers/receiving-data';
import { seedShipping } from '../../../helpers/shipping-data';
import type { ShippingState } from '../../../../shared/workflows/shipping';
import { request } from '../../../helpers/station';

/**
 * Stations sharing one PostgreSQL database share the warehouse's rules (options), and each one's
 * screens hear what the others change (LISTEN/NOTIFY → the same push events as local changes).
 */
const skip = postgresSkipReason();
if (skip) console.log(`skipped: live changes across stations: ${skip}`);

describe.skipIf(skip !== null)('warehouse-wide options and live changes across stations', () => {
  let pg: TestDatabase;
  const dirs: string[] = [];
  const stations: Station[] = [];
  const heard = new Map<Station, { name: EventName; payload: unknown }[]>();

  const open = async (name: string, fileOptions: Record<string, unknown> = {}) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-live-'));
    dirs.push(dataDir);
    // Options in the station's own file before it ever meets the shared database.
    for (const [k, v] of Object.entries(fileOptions)) expect(runCli(['options', 'set', k, JSON.stringify(v), '--data-dir', dataDir]).status).toBe(0);
    const station = await openStation({ dataDir, shell: 'browser', log: () => {}, database: pg.url, watchOptions: true });
    await station.options.set({ 'general.stationName': name });
    const log: { name: EventName; payload: unknown }[] = [];
    heard.set(station, log);
    station.events.onAny((e, payload) => log.push({ name: e, payload }));
    stations.push(station);
    return station;
  };
  const events = <E extends EventName>(s: Station, name: E) => (heard.get(s) ?? []).filter((e) => e.name === name).map((e) => e.payload as StationEvents[E]);

  beforeEach(async () => {
    pg = await createTestDatabase();
  });
  afterEach(async () => {
    for (const s of stations.splice(0)) await s.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    heard.clear();
    await pg.drop();
  });

  it('the first station brings its rules; a warehouse option changed anywhere applies everywhere, station options stay apart', async () => {
    const a = await open('Dock 1', { 'receiving.allowOverReceive': true, 'general.volume': 20 });
    const b = await open('Bench 1', { 'receiving.allowOverReceive': false, 'general.volume': 90 });
    expect(b.options.get('receiving.allowOverReceive')).toBe(true);
    expect([a.options.get('general.volume'), b.options.get('general.volume')]).toEqual([20, 90]);

    await a.options.set({ 'shipping.autoConfirm': false, 'general.sound': false });
    await expect.poll(() => b.options.get('shipping.autoConfirm')).toBe(false);
    expect(b.options.get('general.sound')).toBe(true);
    expect(events(b, 'options.changed').some((e) => e.keys.includes('shipping.autoConfirm'))).toBe(true);

    // The CLI of a third data dir on the same database changes a rule: both running stations follow.
    const cliDir = mkdtempSync(join(tmpdir(), 'scanbay-live-'));
    dirs.push(cliDir);
    const set = runCli(['options', 'set', 'pools.defaultLimit', '500', '--data-dir', cliDir, '--database', pg.url]);
    expect([set.status, set.stderr]).toEqual([0, '']);
    await expect.poll(() => [a.options.get('pools.defaultLimit'), b.options.get('pools.defaultLimit')]).toEqual([500, 500]);

    const list = runCli(['options', 'list', '--scopes', '--data-dir', cliDir, '--database', pg.url]);
    const scoped = JSON.parse(list.stdout) as Record<string, { value: unknown; scope: string }>;
    expect(scoped['receiving.allowOverReceive']).toEqual({ value: true, scope: 'warehouse' });
    expect(scoped['pools.printerHost']?.scope).toBe('station');
    expect(scoped['devices.scanner.kind' as string] ?? scoped['general.sound']).toMatchObject({ scope: 'station' });
    expect(list.stderr).toContain('warehouse-wide, shared by every station of postgres://');
    expect(list.stderr).not.toContain(`:${new URL(pg.url).password}@`);
  });

  it('receipts, stock and pools changed at one station reach the others as push events (not the station itself)', async () => {
    const a = await open('Dock 1');
    const b = await open('Bench 1');
    await seedReceiving(a);
    await expect.poll(() => events(b, 'data.changed').some((e) => e.areas.includes('documents'))).toBe(true);
    heard.get(a)!.length = 0;
    heard.get(b)!.length = 0;

    expect(await receivingWorkflow(a).scanVerdict('PO-3', { code: 'LIVE000001', sku: 'SCN' }, actorOf(a))).toMatchObject({ verdict: 'accepted' });
    await expect.poll(() => events(b, 'data.changed').flatMap((e) => e.areas).sort()).toEqual(expect.arrayContaining(['documents', 'stock']));
    expect(events(b, 'data.changed')[0]?.station).toBe(a.stationId);
    expect(events(a, 'data.changed')).toEqual([]);

    const { pool } = await request<{ pool: { id: number } }>(a, 'pools.create', { productCode: 'SCN', mode: 'batch' });
    await request(a, 'pools.generate', { poolId: pool.id, count: 3, batchName: 'B1' });
    await expect.poll(() => events(b, 'pools.changed').length).toBeGreaterThan(0);
  });

  it('an order packed and shipped at one station reaches the Ship wizard of another: data.changed, then shipping.state reads it', async () => {
    const a = await open('Bench 1');
    const b = await open('Bench 2');
    await seedShipping(b);
    await b.options.set({ 'shipping.allowMultipleQty': true });
    // Bench 1 has SO-2003 open in its wizard.
    expect(await request<ShippingState>(a, 'shipping.state', { order_number: 'SO-2003' })).toMatchObject({ scanned: 0, step: { kind: 'items' } });
    await expect.poll(() => events(a, 'data.changed').length).toBeGreaterThan(0);
    heard.get(a)!.length = 0;

    const rest = { origin: 'rest' as const, apiKeyName: 'erp' };
    await b.operations.run('shipping.scan', { order_number: 'SO-2003', code: 'LBL-4X6', qty: 2 }, rest);
    await expect.poll(() => events(a, 'data.changed').some((e) => e.areas.includes('documents') && e.station === b.stationId)).toBe(true);
    expect(await request<ShippingState>(a, 'shipping.state', { order_number: 'SO-2003' })).toMatchObject({ scanned: 2, step: { kind: 'items' } });
    // order.changed names orders changed at this station only; another station's reach it as data.changed.
    expect(events(a, 'order.changed')).toEqual([]);
    expect(events(b, 'order.changed')).toEqual([{ order_number: 'SO-2003', source: 'api' }]);

    heard.get(a)!.length = 0;
    await b.operations.run('shipping.scan', { order_number: 'SO-2003', code: 'LBL-4X6', qty: 2 }, rest);
    await b.operations.run('shipping.shipOrder', { order_number: 'SO-2003', weight: { value: 1, unit: 'kg' } }, rest);
    await expect.poll(() => events(a, 'data.changed').some((e) => e.areas.includes('documents'))).toBe(true);
    expect(await request<ShippingState>(a, 'shipping.state', { order_number: 'SO-2003' })).toMatchObject({ status: 'shipped', shipment: { station: 'Bench 2', packed_by: 'api:erp' } });
  });
});
