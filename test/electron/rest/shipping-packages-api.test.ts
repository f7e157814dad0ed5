import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedShipping } from '../../helpers/shipping-data';
import { tempApi, type TempApi } from '../../helpers/station';
import { quietPort } from '../../helpers/quiet-port';

let api: TempApi;
beforeEach(async () => {
  api = await tempApi();
  await seedShipping(api.station);
});
afterEach(() => api.dispose());

const scan = (order: string, body: unknown) => api.call('POST', `/orders/${order}/scans`, body);
async function packSo2001(): Promise<void> {
  for (const code of ['SCN1000001', 'SCN1000002']) expect((await scan('SO-2001', { code, sku: 'SCN-100' })).body.data.verdict).toBe('accepted');
  for (let i = 0; i < 2; i++) expect((await scan('SO-2001', { code: 'CBL-USB' })).body.data.verdict).toBe('accepted');
}

/** A real raw-TCP "label printer" on loopback: keeps every connection's bytes. */
async function printer(): Promise<{ port: number; jobs: string[]; close(): Promise<void> }> {
  const jobs: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((s) => {
    sockets.add(s);
    let data = '';
    s.on('data', (c: Buffer) => (data += c.toString('latin1')));
    s.on('end', () => {
      jobs.push(data);
      s.end();
    });
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    jobs,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

describe('REST ship with packages', () => {
  it('packages name their serials and items; GET order lists the packages (tracking, serials) and the packing slip', async () => {
    await packSo2001();
    const r = await api.call('POST', '/orders/SO-2001/ship', {
      packages: [
        { weight: { value: 1.1, unit: 'kg' }, dims: { length: 30, width: 20, height: 10, unit: 'cm' }, tracking_number: '1ZA', serials: ['SCN1000001'] },
        { weight: { value: 800, unit: 'g' }, tracking_number: '1ZB', serials: ['SCN1000002'], items: [{ sku: 'CBL-USB', qty: 2 }] },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ status: 'shipped', tracking_number: '1ZA', packages: [{ package_no: 1, serials: ['SCN1000001'], tracking_number: '1ZA', weight_grams: 1100 }, { package_no: 2, serials: ['SCN1000002'], items: [{ sku: 'SCN-100', qty: 1 }, { sku: 'CBL-USB', qty: 2 }], weight_grams: 800 }] });
    const got = await api.call('GET', '/orders/SO-2001');
    expect(got.body.data.packages).toMatchObject([{ shipment_id: expect.any(Number), package_no: 1, tracking_number: '1ZA', serials: ['SCN1000001'], dims_mm: { length: 300, width: 200, height: 100 }, label: null }, { package_no: 2, tracking_number: '1ZB' }]);
    const slip = Buffer.from(got.body.data.packing_slip.data, 'base64');
    expect(got.body.data.packing_slip).toMatchObject({ format: 'pdf', shipment_id: r.body.data.shipment_id });
    expect(slip.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the single-package body of today keeps working; a serial not packed, or a package left empty, is a 400 and nothing ships', async () => {
    await packSo2001();
    const bad = await api.call('POST', '/orders/SO-2001/ship', { packages: [{ serials: ['SCN1000001', 'NOPE'] }] });
    expect(bad).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('serial NOPE is not packed on this order') } } });
    const empty = await api.call('POST', '/orders/SO-2001/ship', { packages: [{ serials: ['SCN1000001', 'SCN1000002'], items: [{ sku: 'CBL-USB', qty: 2 }] }, { weight: { value: 1, unit: 'kg' } }] });
    expect(empty).toMatchObject({ status: 400, body: { error: { message: 'Package 2 would be empty: name the serials or items that go into it.' } } });
    const one = await api.call('POST', '/orders/SO-2001/ship', { weight: { value: 2, unit: 'kg' }, tracking_number: '1ZONE' });
    expect(one).toMatchObject({ status: 200, body: { data: { status: 'shipped', tracking_number: '1ZONE', weight_grams: 2000, packages: [{ package_no: 1, units: 4, serials: ['SCN1000001', 'SCN1000002'] }] } } });
  });

  it('shipping.requireTrackingNumber refuses a REST ship without one (400); labels on the order fill it and print to port 9100', async () => {
    const lp = await printer();
    try {
      await api.station.options.set({ 'shipping.requireTrackingNumber': true, 'shipping.printPackingSlip': true, 'shipping.packingSlipFormat': 'zpl', 'pools.printerHost': '127.0.0.1', 'pools.printerPort': lp.port });
      await packSo2001();
      expect(await api.call('POST', '/orders/SO-2001/ship', { weight: { value: 2, unit: 'kg' } })).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('tracking number of SO-2001') } } });
      const zpl = '^XA^FO20,20^FDERP LABEL^FS^XZ';
      // An order re-sent with its labels (nothing shipped yet; packing scans keep it from changing, so use another order).
      const created = await api.call('POST', '/orders', { order_number: 'SO-9001', lines: [{ sku: 'CBL-USB', qty: 1 }], ship_to: { name: 'Ada', city: 'Oslo' }, labels: [{ tracking_number: '1ZERP', label: { format: 'zpl', data: Buffer.from(zpl).toString('base64') } }] });
      expect(created.status).toBe(201);
      expect((await scan('SO-9001', { code: 'CBL-USB' })).body.data.verdict).toBe('accepted');
      const r = await api.call('POST', '/orders/SO-9001/ship', { weight: { value: 0.2, unit: 'kg' } });
      expect(r).toMatchObject({ status: 200, body: { data: { tracking_number: '1ZERP', packages: [{ tracking_number: '1ZERP', label: { format: 'zpl' } }] } } });
      expect(r.body.message).toMatch(/Label of package 1 sent to 127\.0\.0\.1:\d+; Packing slip sent to 127\.0\.0\.1/);
      expect(lp.jobs).toContain(zpl);
      expect(lp.jobs.find((j) => j.includes('Packing slip SO-9001'))).toMatch(/\^PW812\^LL1218[\s\S]*Ada[\s\S]*Oslo[\s\S]*CBL-USB 1\/1[\s\S]*tracking 1ZERP/);
    } finally {
      await lp.close();
    }
  });

  it('the PDF slip goes to a file; a label printer that cannot be reached leaves the order shipped and says so', async () => {
    await api.station.options.set({ 'shipping.printPackingSlip': true });
    await packSo2001();
    const r = await api.call('POST', '/orders/SO-2001/ship', { weight: { value: 2, unit: 'kg' } });
    const path = /Packing slip saved as (\S+\.pdf)/.exec(r.body.message)?.[1];
    expect(path && existsSync(path)).toBe(true);
    expect(readFileSync(path!).subarray(0, 5).toString()).toBe('%PDF-');
    // A port nobody listens on (outside the range the kernel hands out to other tests meanwhile).
    const gone = await quietPort();
    await api.station.options.set({ 'shipping.packingSlipFormat': 'zpl', 'pools.printerHost': '127.0.0.1', 'pools.printerPort': gone });
    for (const code of ['SCN1000003']) await scan('SO-3001', { code, sku: 'SCN-100' });
    await api.station.options.set({ 'shipping.allowPartial': true });
    const partial = await api.call('POST', '/orders/SO-3001/ship', { weight: { value: 1, unit: 'kg' } });
    expect(partial).toMatchObject({ status: 200, body: { data: { status: 'in_progress' }, message: expect.stringMatching(/Packing slip not printed: the printer at 127\.0\.0\.1:\d+ cannot be reached \(ECONNREFUSED\)/) } });
    const reprint = await api.station.dispatch('shipping.reprint', { order_number: 'SO-3001', what: 'packing_slip' }, { origin: 'test' });
    expect(reprint).toMatchObject({ ok: true, value: { ok: false, message: expect.stringContaining('not printed') } });
    expect(await api.station.dispatch('shipping.reprint', { order_number: 'SO-3001', what: 'labels' }, { origin: 'test' })).toMatchObject({ ok: true, value: { ok: false, message: expect.stringContaining('has no labels') } });
  });
});
