import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, wedgeScan } from './fixtures';
import { accepted, openOrder, rejected, scaleControl, scanAll, scanField } from './shipping-helpers';

// Several packages and the label service at a 1024×600 bench, scanner and keyboard only; the
// demo's simulated scale is driven from a second window.
test.use({ demo: true });

const set = (station: { cli(...a: string[]): string }, key: string, value: string) => station.cli('options', 'set', key, value);

/** Presses a button the way a keyboard user does: focus it (Tab order), then Enter. */
async function press(button: import('@playwright/test').Locator): Promise<void> {
  await expect(button).toBeEnabled();
  await button.focus();
  await expect(button).toBeFocused();
  await button.page().keyboard.press('Enter');
}

test('two packages: PKG+ starts the second, each is weighed on the scale, then the order ships with both', async ({ page, station }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await openOrder(page, station, 'SO-2001');
  const scale = await scaleControl(page, station.url);
  await scale('zero');
  await scanAll(page, ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002']);
  await scanAll(page, ['PKG+']);
  await expect(accepted(page)).toContainText('Package 2 started: items scanned now go into it.');
  await expect(page.getByTestId('current-package')).toHaveText(' · items go into package 2');
  await scanAll(page, ['CBL-USB', 'CBL-USB']);

  const pkg = page.getByRole('form', { name: 'Package' });
  await expect(pkg.getByTestId('package-of')).toHaveText('1 of 2');
  await expect(page.getByText('Weigh package 1 of 2 of SO-2001')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Packages' })).toContainText('Package 1: SCN-100 ×2 · serials SCN1000001, SCN1000002');
  await scale('1.2 kg');
  await expect(pkg.getByTestId('package-reading')).toHaveText('1.2 kg');
  await press(pkg.getByRole('button', { name: 'Record package 1 with scale weight' }));
  await expect(accepted(page)).toContainText('Package 1 of 2: 1200 g. Weigh package 2.');
  await expect(pkg.getByTestId('package-of')).toHaveText('2 of 2 · weighed: 1: 1200 g');
  // A reloaded window reopens the order at package 2, with package 1 as recorded (saved at once).
  await page.reload();
  await expect(scanField(page)).toBeFocused();
  await page.keyboard.press('Alt+2');
  await expect(page.getByText('Scan or type the order number.')).toBeVisible();
  await wedgeScan(page, 'SO-2001');
  await expect(pkg.getByTestId('package-of')).toHaveText('2 of 2 · weighed: 1: 1200 g');
  // The same box still on the scale does not count for package 2.
  await expect(pkg.getByTestId('package-weight-why')).toContainText("previous package's weight (1200 g)");
  await scale('0.5 kg');
  await scanField(page).focus();
  await wedgeScan(page, '1ZPKG2');
  await expect(accepted(page)).toContainText('Tracking number 1ZPKG2 scanned.');
  await expect(pkg.getByTestId('scanned-tracking')).toHaveText('1ZPKG2 (scanned)');
  await press(pkg.getByRole('button', { name: 'Ship with scale weight' }));
  await expect(accepted(page)).toContainText('SO-2001 shipped: shipment 1, 2 packages, 4 units, 1700 g, tracking 1ZPKG2.');
  await expect(scanField(page)).toBeFocused();
});

test('the label service fails: the order stays packed and says why; Retry ships with its tracking number and label', async ({ page, station }) => {
  let calls = 0;
  const server = createServer((rq: IncomingMessage, rs: ServerResponse) => {
    rq.resume();
    rq.on('end', () => {
      calls += 1;
      if (calls === 1) rs.writeHead(503, { 'content-type': 'text/plain' }).end('carrier unavailable');
      else rs.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ packages: [{ tracking_number: '1ZLABEL', label: { format: 'zpl', data: Buffer.from('^XA^FDL^FS^XZ').toString('base64') } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    set(station, 'shipping.labelService.url', `http://127.0.0.1:${(server.address() as AddressInfo).port}/labels`);
    await page.setViewportSize({ width: 1024, height: 600 });
    await openOrder(page, station, 'SO-2003');
    const scale = await scaleControl(page, station.url);
    await scale('zero');
    await scanAll(page, ['LBL-4X6', 'LBL-4X6', 'LBL-4X6', 'LBL-4X6']);
    await scale('1.6 kg');
    const pkg = page.getByRole('form', { name: 'Package' });
    await expect(pkg.getByTestId('package-reading')).toHaveText('1.6 kg');
    await press(pkg.getByRole('button', { name: 'Ship with scale weight' }));
    await expect(rejected(page)).toContainText('The label service answered HTTP 503: carrier unavailable. SO-2003 stays packed: Retry to ask again.');
    await expect(page.getByText('Weigh the package of SO-2003')).toBeVisible();
    await press(page.getByRole('button', { name: 'Retry' }));
    await expect(accepted(page)).toContainText('SO-2003 shipped: shipment 1, 4 units, 1600 g, tracking 1ZLABEL.');
    await expect(accepted(page)).toContainText('Label of package 1 saved as');
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    expect(calls).toBe(2);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('the packing slip prints on Ship (shipping.printPackingSlip) and is reprinted from the Orders view', async ({ page, station }) => {
  set(station, 'shipping.printPackingSlip', 'true');
  set(station, 'shipping.allowManualWeight', 'true');
  await page.setViewportSize({ width: 1024, height: 600 });
  await openOrder(page, station, 'SO-2003');
  await scanAll(page, ['LBL-4X6', 'LBL-4X6', 'LBL-4X6', 'LBL-4X6']);
  const pkg = page.getByRole('form', { name: 'Package' });
  await pkg.getByLabel('Weight', { exact: true }).focus();
  await page.keyboard.type('1.7');
  await page.keyboard.press('Enter');
  await expect(accepted(page)).toContainText(/SO-2003 shipped: shipment 1, 4 units, 1700 g\. Packing slip saved as \S+SO-2003-1\.pdf\./);
  await page.getByRole('tab', { name: 'Orders' }).focus();
  await page.keyboard.press('Enter');
  const shipped = page.getByLabel('Include shipped orders');
  await shipped.focus();
  await page.keyboard.press('Space');
  const slip = page.getByRole('button', { name: 'Reprint the packing slip of SO-2003' });
  await slip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Packing slip saved as' })).toContainText('SO-2003-1.pdf');
  const labels = page.getByRole('button', { name: 'Reprint the labels of SO-2003' });
  await labels.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'has no labels' })).toContainText('Shipment 1 of SO-2003 has no labels.');
});
