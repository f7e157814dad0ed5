import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeasureResult, ShipResult, ShippingOpenResult, ShippingScanResult, ShippingState } from '../../../shared/workflows/shipping';
import { verifySignature } from '../../../electron/integrations/signature';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedShipping(t.station);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const scan = (code: string) => req<ShippingScanResult>('shipping.scan', { order_number: 'SO-2001', code });
const ship = (input: Record<string, unknown>) => req<ShipResult>('shipping.ship', { order_number: 'SO-2001', ...input });
const measure = (input: Record<string, unknown>) => req<MeasureResult>('shipping.measurePackage', { order_number: 'SO-2001', ...input });
const kg = (value: number) => ({ weight: { value, unit: 'kg' } });
const dims = { dims: { length: 30, width: 20, height: 10, unit: 'cm' } };

/** SO-2001 packed into two packages: two scanners in the first, two cables in the second. */
async function packTwo(): Promise<void> {
  await req('shipping.open', { order_number: 'SO-2001' });
  for (const code of ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002']) await scan(code);
  expect(await scan('PKG+')).toMatchObject({ verdict: 'accepted', message: 'Package 2 started: items scanned now go into it.' });
  expect(await scan('pkg+')).toMatchObject({ verdict: 'accepted', message: 'Package 2 is still empty: scan items into it first.' });
  await scan('CBL-USB');
  await scan('CBL-USB');
}

describe('several packages', () => {
  it('items go into the current package; each is weighed, measured and tracked; the shipment records serials per package', async () => {
    await packTwo();
    const state = await req<ShippingState>('shipping.cancelPending', { order_number: 'SO-2001' });
    expect(state.packages).toEqual([
      { package_no: 1, units: 2, serials: ['SCN1000001', 'SCN1000002'], items: [{ sku: 'SCN-100', qty: 2 }] },
      { package_no: 2, units: 2, serials: [], items: [{ sku: 'CBL-USB', qty: 2 }] },
    ]);
    expect(state.current_package).toBe(2);
    expect(state.step).toMatchObject({ kind: 'package', package_no: 1, package_count: 2 });
    expect(await req('shipping.tracking', { order_number: 'SO-2001', code: 'PKG+' })).toMatchObject({ verdict: 'rejected', tracking_number: null });
    // The last package cannot ship before the others are weighed.
    expect(await t.station.dispatch('shipping.ship', { order_number: 'SO-2001', ...kg(0.5) }, { origin: 'test' })).toMatchObject({ ok: false, error: { message: 'Weigh package 1 of SO-2001 first.' } });
    const m = await measure({ ...kg(1.2), ...dims, tracking_number: 'TRK-A' });
    expect(m).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('Package 1 of 2: 1200 g, tracking TRK-A'), state: { step: { package_no: 2, measured: [{ package_no: 1, weight_grams: 1200, tracking_number: 'TRK-A' }] } } });
    const r = await ship({ ...kg(0.3), tracking_number: 'TRK-B' });
    expect(r).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('2 packages, 4 units, 1500 g, tracking TRK-A, TRK-B') });
    expect(r.state.shipment?.packages).toEqual([
      { package_no: 1, units: 2, serials: ['SCN1000001', 'SCN1000002'], items: [{ sku: 'SCN-100', qty: 2 }], weight_grams: 1200, dims_mm: { length: 300, width: 200, height: 100 }, tracking_number: 'TRK-A', label: null },
      { package_no: 2, units: 2, serials: [], items: [{ sku: 'CBL-USB', qty: 2 }], weight_grams: 300, dims_mm: null, tracking_number: 'TRK-B', label: null },
    ]);
    expect(r.state.status).toBe('shipped');
  });

  it('a package weighed before a station restart keeps its weight: the reopened order asks for package 2 and ships package 1 as recorded', async () => {
    await packTwo();
    expect(await measure({ ...kg(1.25), ...dims, tracking_number: 'TRK-KEEP' })).toMatchObject({ verdict: 'accepted' });
    // A new backend over the same database (SQLite file or PostgreSQL database).
    await t.reopen();
    const reopened = await req<ShippingOpenResult>('shipping.open', { order_number: 'SO-2001' });
    expect(reopened.state?.step).toMatchObject({
      kind: 'package',
      package_no: 2,
      package_count: 2,
      measured: [{ package_no: 1, weight_grams: 1250, dims_mm: { length: 300, width: 200, height: 100 }, tracking_number: 'TRK-KEEP' }],
    });
    const r = await ship({ ...kg(0.3), tracking_number: 'TRK-B' });
    expect(r).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('2 packages, 4 units, 1550 g, tracking TRK-KEEP, TRK-B') });
    expect(r.state.shipment?.packages.map((p) => [p.package_no, p.weight_grams, p.tracking_number])).toEqual([
      [1, 1250, 'TRK-KEEP'],
      [2, 300, 'TRK-B'],
    ]);
    // Shipped: nothing weighed is left behind for the order.
    expect(await t.station.database.db.selectFrom('order_package_measures').selectAll().execute()).toEqual([]);
  });

  it('a weighed package is weighed again once the packing changed', async () => {
    await packTwo();
    await measure(kg(1.2));
    await t.reopen();
    await req('shipping.open', { order_number: 'SO-2001' });
    const state = () => req<ShippingState>('shipping.cancelPending', { order_number: 'SO-2001' });
    expect((await state()).step).toMatchObject({ package_no: 2, measured: [{ package_no: 1 }] });
    await t.station.database.db.updateTable('packing_scans').set({ package_no: 1 }).where('product_id', 'in', (eb) => eb.selectFrom('products').select('id').where('sku', '=', 'CBL-USB')).execute();
    await t.station.database.db.updateTable('packing_scans').set({ package_no: 2 }).where('product_id', 'in', (eb) => eb.selectFrom('products').select('id').where('sku', '=', 'SCN-100')).execute();
    // Package 1 now holds other items: its weight is no longer the one recorded.
    expect((await state()).step).toMatchObject({ package_no: 1, measured: [] });
  });

  it('shipping.allowPartial: ships what is packed and leaves the rest of the order open; off: refused', async () => {
    await req('shipping.open', { order_number: 'SO-2001' });
    for (const code of ['SCN-100', 'SCN1000001']) await scan(code);
    expect(await t.station.dispatch('shipping.partial', { order_number: 'SO-2001', on: true }, { origin: 'test' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('shipping.allowPartial') } });
    await t.station.options.set({ 'shipping.allowPartial': true });
    const s = await req<ShippingState>('shipping.partial', { order_number: 'SO-2001', on: true });
    expect(s).toMatchObject({ can_ship_partial: true, step: { kind: 'package', package_count: 1 } });
    const r = await ship(kg(0.4));
    expect(r).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('The rest of SO-2001 stays open.'), state: { status: 'in_progress', step: { kind: 'items' }, packages: [] } });
    // The rest packs and ships as a second shipment.
    for (const code of ['SCN-100', 'SCN1000002', 'CBL-USB', 'CBL-USB']) await scan(code);
    expect(await ship(kg(0.6))).toMatchObject({ verdict: 'accepted', state: { status: 'shipped', shipment: { packages: [{ serials: ['SCN1000002'] }] } } });
  });
});

describe('shipping.requireTrackingNumber and shipping.requireDimensions', () => {
  it('off by default; on: Ship is refused with a reason while they are missing, the order stays packed', async () => {
    await t.station.options.set({ 'shipping.requireTrackingNumber': true, 'shipping.requireDimensions': true });
    await req('shipping.open', { order_number: 'SO-2001' });
    for (const code of ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002', 'CBL-USB', 'CBL-USB']) await scan(code);
    expect(await ship(kg(1))).toMatchObject({ verdict: 'rejected', reason: 'dimensions_required', message: 'Give the dimensions of SO-2001: this station ships no package without them.', state: { status: 'in_progress', step: { kind: 'package' } } });
    expect(await ship({ ...kg(1), ...dims })).toMatchObject({ verdict: 'rejected', reason: 'tracking_number_required', message: 'Scan or type the tracking number of SO-2001: this station ships no package without one.' });
    expect(await ship({ ...kg(1), ...dims, tracking_number: '1Z1' })).toMatchObject({ verdict: 'accepted' });
  });

  it('default off: ships without tracking number or dimensions', async () => {
    await req('shipping.open', { order_number: 'SO-2001' });
    for (const code of ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002', 'CBL-USB', 'CBL-USB']) await scan(code);
    expect(await ship(kg(1))).toMatchObject({ verdict: 'accepted' });
  });
});

/** A real label service on loopback: answers with what `reply` says, and keeps what it received. */
async function labelService(reply: (body: any) => { status: number; json?: unknown; delayMs?: number }) {
  const received: { body: any; signature: string; raw: string }[] = [];
  const server: Server = createServer((rq: IncomingMessage, rs: ServerResponse) => {
    let raw = '';
    rq.on('data', (c: Buffer) => (raw += c.toString()));
    rq.on('end', () => {
      const body = JSON.parse(raw);
      received.push({ body, signature: String(rq.headers['x-scanbay-signature']), raw });
      const r = reply(body);
      setTimeout(() => {
        if (rs.destroyed) return;
        rs.writeHead(r.status, { 'content-type': 'application/json' }).end(JSON.stringify(r.json ?? {}));
      }, r.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/labels`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const zpl = Buffer.from('^XA^FO50,50^FDLABEL^FS^XZ').toString('base64');

describe('label service', () => {
  it('POSTs the order and packages signed; stores the labels and fills the tracking numbers', async () => {
    const svc = await labelService((body) => ({ status: 200, json: { packages: body.packages.map((_: unknown, i: number) => ({ tracking_number: `1ZLABEL${i + 1}`, label: { format: 'zpl', data: zpl } })) } }));
    try {
      await t.station.options.set({ 'shipping.labelService.url': svc.url, 'shipping.labelService.secret': 's3cret', 'shipping.requireTrackingNumber': true });
      await packTwo();
      await measure({ ...kg(1.2), ...dims });
      const r = await ship(kg(0.3));
      expect(r).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('tracking 1ZLABEL1, 1ZLABEL2') });
      expect(svc.received).toHaveLength(1);
      const got = svc.received[0]!;
      expect(verifySignature('s3cret', got.raw, got.signature)).toBe(true);
      expect(verifySignature('other', got.raw, got.signature)).toBe(false);
      expect(got.body).toMatchObject({
        order: { order_number: 'SO-2001', lines: [{ sku: 'SCN-100', qty: 2 }, { sku: 'CBL-USB', qty: 2 }] },
        packages: [
          { package_no: 1, weight_grams: 1200, dims_mm: { length: 300, width: 200, height: 100 }, items: [{ sku: 'SCN-100', qty: 2 }], serials: ['SCN1000001', 'SCN1000002'] },
          { package_no: 2, weight_grams: 300, dims_mm: null, items: [{ sku: 'CBL-USB', qty: 2 }] },
        ],
      });
      expect(r.state.shipment?.packages.map((p) => [p.tracking_number, p.label])).toEqual([
        ['1ZLABEL1', { format: 'zpl', data: zpl }],
        ['1ZLABEL2', { format: 'zpl', data: zpl }],
      ]);
    } finally {
      await svc.close();
    }
  });

  it('the secret is write-only (listed as ********) yet signs with the value set, also after the listing is saved back', async () => {
    const svc = await labelService((body) => ({ status: 200, json: { packages: body.packages.map((_: unknown, i: number) => ({ tracking_number: `1ZW${i + 1}`, label: { format: 'zpl', data: zpl } })) } }));
    try {
      await req('options.set', { values: { 'shipping.labelService.url': svc.url, 'shipping.labelService.secret': 'write-only-key' } });
      const listed = await req<Record<string, unknown>>('options.list', {});
      expect(listed['shipping.labelService.secret']).toBe('********');
      expect(JSON.stringify(listed)).not.toContain('write-only-key');
      // A client saves back every shipping option it listed, mask included: the key stays.
      await req('options.set', { values: Object.fromEntries(Object.entries(listed).filter(([k]) => k.startsWith('shipping.'))) });
      await packTwo();
      await measure(kg(1.2));
      expect(await ship(kg(0.3))).toMatchObject({ verdict: 'accepted' });
      const got = svc.received[0]!;
      expect(verifySignature('write-only-key', got.raw, got.signature)).toBe(true);
      expect(verifySignature('********', got.raw, got.signature)).toBe(false);
    } finally {
      await svc.close();
    }
  });

  it('an error, a bad answer or a timeout keeps the order packed and says why; Retry ships', async () => {
    let mode: 'error' | 'bad' | 'slow' | 'ok' = 'error';
    const svc = await labelService(() =>
      mode === 'error' ? { status: 502, json: { error: 'carrier down' } } : mode === 'bad' ? { status: 200, json: { packages: [{ tracking_number: 'X' }] } } : mode === 'slow' ? { status: 200, delayMs: 3000 } : { status: 200, json: { packages: [{ tracking_number: '1ZOK', label: { format: 'pdf', data: Buffer.from('%PDF-1.4').toString('base64') } }] } },
    );
    try {
      await t.station.options.set({ 'shipping.labelService.url': svc.url, 'shipping.labelService.timeoutSeconds': 1 });
      await req('shipping.open', { order_number: 'SO-2001' });
      for (const code of ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002', 'CBL-USB', 'CBL-USB']) await scan(code);
      const failed = await ship(kg(1));
      expect(failed).toMatchObject({ verdict: 'rejected', reason: 'label_service_failed', message: expect.stringMatching(/HTTP 502.*carrier down.*SO-2001 stays packed: Retry/), state: { status: 'in_progress', step: { kind: 'package' } } });
      mode = 'bad';
      expect(await ship(kg(1))).toMatchObject({ reason: 'label_service_failed', message: expect.stringContaining('packages.0.label') });
      mode = 'slow';
      expect(await ship(kg(1))).toMatchObject({ reason: 'label_service_failed', message: expect.stringContaining('did not answer within 1 s') });
      mode = 'ok';
      expect(await ship(kg(1))).toMatchObject({ verdict: 'accepted', state: { status: 'shipped', shipment: { tracking_number: '1ZOK', packages: [{ label: { format: 'pdf' } }] } } });
    } finally {
      await svc.close();
    }
  });
});
