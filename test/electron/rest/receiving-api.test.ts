import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { runCli, startServe } from '../../helpers/cli';
import { seedReceiving } from '../../helpers/receiving-data';
import { tempApi, type TempApi } from '../../helpers/station';

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  await seedReceiving(api.station);
});
afterAll(() => api.dispose());

describe('REST receiving', () => {
  it('with sku, code is a serial of that product; the verdict envelope is HTTP 200 both ways', async () => {
    const ok = await api.call('POST', '/purchase-orders/PO-1/scans', { code: 'SN00000001', sku: 'SCN' });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      success: true,
      data: { verdict: 'accepted', reason: null, message: 'Received SCN serial SN00000001.', line: expect.objectContaining({ sku: 'SCN', ordered: 3, received: 1, to_receive: 2 }) },
    });
    const dup = await api.call('POST', '/purchase-orders/PO-1/scans', { code: 'SN00000001', sku: 'SCN' });
    expect(dup).toMatchObject({ status: 200, body: { success: true, data: { verdict: 'rejected', reason: 'duplicate_in_po' } } });
  });

  it('with sku for a product without serials at receipt, qty units are received', async () => {
    const r = await api.call('POST', '/purchase-orders/PO-1/scans', { code: 'ignored', sku: 'CBL', qty: 4 });
    expect(r.body.data).toMatchObject({ verdict: 'accepted', line: { sku: 'CBL', received: 4 } });
  });

  it('without sku, code is read as the wizard reads it: product, then its pending serial; a GS1 barcode carries both', async () => {
    expect((await api.call('POST', '/purchase-orders/PO-1/scans', { code: 'SCL' })).body.data).toMatchObject({ verdict: 'accepted', message: 'SCL × 1: scan its serial number.' });
    expect((await api.call('POST', '/purchase-orders/PO-1/scans', { code: 'ABCD1234' })).body.data).toMatchObject({ verdict: 'accepted', line: { sku: 'SCL', received: 1 } });
    const gs1 = await api.call('POST', '/purchase-orders/PO-1/scans', { code: '0109501101530003\u001d21SN00000002' });
    expect(gs1.body.data).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN', received: 2 } });
  });

  it('POST /purchase-orders/{po}/receipts closes the open session; an unknown PO is 404; bad bodies are 400', async () => {
    const closed = await api.call('POST', '/purchase-orders/PO-1/receipts');
    expect(closed).toMatchObject({ status: 200, body: { success: true, message: 'Receiving session closed', data: { session_id: expect.any(Number), notes: [] } } });
    expect(await api.call('POST', '/purchase-orders/PO-1/receipts')).toMatchObject({ status: 409, body: { error: { type: 'ConflictError' } } });
    expect(await api.call('POST', '/purchase-orders/NOPE/scans', { code: 'X' })).toMatchObject({ status: 404, body: { error: { type: 'NotFoundError' } } });
    const bad = await api.call('POST', '/purchase-orders/PO-1/scans', { code: 5, qty: -1, extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['', 'code', 'qty']);
    expect(await api.call('POST', '/purchase-orders/PO-1/scans', { code: 'X' }, {})).toMatchObject({ status: 401, body: { error: { type: 'NoTokenError' } } });
  });
});

describe('receiving survives kill -9 of the station', () => {
  it('every accepted serial is there after a restart, and the open session can be closed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-kill-'));
    const servers: ChildProcess[] = [];
    try {
      const setup = await openStation({ dataDir, shell: 'cli', log: () => {} });
      await seedReceiving(setup);
      await setup.close();
      const key = JSON.parse(runCli(['api-key', 'create', '--name', 'dock', '--data-dir', dataDir]).stdout) as { token: string; channel_key: string };
      const headers = { 'x-access-token': key.token, 'x-channel-key': key.channel_key };
      const post = (url: string, path: string, body?: unknown) =>
        fetch(new URL(`/api/v1${path}`, url), {
          method: 'POST',
          headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }).then((r) => r.json());

      const first = await startServe(['--port', '0', '--data-dir', dataDir]);
      servers.push(first.child);
      const accepted: string[] = [];
      await post(first.url, '/purchase-orders/PO-3/scans', { code: 'SCN', qty: 5 });
      for (const serial of ['KILL000001', 'KILL000002', 'KILL000003']) {
        const r = (await post(first.url, '/purchase-orders/PO-3/scans', { code: serial })) as { data: { verdict: string } };
        if (r.data.verdict === 'accepted') accepted.push(serial);
      }
      first.child.kill('SIGKILL');
      await new Promise((resolve) => first.child.once('exit', resolve));
      expect(accepted).toHaveLength(3);

      const second = await startServe(['--port', '0', '--data-dir', dataDir]);
      servers.push(second.child);
      const po = (await fetch(new URL('/api/v1/purchase-orders/PO-3', second.url), { headers }).then((r) => r.json())) as { data: { lines: { serials: string[]; received_qty: number }[] } };
      expect(po.data.lines[0]?.serials.sort()).toEqual(accepted);
      expect(po.data.lines[0]?.received_qty).toBe(3);
      // The session is still open after the crash: receiving resumes, then it closes.
      expect(((await post(second.url, '/purchase-orders/PO-3/scans', { code: 'KILL000004', sku: 'SCN' })) as { data: { verdict: string } }).data.verdict).toBe('accepted');
      expect(await post(second.url, '/purchase-orders/PO-3/receipts')).toMatchObject({ success: true });
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    } finally {
      // A failed assertion must not leave a server running.
      for (const child of servers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
