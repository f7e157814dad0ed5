import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorageStatus } from '../../../shared/api/requests/station';
import { openStation, type Station } from '../../../electron/backend/station';
import { confStoreFactory, type StoreFactory } from '../../../electron/options/store';
import { apiAuthFor, restOptionsFor } from '../../../electron/rest/rest-options';
import { startServer, type RunningServer } from '../../../electron/server/http-server';
import { databasePath } from '../../../electron/storage/database';
import { DISK_FULL_MESSAGE } from '../../../electron/storage/faults';
import { listAudit } from '../../../electron/storage/repos/audit-log';
import { smallDisk, type SmallDisk } from '../../helpers/storage-faults';

interface Running {
  station: Station;
  server: RunningServer;
  logs: string[];
  call(method: string, path: string, body?: unknown): Promise<{ status: number; headers: Headers; body: any }>;
  statuses: StorageStatus[];
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function run(dataDir: string, storeFactory: StoreFactory = confStoreFactory): Promise<Running> {
  const logs: string[] = [];
  const station = await openStation({ dataDir, shell: 'browser', storeFactory, log: (m) => logs.push(m) });
  const server = await startServer({ station, host: '127.0.0.1', port: 0, uiDir: null, rest: restOptionsFor(station) });
  cleanups.push(async () => {
    await server.close();
    await station.close();
  });
  const key = await apiAuthFor(station).createKey('erp');
  const headers = { 'x-access-token': key.token, 'x-channel-key': key.channel_key };
  const statuses: StorageStatus[] = [];
  station.events.on('storage.status', (s) => statuses.push(s));
  return {
    station,
    server,
    logs,
    statuses,
    async call(method, path, body) {
      const res = await fetch(`${server.origin}/api/v1${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
  };
}

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scanbay-faults-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const fileText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

const product = (sku: string) => ({ sku, name: sku, tracking: 'none' });

describe('a full disk', () => {
  it('REST answers 507 StorageError in words, logs it, reports it to the UI, and recovers when there is room', async () => {
    // A real full disk (tmpfs) where the machine allows mounting; else SQLite's page limit.
    const disk: SmallDisk | null = smallDisk(4096);
    if (disk) cleanups.push(() => disk.dispose());
    else process.stdout.write('storage-faults: no tmpfs here (not root, or mount refused): a full database file stands in for a full disk\n');
    const s = await run(disk ? join(disk.dir, 'station') : tempDataDir());
    expect((await s.call('POST', '/products', product('BEFORE'))).status).toBe(201);
    const auditBefore = (await listAudit(s.station.database.db)).length;
    const optionsFile = fileText(s.station.options.path);

    if (disk) disk.fill();
    else s.station.database.sqlite!.pragma(`max_page_count = ${s.station.database.sqlite!.pragma('page_count', { simple: true }) as number}`);

    // Writes that still fit in pages the database already has succeed; the first that needs room fails.
    let sku = 'DURING';
    let refused = await s.call('POST', '/products', { ...product(sku), name: 'x'.repeat(200) });
    for (let i = 0; refused.status === 201 && i < 200; i++) {
      sku = `FILL${i}`;
      refused = await s.call('POST', '/products', { ...product(sku), name: 'x'.repeat(200) });
    }
    expect(refused).toMatchObject({ status: 507, body: { success: false, error: { type: 'StorageError', message: DISK_FULL_MESSAGE } } });
    expect((await s.call('GET', '/health')).status).toBe(200);
    expect((await s.call('GET', `/products/${sku}`)).status).toBe(404);
    expect(s.logs.some((l) => l.includes('storage fault (disk_full)') && l.includes('POST /api/v1/products'))).toBe(true);
    expect(s.station.info().storage).toMatchObject({ ok: false, fault: 'disk_full', message: DISK_FULL_MESSAGE, message_key: 'errors-station.storage.diskFull' });
    expect(s.statuses.at(-1)).toMatchObject({ ok: false, fault: 'disk_full' });

    // Station API (the UI): the same fault as data; an option change neither reaches the file nor the audit.
    // (A full database file still has room in partly used pages, so this part needs the real disk.)
    if (disk) {
      const viaUi = await s.station.dispatch('options.set', { values: { 'general.stationName': 'Full' } }, { origin: 'test' });
      expect(viaUi).toEqual({ ok: false, error: { code: 'storage', fault: 'disk_full', message: DISK_FULL_MESSAGE, message_key: 'errors-station.storage.diskFull', params: {} } });
      const patch = await s.call('PATCH', '/options', { 'general.volume': 5 });
      expect(patch).toMatchObject({ status: 507, body: { error: { type: 'StorageError' } } });
      expect(fileText(s.station.options.path)).toBe(optionsFile);
      expect(s.station.options.get('general.stationName')).toBe('Station 1');
      expect(s.logs.filter((l) => l.includes('storage fault')).length).toBeGreaterThanOrEqual(3);
    }

    if (disk) disk.free();
    else s.station.database.sqlite!.pragma('max_page_count = 1073741823');
    await until(() => s.station.info().storage.ok, 'the storage status to clear');
    expect(s.statuses.at(-1)).toEqual({ ok: true, fault: null, message: null, since: null });
    expect((await s.call('POST', '/products', product('AFTER'))).status).toBe(201);
    if (disk) expect((await listAudit(s.station.database.db)).length).toBe(auditBefore);
  });
});

describe('a busy or read-only database at run time', () => {
  it('busy past the timeout: 503 StorageError with Retry-After, never "database is locked"', async () => {
    const dir = tempDataDir();
    const s = await run(dir);
    s.station.database.sqlite!.pragma('busy_timeout = 20');
    const other = new BetterSqlite3(databasePath(dir));
    cleanups.push(() => void other.close());
    other.exec('begin immediate');
    try {
      const r = await s.call('POST', '/products', product('BUSY'));
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('2');
      expect(r.body.error.type).toBe('StorageError');
      expect(r.body.error.message).toMatch(/busy/);
      expect(r.body.error.message).not.toMatch(/locked/);
    } finally {
      other.exec('rollback');
    }
    expect(s.logs.some((l) => l.includes('storage fault (busy)'))).toBe(true);
  });

  it('read-only: 503 StorageError naming the database file; an option change is refused before the file changes', async () => {
    const dir = tempDataDir();
    const s = await run(dir);
    const optionsFile = fileText(s.station.options.path);
    // SQLite's own read-only mode (the station cannot be made read-only under root without a mount).
    s.station.database.sqlite!.pragma('query_only = 1');
    const r = await s.call('POST', '/products', product('RO'));
    expect(r.status).toBe(503);
    expect(r.body.error).toMatchObject({ type: 'StorageError', message: expect.stringContaining(databasePath(dir)) });
    const patch = await s.call('PATCH', '/options', { 'general.stationName': 'Dock 2' });
    expect(patch).toMatchObject({ status: 503, body: { error: { type: 'StorageError' } } });
    expect(fileText(s.station.options.path)).toBe(optionsFile);
    expect((await s.call('GET', '/options')).body.data['general.stationName']).toBe('Station 1');
    s.station.database.sqlite!.pragma('query_only = 0');
    expect(await listAudit(s.station.database.db, { action: 'options.change' })).toEqual([]);
  });
});

describe('option changes are atomic with their audit row', () => {
  it('the audit commits first; when the file then cannot be written the serial rule is put back and the audit says so', async () => {
    let failWrites = false;
    // The options store is the file; here its write fails as a full disk fails it.
    const failing: StoreFactory = (config) => {
      const store = confStoreFactory(config);
      const set = store.set.bind(store);
      store.set = (values: Record<string, unknown>) => {
        if (failWrites) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        set(values);
      };
      return store;
    };
    const s = await run(tempDataDir(), failing);
    await s.station.options.set({ 'general.stationName': 'Dock 1' });
    expect((await listAudit(s.station.database.db, { action: 'options.change' })).map((e) => e.subject)).toEqual(['general.stationName']);

    failWrites = true;
    const r = await s.call('PATCH', '/options', { 'serials.caseSensitive': false, 'general.volume': 3 });
    expect(r).toMatchObject({ status: 507, body: { error: { type: 'StorageError', message: DISK_FULL_MESSAGE } } });
    expect(s.station.options.get('serials.caseSensitive')).toBe(true);
    const policy = await s.station.database.db.selectFrom('storage_settings').select('value').where('key', '=', 'serials.keyPolicy').executeTakeFirst();
    expect(policy === undefined || JSON.parse(policy.value).caseSensitive === true).toBe(true);
    const failed = await listAudit(s.station.database.db, { action: 'options.change_failed' });
    expect(failed).toHaveLength(1);
    expect(failed[0]!.details).toMatchObject({ keys: ['serials.caseSensitive', 'general.volume'], error: expect.stringContaining('ENOSPC') });
  });
});
