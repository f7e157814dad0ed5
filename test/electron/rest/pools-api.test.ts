import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/demo/seed';
import { tempApi, type TempApi } from '../../helpers/station';

let api: TempApi;
const GTIN = '04012345000016'; // SCN-100 in the demo catalog
const body = (serials: string[], extra: Record<string, unknown> = {}) => ({ product_code: GTIN, product_code_schema: 'GTIN', batch: 'BATCH002', expiry_date: '271115', serials, ...extra });
const sql = (q: string, ...args: unknown[]) => api.station.database.sqlite!.prepare(q).all(...args) as Record<string, unknown>[];

beforeAll(async () => {
  api = await tempApi();
  await seedDemo(api.station.database.db);
});
afterAll(() => api.dispose());

describe('POST /serials/commission', () => {
  it('commissions external serials: the documented envelope, and they join the pool as assigned with batch and expiry', async () => {
    const r = await api.call('POST', '/serials/commission', body(['DI8U86IYQI9KS4G87WGI', 'SV902P05IYI4ARW5WWHJ']));
    expect(r).toEqual({
      status: 200,
      body: {
        success: true,
        message: 'Serials commissioned',
        data: [
          { serial_number: 'DI8U86IYQI9KS4G87WGI', status: 'Assigned' },
          { serial_number: 'SV902P05IYI4ARW5WWHJ', status: 'Assigned' },
        ],
      },
    });
    expect(sql("select value, status, source, lot, expiry from serials where value like 'DI8U%'")).toEqual([
      { value: 'DI8U86IYQI9KS4G87WGI', status: 'assigned', source: 'external', lot: 'BATCH002', expiry: '2027-11-15' },
    ]);
    expect(sql("select type, station from serial_events join serials on serials.id = serial_id where value = 'DI8U86IYQI9KS4G87WGI'")).toEqual([
      { type: 'commissioned', station: 'Station 1' },
    ]);
    const pool = await api.call('GET', `/serial-pools/${GTIN}`);
    expect(pool.body.data).toMatchObject({ product_code: GTIN, product_code_schema: 'GTIN', sku: 'SCN-100', source: 'api', available: 0, assigned: 2, batches: [{ name: 'BATCH002', assigned: 2 }] });
  });

  it('serials already present → 409 ConflictError listing them, and nothing of the request is written', async () => {
    const before = sql('select count(*) as n from serials')[0];
    const r = await api.call('POST', '/serials/commission', body(['NEW-1', 'DI8U86IYQI9KS4G87WGI', 'NEW-2', 'SV902P05IYI4ARW5WWHJ']));
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ success: false, error: { type: 'ConflictError', details: { conflicts: ['DI8U86IYQI9KS4G87WGI', 'SV902P05IYI4ARW5WWHJ'] } } });
    expect(sql('select count(*) as n from serials')[0]).toEqual(before);
    expect(sql("select count(*) as n from serials where value like 'NEW-%'")[0]).toEqual({ n: 0 });
  });

  it('a serial repeated inside one request is a 400 naming the repeat', async () => {
    const r = await api.call('POST', '/serials/commission', body(['R1', 'R2', 'R1']));
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ type: 'ValidationError', details: [{ path: 'serials.2', message: expect.stringContaining('serials.0') }] });
  });

  it('unknown product → 404 ProductError', async () => {
    const r = await api.call('POST', '/serials/commission', body(['X1'], { product_code: '01234567891234' }));
    expect(r).toMatchObject({ status: 404, body: { success: false, error: { type: 'ProductError' } } });
  });

  it('missing token → 401 NoTokenError; a bad token → 401 AuthError', async () => {
    expect(await api.call('POST', '/serials/commission', body(['X1']), { 'content-type': 'application/json' })).toMatchObject({ status: 401, body: { error: { type: 'NoTokenError' } } });
    const bad = { 'content-type': 'application/json', 'x-access-token': 'sbt_wrong', 'x-channel-key': api.credentials.channel_key };
    expect(await api.call('POST', '/serials/commission', body(['X1']), bad)).toMatchObject({ status: 401, body: { error: { type: 'AuthError' } } });
  });

  it('bad bodies → 400 ValidationError naming each bad field', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [body(['A1'], { product_code_schema: 'SKU' }), ['product_code_schema']],
      [body(['A1'], { expiry_date: '2711' }), ['expiry_date']],
      [body(['A1'], { expiry_date: '271332' }), ['expiry_date']],
      [body(['A1'], { expiry_date: '270230' }), ['expiry_date']],
      [body(['OK', 'NOT OK', 'Ü1', 'X'.repeat(21)]), ['serials.1', 'serials.2', 'serials.3']],
      [body([]), ['serials']],
      [body(Array.from({ length: 10_001 }, (_, i) => `S${i}`)), ['serials']],
      [{ product_code_schema: 'GTIN', expiry_date: '271115' }, ['product_code', 'serials']],
    ];
    for (const [b, paths] of cases) {
      const r = await api.call('POST', '/serials/commission', b);
      expect(r.status, JSON.stringify(b).slice(0, 80)).toBe(400);
      expect(r.body.error.type).toBe('ValidationError');
      expect(r.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(paths);
    }
  });

  it('a 50 MB body is refused with 413 and the server keeps serving', async () => {
    const huge = JSON.stringify(body(['A'.repeat(20)])).replace('"serials":[', `"pad":"${'x'.repeat(50 * 1024 * 1024)}","serials":[`);
    const res = await fetch(`${api.base}/serials/commission`, { method: 'POST', headers: { ...api.headers, 'content-type': 'application/json' }, body: huge });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ success: false, error: { type: 'ValidationError' } });
    expect((await api.call('GET', '/health', undefined, {})).status).toBe(200);
    expect((await api.call('POST', '/serials/request', { product_code: 'NOPE', count: 1 })).status).toBe(404);
  });
});

describe('request, release and pool summary', () => {
  it('request hands out available serials (oldest first) as assigned; 409 when the pool has too few', async () => {
    const poolId = (await api.station.dispatch('pools.get', { poolId: 1 }, { origin: 'test' })).ok ? 1 : 0;
    expect(poolId).toBe(1);
    await api.station.dispatch('pools.update', { poolId: 1, mode: 'batch' }, { origin: 'test' });
    const gen = await api.station.dispatch('pools.generate', { poolId: 1, count: 10, batchName: 'G1' }, { origin: 'test' });
    expect(gen.ok).toBe(true);
    const generated = (gen as { value: { serials: string[] } }).value.serials;
    const oldest = sql('select value from serials where pool_id = 1 and status = ? order by id limit 3', 'available').map((r) => r.value);

    const r = await api.call('POST', '/serials/request', { product_code: 'SCN-100', count: 3 });
    expect(r).toMatchObject({ status: 200, body: { success: true, message: 'Serials requested' } });
    expect(r.body.data).toEqual(oldest.map((serial_number) => ({ serial_number, status: 'Assigned' })));
    expect(generated).toEqual(expect.arrayContaining(oldest));
    expect((await api.call('GET', '/serial-pools/SCN-100')).body.data).toMatchObject({ available: 7, assigned: 5, total: 12 });

    const tooMany = await api.call('POST', '/serials/request', { product_code: 'SCN-100', count: 8 });
    expect(tooMany).toMatchObject({ status: 409, body: { error: { type: 'ConflictError', message: expect.stringContaining('7 available') } } });
    expect((await api.call('GET', '/serial-pools/SCN-100')).body.data).toMatchObject({ available: 7, assigned: 5 });

    const back = await api.call('POST', '/serials/release', { product_code: GTIN, serials: oldest.slice(0, 2) });
    expect(back).toEqual({ status: 200, body: { success: true, message: 'Serials released', data: oldest.slice(0, 2).map((serial_number) => ({ serial_number, status: 'Available' })) } });
    expect((await api.call('GET', '/serial-pools/SCN-100')).body.data).toMatchObject({ available: 9, assigned: 3 });
    const events = sql("select type from serial_events join serials on serials.id = serial_id where value = ? order by serial_events.id", oldest[0]).map((e) => e.type);
    expect(events).toEqual(['generated', 'assigned', 'released']);
  });

  it('release is all or nothing: unknown serials are 404, not-assigned ones 409', async () => {
    const available = sql("select value from serials where pool_id = 1 and status = 'available' limit 1")[0]?.value as string;
    const assigned = sql("select value from serials where pool_id = 1 and status = 'assigned' limit 1")[0]?.value as string;
    const missing = await api.call('POST', '/serials/release', { product_code: 'SCN-100', serials: [assigned, 'NOT-IN-POOL'] });
    expect(missing).toMatchObject({ status: 404, body: { error: { type: 'NotFoundError', details: [{ path: 'serials.1' }] } } });
    const notAssigned = await api.call('POST', '/serials/release', { product_code: 'SCN-100', serials: [assigned, available] });
    expect(notAssigned).toMatchObject({ status: 409, body: { error: { type: 'ConflictError', details: { conflicts: [available] } } } });
    expect(sql('select status from serials where value = ?', assigned)).toEqual([{ status: 'assigned' }]);
  });

  it('GET /serial-pools/{code}: unknown product 404 ProductError; a product without a pool 404 NotFoundError', async () => {
    expect(await api.call('GET', '/serial-pools/NOPE')).toMatchObject({ status: 404, body: { error: { type: 'ProductError' } } });
    expect(await api.call('GET', '/serial-pools/CBL-USB')).toMatchObject({ status: 404, body: { error: { type: 'NotFoundError', message: expect.stringContaining('no serial pool') } } });
    expect(await api.call('POST', '/serials/request', { product_code: 'NOPE', count: 1 })).toMatchObject({ status: 404, body: { error: { type: 'ProductError' } } });
  });

  it('the OpenAPI document describes the four routes', async () => {
    const doc = (await api.call('GET', '/openapi.json', undefined, {})).body;
    for (const p of ['/api/v1/serials/commission', '/api/v1/serials/request', '/api/v1/serials/release']) expect(doc.paths[p]?.post).toBeDefined();
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/v1/serial-pools/'))).toBe(true);
  });
});

describe('pool change pushes', () => {
  it('tells open screens when the API changes a pool, and only after a change was written', async () => {
    const seen: string[] = [];
    const off = api.station.events.on('pools.changed', (e) => seen.push(e.source));
    const ok = await api.call('POST', '/serials/commission', body(['PUSH001']));
    expect(ok.status).toBe(200);
    expect(seen).toEqual(['api']);
    const refused = await api.call('POST', '/serials/commission', body(['PUSH001']));
    expect(refused.status).toBe(409);
    expect(seen).toEqual(['api']);
    off();
  });
});
