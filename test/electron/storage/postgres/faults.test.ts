import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStation, type Station } from '../../../../electron/backend/station';
import { restOptionsFor } from '../../../../electron/rest/rest-options';
import { startServer, type RunningServer } from '../../../../electron/server/http-server';
import type { StationEvents } from '../../../../shared/api/events';
import { createTestDatabase, postgresSkipReason, type TestDatabase } from '../../../helpers/postgres';
import { seedReceiving } from '../../../helpers/receiving-data';
import { request } from '../../../helpers/station';
import { tcpProxy, type TcpProxy } from '../../../helpers/tcp-proxy';

/**
 * The station's database goes away mid-shift (here: the network path to a real PostgreSQL is cut
 * by a proxy) and comes back. Scans are refused as storage_unavailable and nothing of them is
 * recorded; every screen is told (storage.status); the station reconnects by itself.
 */
const skip = postgresSkipReason();
if (skip) console.log(`skipped: PostgreSQL faults: ${skip}`);

describe.skipIf(skip !== null)('an unreachable PostgreSQL', () => {
  let pg: TestDatabase;
  let proxy: TcpProxy;
  let station: Station;
  let dataDir: string;
  let server: RunningServer;
  const statuses: StationEvents['storage.status'][] = [];

  beforeEach(async () => {
    pg = await createTestDatabase();
    const target = new URL(pg.url);
    proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(pg.url);
    viaProxy.port = String(proxy.port);
    dataDir = mkdtempSync(join(tmpdir(), 'scanbay-fault-'));
    station = await openStation({ dataDir, shell: 'browser', log: () => {}, database: viaProxy.toString(), watchOptions: true });
    station.events.on('storage.status', (s) => statuses.push(s));
    server = await startServer({ station, host: '127.0.0.1', port: 0, uiDir: null, rest: restOptionsFor(station) });
    await seedReceiving(station);
    await request(station, 'receiving.open', { po_number: 'PO-3' });
  });
  afterEach(async () => {
    await server.close();
    await station.close();
    await proxy.close();
    rmSync(dataDir, { recursive: true, force: true });
    await pg.drop();
    statuses.length = 0;
  });

  const scan = (code: string) => station.dispatch('receiving.scan', { po_number: 'PO-3', code }, { origin: 'test' });

  it('refuses scans as storage_unavailable, records nothing, says so to every screen, and recovers within 2 s', async () => {
    expect(await scan('SCN')).toMatchObject({ ok: true, value: { verdict: 'accepted' } });
    expect(await scan('FAULT00001')).toMatchObject({ ok: true, value: { verdict: 'accepted' } });
    expect(await scan('SCN')).toMatchObject({ ok: true, value: { verdict: 'accepted' } });

    await proxy.down();
    const refused = await scan('FAULT00002');
    expect(refused).toEqual({ ok: false, error: { code: 'storage', fault: 'unavailable', reason: 'storage_unavailable', message: 'Database unreachable — nothing was recorded.', message_key: 'errors-station.storage.unreachable', params: {} } });
    await expect.poll(() => statuses.at(-1)).toMatchObject({ ok: false, fault: 'unavailable', message: 'Database unreachable — nothing was recorded.' });
    expect(await request(station, 'storage.status', {})).toMatchObject({ kind: 'postgres', available: false, message: 'Database unreachable — nothing was recorded.' });

    await proxy.up();
    const back = Date.now();
    let accepted: unknown;
    while (Date.now() - back < 5000) {
      const r = await scan('FAULT00002');
      if (r.ok) {
        accepted = r.value;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Date.now() - back).toBeLessThan(2000);
    expect(accepted).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('FAULT00002') });
    await expect.poll(() => statuses.at(-1)).toEqual({ ok: true, fault: null, message: null, since: null });
    // Exactly the accepted serials are in the ledger, once each.
    const serials = await station.database.db.selectFrom('serials').select('value').where('value', 'like', 'FAULT%').orderBy('value').execute();
    expect(serials.map((s) => s.value)).toEqual(['FAULT00001', 'FAULT00002']);
  });

  it('REST scans get 503 with the storage_unavailable reason while the database is away', async () => {
    const { apiAuthFor } = await import('../../../../electron/rest/rest-options');
    const key = await apiAuthFor(station).createKey('erp');
    const headers = { 'content-type': 'application/json', 'x-access-token': key.token, 'x-channel-key': key.channel_key };
    const post = (code: string) => fetch(`${server.origin}/api/v1/purchase-orders/PO-3/scans`, { method: 'POST', headers, body: JSON.stringify({ code, sku: 'SCN' }) });
    expect((await post('RESTF00001')).status).toBe(200);
    await proxy.down();
    const res = await post('RESTF00002');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ success: false, error: { type: 'StorageError', message: 'Database unreachable — nothing was recorded.', details: { reason: 'storage_unavailable' } } });
    await proxy.up();
    await expect.poll(async () => (await post('RESTF00002')).status, { timeout: 5000 }).toBe(200);
  });
});
