import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApi, type TempApi } from '../../helpers/station';

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
});
afterAll(() => api.dispose());

const scanner = { sku: 'SCN-1', name: 'Scanner', gtin: '09501101530003', aliases: ['SCANNER-ONE'], tracking: 'full', serial_length: 10, unit_cost: 120.5 };

describe('REST documents for ERPs', () => {
  it('creates a product (201), updates it by sku (200) and returns it', async () => {
    const created = await api.call('POST', '/products', scanner);
    expect(created).toMatchObject({ status: 201, body: { success: true, data: { sku: 'SCN-1', gtin: '09501101530003', aliases: ['SCANNER-ONE'] } } });
    const updated = await api.call('POST', '/products', { ...scanner, name: 'Scanner v2' });
    expect(updated).toMatchObject({ status: 200, body: { data: { name: 'Scanner v2' } } });
    expect((await api.call('GET', '/products/SCN-1')).body.data).toMatchObject({ sku: 'SCN-1', name: 'Scanner v2', tracking: 'full' });
    expect(await api.call('GET', '/products/NOPE')).toMatchObject({ status: 404, body: { error: { type: 'NotFoundError' } } });
  });

  it('refuses a bad product with field paths', async () => {
    const r = await api.call('POST', '/products', { sku: '', name: 'x', tracking: 'sometimes', serial_length: -2 });
    expect(r.status).toBe(400);
    expect(r.body.error.type).toBe('ValidationError');
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['sku', 'tracking', 'serial_length']));
  });

  it('creates a PO with expected serials and returns lines with received counts and serials', async () => {
    await api.call('POST', '/products', { sku: 'CBL-1', name: 'Cable', tracking: 'none' });
    const po = { po_number: 'PO-77', vendor: 'ACME', vendor_invoice: 'INV-9', lines: [{ sku: 'SCN-1', qty: 2, unit_cost: 100, expected_serials: ['AAAAAAAAA1', 'AAAAAAAAA2'] }, { sku: 'CBL-1', qty: 5 }] };
    const r = await api.call('POST', '/purchase-orders', po);
    expect(r.status).toBe(201);
    const got = (await api.call('GET', '/purchase-orders/PO-77')).body.data;
    expect(got).toMatchObject({ po_number: 'PO-77', vendor: 'ACME', vendor_invoice: 'INV-9' });
    expect(got.lines).toEqual([
      expect.objectContaining({ sku: 'SCN-1', qty: 2, received_qty: 0, expected_serials: ['AAAAAAAAA1', 'AAAAAAAAA2'], serials: [] }),
      expect.objectContaining({ sku: 'CBL-1', qty: 5, received_qty: 0 }),
    ]);
  });

  it('rejects a PO or order naming an unknown SKU whole, with 404 ProductError', async () => {
    const po = await api.call('POST', '/purchase-orders', { po_number: 'PO-78', vendor: 'ACME', lines: [{ sku: 'SCN-1', qty: 1 }, { sku: 'GHOST', qty: 1 }] });
    expect(po).toMatchObject({ status: 404, body: { success: false, error: { type: 'ProductError', message: expect.stringContaining('GHOST') } } });
    expect((await api.call('GET', '/purchase-orders/PO-78')).status).toBe(404);
    const order = await api.call('POST', '/orders', { order_number: 'SO-1', lines: [{ sku: 'GHOST', qty: 1 }] });
    expect(order).toMatchObject({ status: 404, body: { error: { type: 'ProductError' } } });
  });

  it('creates and updates an order, stores SQL metacharacters literally', async () => {
    const r = await api.call('POST', '/orders', { order_number: "SO-'; DROP TABLE orders;--", picked: true, lines: [{ sku: 'SCN-1', qty: 1, unit_price: 199 }] });
    expect(r.status).toBe(201);
    const again = await api.call('POST', '/orders', { order_number: "SO-'; DROP TABLE orders;--", confirmed: true, lines: [{ sku: 'SCN-1', qty: 2, unit_price: 199 }] });
    expect(again.status).toBe(200);
    const got = await api.call('GET', `/orders/${encodeURIComponent("SO-'; DROP TABLE orders;--")}`);
    expect(got.body.data).toMatchObject({ order_number: "SO-'; DROP TABLE orders;--", lines: [expect.objectContaining({ sku: 'SCN-1', qty: 2 })] });
  });

  it('needs a token on every document route', async () => {
    for (const [m, p] of [['POST', '/products'], ['GET', '/products/SCN-1'], ['POST', '/purchase-orders'], ['GET', '/purchase-orders/PO-77'], ['POST', '/orders'], ['GET', '/orders/SO-1']] as const) {
      expect((await api.call(m, p, m === 'POST' ? {} : undefined, {})).body.error.type, `${m} ${p}`).toBe('NoTokenError');
    }
  });
});
