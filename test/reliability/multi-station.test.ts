import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../electron/backend/station';
import { apiAuthFor } from '../../electron/rest/rest-options';
import { upsertOrder } from '../../electron/storage/writers/order-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { CLI, waitExit } from '../helpers/cli';
import { createTestDatabase, postgresSkipReason, type TestDatabase } from '../helpers/postgres';
import { privateCluster, privateClusterSkipReason, type PrivateCluster } from '../helpers/private-cluster';
import { seedShipping } from '../helpers/shipping-data';

/**
 * Several `scanbay serve --database postgres://…` processes on one database, as the docks and
 * benches of a warehouse, talked to over their REST APIs (the same workflows as their screens).
 */
const skip = postgresSkipReason();
if (skip) console.log(`skipped: stations as processes on one PostgreSQL: ${skip}`);

interface Served {
  child: ChildProcess;
  origin: string;
  dataDir: string;
}

const dirs: string[] = [];
const children = new Set<ChildProcess>();
afterEach(async () => {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) {
      c.kill('SIGTERM');
      await waitExit(c);
    }
  }
  children.clear();
});
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function serve(database: string, name: string, dataDir = mkdtempSync(join(tmpdir(), 'scanbay-station-'))): Promise<Served> {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir, '--database', database], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not get ready: ${err}`)), 45_000);
    const check = () => {
      const m = /^ScanBay listening on (\S+)\n/m.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      const origin = new URL(m[1] as string).origin;
      // The station's name (a station option) for the ledger, set through its own REST API below.
      resolve({ child, origin, dataDir });
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}: ${err}`));
    });
  }).then(async (s) => {
    const served = s as Served;
    const r = await fetch(`${served.origin}/api/v1/options`, { method: 'PATCH', headers: headers(), body: JSON.stringify({ 'general.stationName': name }) });
    if (r.status !== 200) throw new Error(`naming ${name}: ${await r.text()}`);
    return served;
  });
}

let key: { token: string; channel_key: string } | undefined;
const headers = () => ({ 'content-type': 'application/json', 'x-access-token': key!.token, 'x-channel-key': key!.channel_key });

async function post(s: Served, path: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${s.origin}/api/v1${path}`, { method: 'POST', headers: headers(), body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** A database with the demo warehouse, PO-9 (SCN-100 ×50) and SO-9 (SCN-100 ×1), and an API key every station accepts. */
async function warehouse(url: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-setup-'));
  dirs.push(dataDir);
  const setup = await openStation({ dataDir, shell: 'cli', log: () => {}, database: url });
  await seedShipping(setup);
  await upsertPurchaseOrder(setup.database.db, { po_number: 'PO-9', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'SCN-100', qty: 50 }] });
  await upsertPurchaseOrder(setup.database.db, { po_number: 'PO-8', vendor: 'ACME', warehouse: 'MAIN', lines: [{ sku: 'SCN-100', qty: 50 }] });
  await upsertOrder(setup.database.db, { order_number: 'SO-9', warehouse: 'MAIN', picked: true, lines: [{ sku: 'SCN-100', qty: 1 }] });
  key = await apiAuthFor(setup).createKey(`erp-${Math.random().toString(36).slice(2, 8)}`);
  await setup.close();
}

describe.skipIf(skip !== null)('stations as processes sharing one PostgreSQL database', () => {
  let pg: TestDatabase;
  afterEach(async () => {
    await pg?.drop();
  });

  it('the same serial received at two stations at once: exactly one accepted, the other duplicate_for_product; received at A, packed and shipped at B', async () => {
    pg = await createTestDatabase();
    await warehouse(pg.url);
    const [a, b] = await Promise.all([serve(pg.url, 'Dock A'), serve(pg.url, 'Bench B')]);
    for (let i = 0; i < 8; i++) {
      const serial = `MPRACE${String(i).padStart(4, '0')}`;
      const [x, y] = await Promise.all([post(a, '/purchase-orders/PO-9/scans', { code: serial, sku: 'SCN-100' }), post(b, '/purchase-orders/PO-8/scans', { code: serial, sku: 'SCN-100' })]);
      expect([x.status, y.status]).toEqual([200, 200]);
      const verdicts = [x.body.data, y.body.data];
      expect(verdicts.filter((v) => v.verdict === 'accepted')).toHaveLength(1);
      expect(verdicts.find((v) => v.verdict === 'rejected')).toMatchObject({ reason: 'duplicate_for_product' });
    }

    expect((await post(a, '/purchase-orders/PO-9/scans', { code: 'MPSHIP0001', sku: 'SCN-100' })).body.data).toMatchObject({ verdict: 'accepted' });
    expect((await post(b, '/orders/SO-9/scans', { code: 'MPSHIP0001', sku: 'SCN-100' })).body.data).toMatchObject({ verdict: 'accepted' });
    const shipped = await post(b, '/orders/SO-9/ship', { weight: { value: 1.2, unit: 'kg' } });
    expect(shipped.status).toBe(200);
    expect(shipped.body.data).toMatchObject({ order_number: 'SO-9', status: 'shipped' });
    const history = await (await fetch(`${a.origin}/api/v1/serials/MPSHIP0001`, { headers: headers() })).json();
    const events = history.data[0].events as { type: string; station: string }[];
    expect(events.map((e) => [e.type, e.station])).toEqual([
      ['received', 'Dock A'],
      ['shipped', 'Bench B'],
    ]);
  }, 180_000);

  it('a station killed with SIGKILL mid-scan loses no accepted scan, and goes on after a restart', async () => {
    pg = await createTestDatabase();
    await warehouse(pg.url);
    const c = await serve(pg.url, 'Dock C');
    const accepted: string[] = [];
    const sent: string[] = [];
    let killed = false;
    // Four scans in flight at a time; the station is killed while scans are being answered.
    const worker = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const serial = `KILL${w}${String(i).padStart(5, '0')}`;
        sent.push(serial);
        try {
          const r = await post(c, '/purchase-orders/PO-9/scans', { code: serial, sku: 'SCN-100' });
          if (r.body.data?.verdict === 'accepted') accepted.push(serial);
          if (accepted.length >= 12 && !killed) {
            killed = true;
            c.child.kill('SIGKILL');
          }
        } catch {
          return; // the connection died with the station
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(worker));
    await waitExit(c.child);
    expect(accepted.length).toBeGreaterThanOrEqual(12);

    const restarted = await serve(pg.url, 'Dock C', c.dataDir);
    const check = await openStation({ dataDir: mkdtempSync(join(tmpdir(), 'scanbay-check-')), shell: 'cli', log: () => {}, database: pg.url });
    const rows = await check.database.db
      .selectFrom('serials as s')
      .leftJoin('serial_events as e', 'e.serial_id', 's.id')
      .select(['s.value', (eb) => eb.fn.count<number>('e.id').as('events')])
      .where('s.value', 'like', 'KILL%')
      .groupBy('s.value')
      .execute();
    const stored = new Map(rows.map((r) => [r.value, Number(r.events)]));
    // Every scan answered "accepted" is there, with its ledger event; nothing is there twice or half.
    for (const serial of accepted) expect(stored.get(serial), serial).toBe(1);
    for (const [serial, events] of stored) {
      expect(sent).toContain(serial);
      expect(events).toBe(1);
    }
    const logged = await sql<{ n: number }>`select count(*) as n from scan_log where raw_code like 'KILL%' and verdict = 'accepted'`.execute(check.database.db);
    expect(Number(logged.rows[0]?.n)).toBe(stored.size);
    await check.close();
    expect((await post(restarted, '/purchase-orders/PO-9/scans', { code: 'KILLAFTER1', sku: 'SCN-100' })).body.data).toMatchObject({ verdict: 'accepted' });
  }, 180_000);
});

const noCluster = skip ?? privateClusterSkipReason();
if (noCluster) console.log(`skipped: PostgreSQL stopped and started again: ${noCluster}`);

describe.skipIf(noCluster !== null)('PostgreSQL stopped mid-receive and started again', () => {
  let cluster: PrivateCluster | undefined;
  afterEach(() => {
    cluster?.destroy();
    cluster = undefined;
  });

  it('scans are refused as storage_unavailable while it is down, nothing of them is recorded, and the station goes on within 2 s', async () => {
    cluster = await privateCluster();
    await warehouse(cluster.url);
    const a = await serve(cluster.url, 'Dock A');
    const scan = (serial: string) => post(a, '/purchase-orders/PO-9/scans', { code: serial, sku: 'SCN-100' });
    for (const serial of ['STOP000001', 'STOP000002']) expect((await scan(serial)).body.data).toMatchObject({ verdict: 'accepted' });

    cluster.stop();
    const refused = await scan('STOP000003');
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ success: false, error: { message: 'Database unreachable — nothing was recorded.', details: { reason: 'storage_unavailable' } } });

    cluster.start();
    const back = Date.now();
    let answer: { status: number; body: any } | undefined;
    while (Date.now() - back < 10_000) {
      answer = await scan('STOP000004');
      if (answer.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answer?.body.data).toMatchObject({ verdict: 'accepted' });
    expect(Date.now() - back).toBeLessThan(2000);

    const check = await openStation({ dataDir: mkdtempSync(join(tmpdir(), 'scanbay-check-')), shell: 'cli', log: () => {}, database: cluster.url });
    const values = (await check.database.db.selectFrom('serials').select('value').where('value', 'like', 'STOP%').orderBy('value').execute()).map((r) => r.value);
    expect(values).toEqual(['STOP000001', 'STOP000002', 'STOP000004']);
    await check.close();
  }, 180_000);
});
