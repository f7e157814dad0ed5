import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listScans } from '../../../electron/storage/repos/scan-log';
import { runCli, startServe } from '../../helpers/cli';
import { seedShipping } from '../../helpers/shipping-data';
import { tempApi, type TempApi } from '../../helpers/station';

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  await seedShipping(api.station);
});
afterAll(() => api.dispose());

const scan = (order: string, body: unknown) => api.call('POST', `/orders/${order}/scans`, body);

describe('REST Scan & Ship', () => {
  it('with sku, code is a serial of that product; without, code is read as the wizard reads it; HTTP 200 both ways', async () => {
    const ok = await scan('SO-2001', { code: 'SCN1000001', sku: 'SCN-100' });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      success: true,
      data: { verdict: 'accepted', reason: null, message: 'Packed SCN-100 serial SCN1000001 (1 of 2).', line: expect.objectContaining({ sku: 'SCN-100', required: 2, scanned: 1, remaining: 1 }) },
    });
    expect(await scan('SO-2001', { code: 'SCN1000001', sku: 'SCN-100' })).toMatchObject({ status: 200, body: { data: { verdict: 'rejected', reason: 'duplicate_in_order' } } });
    expect((await scan('SO-2001', { code: 'SCN-100' })).body.data).toMatchObject({ verdict: 'accepted', message: 'SCN-100 × 1: scan its serial number.' });
    expect((await scan('SO-2001', { code: 'SCN1000002' })).body.data).toMatchObject({ verdict: 'accepted', line: { scanned: 2 } });
    // GS1 with AI 21 carries product and serial; with sku, a GS1 code gives its serial part.
    expect((await scan('SO-3001', { code: '010401234500001621SCN1000003' })).body.data).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN-100', serials: ['SCN1000003'] } });
    expect((await scan('SO-3001', { code: '010401234500001621SCN1000004', sku: 'SCN-100' })).body.data).toMatchObject({ verdict: 'accepted', line: { scanned: 2 } });
  });

  it('with sku for a product packed without serials, qty units are packed (when multiple quantities are allowed)', async () => {
    expect((await scan('SO-2001', { code: 'ignored', sku: 'CBL-USB', qty: 2 })).body.data).toMatchObject({ verdict: 'rejected', reason: 'qty_not_allowed' });
    await api.station.options.set({ 'shipping.allowMultipleQty': true });
    expect((await scan('SO-2001', { code: 'ignored', sku: 'CBL-USB', qty: 2 })).body.data).toMatchObject({ verdict: 'accepted', line: { sku: 'CBL-USB', scanned: 2 } });
    await api.station.options.set({ 'shipping.allowMultipleQty': false });
  });

  it('a wrong item names scanned and expected items; an override travels as {pin, reason}', async () => {
    const wrong = await scan('SO-3002', { code: 'SCL-200' });
    expect(wrong.body.data).toMatchObject({ verdict: 'rejected', reason: 'wrong_item', wrong_item: { scanned: { sku: 'SCL-200' }, expected: [{ sku: 'PAT-1' }, { sku: 'HDS-300' }] } });
    const refused = await scan('SO-3002', { code: 'bad', sku: 'PAT-1' });
    expect(refused.body.data).toMatchObject({ verdict: 'rejected', reason: 'bad_pattern', approval: { kind: 'serial_override', pin_required: true } });
    const taken = await scan('SO-3002', { code: 'bad', sku: 'PAT-1', override: { pin: '9999', reason: 'customer asked for this unit' } });
    expect(taken.body.data).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('approved by sam') });
  });

  it('POST /orders/{order}/ship ships a fully scanned order; unfinished or shipped orders are 409, unknown ones 404, bad bodies 400', async () => {
    expect(await api.call('POST', '/orders/SO-3001/ship', {})).toMatchObject({ status: 409, body: { success: false, error: { type: 'ConflictError', message: expect.stringContaining('still to scan') } } });
    const r = await api.call('POST', '/orders/SO-2001/ship', { weight: { value: 2.5, unit: 'lb' }, dims: { length: 12, width: 8, height: 4, unit: 'in' }, tracking_number: '1Z999AA10123456784' });
    expect(r).toMatchObject({ status: 200, body: { success: true, message: expect.stringMatching(/^SO-2001 shipped: shipment \d+, 4 units, 1133\.981 g, tracking 1Z999AA10123456784\.$/) } });
    expect(r.body.data).toMatchObject({ order_number: 'SO-2001', status: 'shipped', tracking_number: '1Z999AA10123456784', weight_grams: 1133.981 });
    const order = await api.call('GET', '/orders/SO-2001');
    expect(order.body.data).toMatchObject({ status: 'shipped', lines: [{ sku: 'SCN-100', shipped_qty: 2, serials: ['SCN1000001', 'SCN1000002'] }, { sku: 'CBL-USB', shipped_qty: 2 }] });
    expect(await api.call('POST', '/orders/SO-2001/ship', {})).toMatchObject({ status: 409, body: { error: { type: 'ConflictError', message: expect.stringContaining('already shipped') } } });
    expect((await scan('SO-2001', { code: 'CBL-USB' })).body.data).toMatchObject({ verdict: 'rejected', reason: 'order_shipped' });
    expect(await scan('NOPE', { code: 'X' })).toMatchObject({ status: 404, body: { error: { type: 'NotFoundError' } } });
    expect(await api.call('POST', '/orders/NOPE/ship', {})).toMatchObject({ status: 404, body: { error: { type: 'NotFoundError' } } });
    const bad = await scan('SO-3001', { code: 5, qty: 0, override: { pin: 9999 }, extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['', 'code', 'override.pin', 'override.reason', 'qty']);
    const badShip = await api.call('POST', '/orders/SO-3001/ship', { weight: { value: -1, unit: 'stone' }, dims: { length: 0 } });
    expect(badShip.status).toBe(400);
    expect(await scan('SO-3001', {}).then((x) => x.status)).toBe(400);
    expect(await api.call('POST', '/orders/SO-3001/scans', { code: 'X' }, {})).toMatchObject({ status: 401, body: { error: { type: 'NoTokenError' } } });
  });

  it('a burst of scans sent at once to one order: none dropped, none doubled, every one answered and logged', async () => {
    await api.call('POST', '/orders', { order_number: 'SO-BURST', warehouse: 'MAIN', picked: true, lines: [{ sku: 'HDS-300', qty: 40 }] });
    const serials = Array.from({ length: 40 }, (_, i) => `BURST-${String(i).padStart(3, '0')}`);
    const answers = await Promise.all(serials.map((code) => scan('SO-BURST', { code, sku: 'HDS-300' })));
    expect(answers.map((a) => a.body.data.verdict)).toEqual(serials.map(() => 'accepted'));
    const order = await api.call('GET', '/orders/SO-BURST');
    expect([...order.body.data.lines[0].serials].sort()).toEqual(serials);
    expect(order.body.data.lines[0].scanned_qty).toBe(40);
    const logged = await listScans(api.station.database.db, { documentNumber: 'SO-BURST', limit: 1000 });
    expect(logged).toHaveLength(40);
  });
});

describe('Scan & Ship survives kill -9 of the station', () => {
  it('every packed item and serial is there after a restart; the order resumes and ships', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-ship-kill-'));
    try {
      const first = await startServe(['--port', '0', '--data-dir', dataDir, '--demo']);
      const key = JSON.parse(runCli(['api-key', 'create', '--name', 'bench', '--data-dir', dataDir]).stdout) as { token: string; channel_key: string };
      const headers = { 'x-access-token': key.token, 'x-channel-key': key.channel_key, 'content-type': 'application/json' };
      const post = (url: string, path: string, body: unknown) =>
        fetch(new URL(`/api/v1${path}`, url), { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.json()) as Promise<{ success: boolean; data: { verdict: string } }>;
      const accepted: string[] = [];
      for (const code of ['SCN-100', 'SCN1000001', 'CBL-USB']) {
        if ((await post(first.url, '/orders/SO-2001/scans', { code })).data.verdict === 'accepted') accepted.push(code);
      }
      // The next serialized unit waits for its serial when the station dies.
      await post(first.url, '/orders/SO-2001/scans', { code: 'SCN-100' });
      first.child.kill('SIGKILL');
      await new Promise((resolve) => first.child.once('exit', resolve));
      expect(accepted).toEqual(['SCN-100', 'SCN1000001', 'CBL-USB']);

      const second = await startServe(['--port', '0', '--data-dir', dataDir]);
      const order = (await fetch(new URL('/api/v1/orders/SO-2001', second.url), { headers }).then((r) => r.json())) as { data: { status: string; lines: { scanned_qty: number; serials: string[] }[] } };
      expect(order.data.status).toBe('in_progress');
      expect(order.data.lines.map((l) => [l.scanned_qty, l.serials])).toEqual([
        [1, ['SCN1000001']],
        [1, []],
      ]);
      // The unit waiting for its serial was not packed: scan it again, then finish and ship.
      expect((await post(second.url, '/orders/SO-2001/scans', { code: 'SCN1000002' })).data.verdict).toBe('rejected');
      for (const code of ['SCN-100', 'SCN1000002', 'CBL-USB']) expect((await post(second.url, '/orders/SO-2001/scans', { code })).data.verdict, code).toBe('accepted');
      expect(await post(second.url, '/orders/SO-2001/ship', { weight: { value: 1, unit: 'kg' } })).toMatchObject({ success: true, data: { status: 'shipped' } });
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
