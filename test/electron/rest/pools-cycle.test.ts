import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, tempApi, type TempApi } from '../../helpers/station';

/** An ERP's whole pool cycle over REST: create a pool, generate, request (or print), commission. */
let api: TempApi;
const GTIN = '05901234123457';
const OTHER = '04006381333931';
const sql = (q: string, ...args: unknown[]) => api.station.database.sqlite!.prepare(q).all(...args) as Record<string, unknown>[];
const commission = (serials: string[], code = GTIN) => api.call('POST', '/serials/commission', { product_code: code, product_code_schema: 'GTIN', batch: 'LOT7', expiry_date: '281231', serials });

beforeAll(async () => {
  api = await tempApi();
  expect((await api.call('POST', '/products', { sku: 'POOL1', name: 'Pooled', tracking: 'full', gtin: GTIN })).status).toBe(201);
  expect((await api.call('POST', '/products', { sku: 'POOL2', name: 'Other', tracking: 'full', gtin: OTHER })).status).toBe(201);
});
afterAll(() => api.dispose());

describe('serial pools over REST', () => {
  it('POST /serial-pools creates one pool per product (batch mode by default); a second is 409, an unknown GTIN 404', async () => {
    const r = await api.call('POST', '/serial-pools', { product_code: '5901234123457', product_code_schema: 'GTIN', length: 12, limit: 10 });
    expect(r).toMatchObject({ status: 201, body: { success: true, data: { product_code: GTIN, product_code_schema: 'GTIN', sku: 'POOL1', mode: 'batch', serial_length: 12, limit: 10, source: 'api', available: 0 } } });
    expect((await api.call('POST', '/serial-pools', { product_code: GTIN, product_code_schema: 'GTIN' })).body.error.type).toBe('ConflictError');
    expect((await api.call('POST', '/serial-pools', { product_code: '01234567891231', product_code_schema: 'GTIN' })).body.error.type).toBe('ProductError');
    expect((await api.call('POST', '/serial-pools', { product_code: GTIN, product_code_schema: 'SKU' })).status).toBe(400);
  });

  it('POST /serial-pools/{code}/serials follows the Pools screen: at most 500 a batch, one at a time when continuous, the limit', async () => {
    expect((await api.call('POST', `/serial-pools/${GTIN}/serials`, { count: 501 })).status).toBe(400);
    const made = await api.call('POST', `/serial-pools/${GTIN}/serials`, { count: 4, batch_name: 'B1' });
    expect(made).toMatchObject({ status: 201, body: { data: { product_code: GTIN, batch: 'B1', serials: expect.any(Array) } } });
    expect(made.body.data.serials).toHaveLength(4);
    expect(made.body.data.serials.every((s: string) => s.length === 12)).toBe(true);
    const over = await api.call('POST', `/serial-pools/${GTIN}/serials`, { count: 7 });
    expect(over).toMatchObject({ status: 409, body: { error: { type: 'ConflictError', message: expect.stringContaining('limit') } } });

    expect((await api.call('POST', '/serial-pools', { product_code: OTHER, product_code_schema: 'GTIN', mode: 'continuous' })).status).toBe(201);
    expect((await api.call('POST', `/serial-pools/${OTHER}/serials`, { count: 2 })).status).toBe(400);
    expect((await api.call('POST', `/serial-pools/${OTHER}/serials`, { count: 1 })).body.data.serials).toHaveLength(1);
  });

  it('commission accepts the pool’s own serials issued by request or print, once; never-issued, other pools’ and repeated ones are 409', async () => {
    const requested = (await api.call('POST', '/serials/request', { product_code: GTIN, count: 2 })).body.data.map((s: { serial_number: string }) => s.serial_number);
    const done = await commission(requested);
    expect(done).toMatchObject({ status: 200, body: { success: true, data: requested.map((serial_number: string) => ({ serial_number, status: 'Assigned' })) } });
    const events = sql("select value, status, lot, expiry, group_concat(type, ',') as types from serials join serial_events on serial_events.serial_id = serials.id where value in (?, ?) group by serials.id order by value", ...requested);
    expect(events).toEqual([...requested].sort().map((value) => ({ value, status: 'assigned', lot: 'LOT7', expiry: '2028-12-31', types: 'generated,assigned,commissioned' })));

    const again = await commission([requested[0]]);
    expect(again).toMatchObject({ status: 409, body: { error: { type: 'ConflictError', details: { conflicts: [requested[0]] } } } });
    expect(again.body.error.message).toContain('already commissioned');

    const [idle] = sql("select value from serials where status = 'available' and pool_id = (select id from serial_pools where product_code = ?) order by id limit 1", GTIN) as { value: string }[];
    expect((await commission([idle!.value])).status).toBe(409);
    const [foreign] = sql("select value from serials where pool_id = (select id from serial_pools where product_code = ?)", OTHER) as { value: string }[];
    expect((await commission([foreign!.value])).status).toBe(409);

    // Printing a batch issues its serials too: then they can be commissioned.
    const pool = sql('select id from serial_pools where product_code = ?', GTIN)[0] as { id: number };
    const batch = sql("select id from serial_batches where name = 'B1'")[0] as { id: number };
    await request(api.station, 'pools.print', { poolId: pool.id, batchId: batch.id, format: 'zpl', destination: 'file' });
    expect((await commission([idle!.value])).status).toBe(200);
    // Mixed with new external serials in one request, all or nothing still holds.
    const mixed = await commission(['EXT-NEW-1', requested[1]]);
    expect(mixed.status).toBe(409);
    expect(sql("select count(*) as n from serials where value = 'EXT-NEW-1'")).toEqual([{ n: 0 }]);
  });
});
