import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../../electron/demo/seed';
import type { RequestInput, RequestName } from '../../../../shared/api/contract';
import { tempStation, type TempStation } from '../../../helpers/station';
import { rows } from '../../storage/helpers';

let t: TempStation;
let poolId: number;
let batchId: number;
let values: string[];

beforeEach(async () => {
  t = await tempStation();
  await seedDemo(t.station.database.db);
  poolId = (await value('pools.create', { productCode: 'SCN-100', mode: 'batch' })).pool.id;
  const made = await value('pools.generate', { poolId, count: 4, batchName: 'Morning' });
  batchId = made.batch.id;
  values = made.serials;
});
afterEach(() => t.dispose());

async function ask<N extends RequestName>(name: N, input: RequestInput<N>): Promise<any> {
  return t.station.dispatch(name, input, { origin: 'test' });
}
async function value<N extends RequestName>(name: N, input: RequestInput<N>): Promise<any> {
  const r = await ask(name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}
const statuses = async () => (await rows(t.station.database, 'select status from serials where pool_id = ? order by id', poolId)).map((r) => r.status);

describe('printing pool serials', () => {
  it('a batch as ZPL into the labels folder of the data dir: one label each, and they become assigned', async () => {
    const r = await value('pools.print', { poolId, batchId, format: 'zpl', destination: 'file' });
    expect(r).toMatchObject({ labels: 4, assigned: 4, pool: { available: 0, assigned: 4 } });
    expect(r.target.startsWith(join(t.dataDir, 'labels'))).toBe(true);
    expect(r.target).toMatch(/SCN-100-Morning-\d{8}T\d{6}\.zpl$/);
    const zpl = readFileSync(r.target, 'utf8');
    expect(zpl.match(/\^XA/g)).toHaveLength(4);
    for (const v of values) expect(zpl).toContain(`^FD_10104012345000016` + `21${v}^FS`);
    expect(await statuses()).toEqual(['assigned', 'assigned', 'assigned', 'assigned']);
    const events = (await rows(t.station.database, "select details from serial_events where type = 'assigned'")) as { details: string }[];
    expect(events).toHaveLength(4);
    expect(JSON.parse(events[0]!.details)).toMatchObject({ labels: 'zpl', target: r.target, via: 'ui' });
  });

  it('a reprint changes no status; selected serials as a PDF sheet to a chosen path', async () => {
    const ids = (await rows(t.station.database, 'select id from serials where pool_id = ? order by id limit 2', poolId)).map((r) => r.id as number);
    const first = await value('pools.print', { poolId, serialIds: ids, format: 'pdf', destination: 'file', path: 'sheets/two.pdf' });
    expect(first).toMatchObject({ labels: 2, assigned: 2, target: join(t.dataDir, 'labels', 'sheets', 'two.pdf') });
    expect(readFileSync(first.target).subarray(0, 5).toString()).toBe('%PDF-');
    const again = await value('pools.print', { poolId, serialIds: ids, format: 'pdf', destination: 'file', path: 'sheets/two.pdf' });
    expect(again).toMatchObject({ labels: 2, assigned: 0 });
    expect(await statuses()).toEqual(['assigned', 'assigned', 'available', 'available']);
    expect(readdirSync(join(t.dataDir, 'labels', 'sheets'))).toEqual(['two.pdf']);
  });

  it('refuses paths that leave the labels folder or name a missing folder, and assigns nothing', async () => {
    expect(await ask('pools.print', { poolId, batchId, format: 'zpl', destination: 'file', path: '../../escape.zpl' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await ask('pools.print', { poolId, batchId, format: 'zpl', destination: 'file', path: join(t.dataDir, 'no', 'such', 'dir.zpl') })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('does not exist') },
    });
    expect(await ask('pools.print', { poolId, batchId, format: 'pdf', destination: 'printer', host: '127.0.0.1' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await ask('pools.print', { poolId, format: 'zpl', destination: 'file' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await statuses()).toEqual(['available', 'available', 'available', 'available']);
  });

  describe('to a network printer', () => {
    let server: Server | undefined;
    afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

    it('sends raw ZPL to host:port, then assigns', async () => {
      let received = '';
      const done = new Promise<void>((resolve) => {
        server = createServer((socket) => {
          socket.on('data', (d) => (received += d.toString()));
          socket.on('end', () => {
            socket.end();
            resolve();
          });
        });
      });
      const port = await new Promise<number>((resolve) => server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)));
      const r = await value('pools.print', { poolId, batchId, format: 'zpl', destination: 'printer', host: '127.0.0.1', port });
      await done;
      expect(r).toMatchObject({ labels: 4, assigned: 4, target: `127.0.0.1:${port}` });
      expect(received.match(/\^XA/g)).toHaveLength(4);
      expect(received).toContain(values[0]);
    });

    it('an unreachable printer is a clear error and nothing is assigned', async () => {
      server = createServer();
      const port = await new Promise<number>((resolve) => server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)));
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
      const r = await ask('pools.print', { poolId, batchId, format: 'zpl', destination: 'printer', host: '127.0.0.1', port });
      expect(r).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/printer at 127\.0\.0\.1:\d+ cannot be reached/) } });
      expect(await statuses()).toEqual(['available', 'available', 'available', 'available']);
    });

    it('without an address in the request or Settings it says where to set one', async () => {
      const r = await ask('pools.print', { poolId, batchId, format: 'zpl', destination: 'printer' });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('no label printer is set') } });
      expect(existsSync(join(t.dataDir, 'labels'))).toBe(false);
    });
  });
});
