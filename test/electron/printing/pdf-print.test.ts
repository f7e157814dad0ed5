import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShipResult } from '../../../shared/workflows/shipping';
import { openStation, type Station } from '../../../electron/backend/station';
import { seedShipping } from '../../helpers/shipping-data';
import { request } from '../../helpers/station';

const opened: { station: Station; dir: string }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.station.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
});

/** A station (SQLite) with the demo's orders; `asked` collects the files its print port was given. */
async function station(withPort: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'scanbay-pdf-'));
  const asked: string[] = [];
  const s = await openStation({ dataDir: dir, shell: withPort ? 'electron' : 'browser', log: () => {}, ...(withPort ? { pdfPrint: { print: (file: string) => asked.push(file) } } : {}) });
  opened.push({ station: s, dir });
  await seedShipping(s);
  await s.options.set({ 'shipping.printPackingSlip': true, 'shipping.allowManualWeight': true });
  return { s, asked };
}

async function shipSo2003(s: Station): Promise<ShipResult> {
  await request(s, 'shipping.open', { order_number: 'SO-2003' });
  for (let i = 0; i < 4; i++) await request(s, 'shipping.scan', { order_number: 'SO-2003', code: 'LBL-4X6' });
  return request<ShipResult>(s, 'shipping.ship', { order_number: 'SO-2003', weight: { value: 1.6, unit: 'kg' } });
}

describe('pools.pdfTarget', () => {
  it('file (default): the packing slip PDF is saved, nothing is asked of a print port', async () => {
    const { s, asked } = await station(true);
    const r = await shipSo2003(s);
    expect(r.message).toMatch(/Packing slip saved as \S+SO-2003-1\.pdf\.$/);
    expect(asked).toEqual([]);
  });

  it('dialog in the desktop app: the saved PDF goes to the print port, and the verdict says so', async () => {
    const { s, asked } = await station(true);
    await s.options.set({ 'pools.pdfTarget': 'dialog' });
    const r = await shipSo2003(s);
    const file = join(s.dataDir, 'labels', 'slips', 'SO-2003-1.pdf');
    expect(asked).toEqual([file]);
    expect(existsSync(file)).toBe(true);
    expect(r.message).toContain(`Packing slip saved as ${file} and opened in the print dialog.`);
  });

  it('dialog: a PDF sheet of labels at receipt goes to the print port too', async () => {
    const { s, asked } = await station(true);
    await s.options.set({ 'pools.pdfTarget': 'dialog' });
    await request(s, 'receiving.open', { po_number: 'PO-1002' });
    await request(s, 'receiving.scan', { po_number: 'PO-1002', code: 'SCL-200' });
    await request(s, 'receiving.scan', { po_number: 'PO-1002', code: 'SCLPDF0001' });
    const r = await request<{ target: string }>(s, 'receiving.printLabels', { po_number: 'PO-1002', format: 'pdf', destination: 'file' });
    expect(asked).toEqual([r.target]);
    expect(r.target).toMatch(/labels\/receipts\/PO-1002-\d+T\d+\.pdf$/);
  });

  it('dialog in browser mode / scanbay serve: falls back to the file and says why', async () => {
    const { s } = await station(false);
    await s.options.set({ 'pools.pdfTarget': 'dialog' });
    const r = await shipSo2003(s);
    expect(r.message).toContain('SO-2003-1.pdf (the print dialog is only in the desktop app).');
    expect(s.pdfPrint).toBeNull();
  });
});
