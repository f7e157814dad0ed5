import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { accepted, openPo, scanExpect } from './receiving-helpers';

test.use({ demo: true });

test('Print labels at receipt, keyboard only at 1024×600: ZPL for each received serial and unit goes to the label printer (port 9100)', async ({ page, station }) => {
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
  try {
    station.cli('options', 'set', 'pools.printerHost', '127.0.0.1');
    station.cli('options', 'set', 'pools.printerPort', String((server.address() as AddressInfo).port));
    await page.setViewportSize({ width: 1024, height: 600 });
    await openPo(page, station, 'NW-5512', 'PO-1002');
    await scanExpect(page, 'SCL-200', 'accepted', 'SCL-200 × 1: scan its serial number');
    await scanExpect(page, 'SCLPRT0001', 'accepted', 'Received SCL-200 serial SCLPRT0001');
    await scanExpect(page, 'HDS-300', 'accepted', 'Received 1 × HDS-300');
    const button = page.getByRole('button', { name: 'Print labels' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Print labels of PO-1002' });
    await expect(dialog.getByLabel('Label format')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Send to')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Print' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(accepted(page)).toContainText('2 labels of PO-1002 (1 serial and 1 without a serial) → 127.0.0.1:');
    await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
    await expect.poll(() => jobs.join('')).toContain('^FD_1010401234500002321SCLPRT0001^FS');
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
