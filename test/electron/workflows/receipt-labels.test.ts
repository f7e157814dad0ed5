import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/demo/seed';
import { request, tempStation, type TempStation } from '../../helpers/station';

// Demo PO-1002: SCL-200 ×2 (full tracking, GTIN 04012345000023), HDS-300 ×5 (ship tracking), CBL-USB ×25.
let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedDemo(t.station.database.db);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const scan = (code: string) => req('receiving.scan', { po_number: 'PO-1002', code });
type Printed = { labels: number; serials: number; units_without_serial: number; target: string };

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
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('Print labels at receipt', () => {
  it('nothing received: a clear refusal', async () => {
    expect(await t.station.dispatch('receiving.printLabels', { po_number: 'PO-1002', format: 'zpl', destination: 'file' }, { origin: 'test' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Nothing is received on PO-1002 yet: no labels to print.' },
    });
  });

  it('ZPL to the label printer on port 9100: a label per serial (GS1 DataMatrix 01+21 with the GTIN) and per unit without one', async () => {
    await req('receiving.open', { po_number: 'PO-1002' });
    await scan('SCL-200');
    await scan('SCLLBL0001');
    await scan('HDS-300');
    const lp = await printer();
    try {
      await t.station.options.set({ 'pools.printerHost': '127.0.0.1', 'pools.printerPort': lp.port });
      const r = await req<Printed>('receiving.printLabels', { po_number: 'PO-1002', format: 'zpl', destination: 'printer' });
      expect(r).toEqual({ labels: 2, serials: 1, units_without_serial: 1, target: `127.0.0.1:${lp.port}` });
      const job = lp.jobs.join('');
      expect(job.match(/\^XA/g)).toHaveLength(2);
      // The DataMatrix carries (01) GTIN-14 + (21) serial after FNC1.
      expect(job).toContain('^BXN,4,200,,,,_^FD_1010401234500002321SCLLBL0001^FS');
      expect(job).toContain('HDS-300');
    } finally {
      await lp.close();
    }
  });

  it('PDF sheet to a file under the data dir', async () => {
    await req('receiving.open', { po_number: 'PO-1002' });
    await scan('SCL-200');
    await scan('SCLLBL0002');
    const r = await req<Printed>('receiving.printLabels', { po_number: 'PO-1002', format: 'pdf', destination: 'file' });
    expect(r).toMatchObject({ labels: 1, serials: 1, target: expect.stringMatching(/labels\/receipts\/PO-1002-\d+T\d+\.pdf$/) });
    expect(readFileSync(r.target).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
