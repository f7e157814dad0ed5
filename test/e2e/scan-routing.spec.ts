import { expect, stationRequest, test, wedgeScan } from './fixtures';
import { openReturns, queryDb, refusal, scanField, shipDemoOrder } from './lifecycle-helpers';
import { accepted, openPo, row, scanExpect } from './receiving-helpers';

test.use({ demo: true });

// Scans aimed at a button or a select are told from typing by their speed alone: give the wedge
// detector room for a loaded test machine (Playwright's keys stretch under load).
test.beforeEach(({ station }) => {
  station.cli('options', 'set', 'devices.wedge.maxGapMs', '500');
});

// One rule for every scan: the focused text field takes it as typed text (and its Enter action
// runs); else the showing screen's handler; else it is refused at once — never kept for later.

test('PO serials: a serial scanned into the Filter filters, and is not received after Escape; one scanned into New serial replaces the serial', async ({ page, station }) => {
  await openPo(page, station, 'PO-1003', 'PO-1003');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN3000001', 'accepted', 'Received SCN-100 serial SCN3000001');
  await page.getByRole('button', { name: 'PO serials' }).click();
  const dialog = page.getByRole('dialog', { name: 'Serials of PO-1003' });
  await expect(dialog.getByRole('cell', { name: 'SCN3000001', exact: true })).toBeVisible();

  await dialog.getByLabel('Filter serials').click();
  await wedgeScan(page, 'SCN3000002');
  await expect(dialog.getByLabel('Filter serials')).toHaveValue('SCN3000002');
  await expect(dialog.getByText('0 rows')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(500);
  await expect(row(page, 'SCN-100').locator('td').nth(4)).toHaveText('1');
  await expect(page.getByRole('region', { name: 'Scan log' })).not.toContainText('SCN3000002');

  await page.getByRole('button', { name: 'PO serials' }).click();
  await dialog.getByRole('button', { name: 'Edit serial SCN3000001' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit serial SCN3000001' });
  await expect(edit.getByLabel('New serial')).toBeFocused();
  await wedgeScan(page, 'SCN3000009');
  await expect(edit).toBeHidden();
  await expect(dialog.getByRole('cell', { name: 'SCN3000009', exact: true })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'SCN3000001', exact: true })).toHaveCount(0);
  await expect(row(page, 'SCN-100').locator('td').nth(4)).toHaveText('1');
});

test('Find serial: a serial scanned into it shows its history, and opens no RMA after Back to returns', async ({ page, station }) => {
  await shipDemoOrder(station);
  await openReturns(page, station);
  await page.getByLabel('Find serial').click();
  await wedgeScan(page, 'SCN1000001');
  const history = page.getByRole('dialog', { name: 'History of serial SCN1000001' });
  await expect(history.locator('li[data-event]').first()).toContainText('Received on PO-0999');
  await history.getByRole('button', { name: 'Close' }).click();
  await page.waitForTimeout(500);
  await expect(page.locator('.po-header')).toHaveCount(0);
  await expect(page.locator('.verdicts')).not.toContainText('RMA');
  expect(await queryDb(station, 'select rma_number from returns')).toEqual([]);
});

test('Serials → History: a scan in the Serial number field shows that history; with focus on a button the scan is refused', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+4');
  await page.getByLabel('Serial number').click();
  await wedgeScan(page, 'SCN1000002');
  await expect(page.getByRole('region', { name: 'History of SCN-100 serial SCN1000002' })).toBeVisible();
  await page.getByRole('button', { name: 'Show history' }).focus();
  await wedgeScan(page, 'SCN1000003');
  await expect(refusal(page)).toHaveText('✖ This screen takes no scans.');
  await expect(page.getByLabel('Serial number')).toHaveValue('SCN1000002');
});

test('the SKU-to-SKU transfer form takes no scans: they are refused, and none is converted when the transfer starts', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+4');
  await page.getByRole('tab', { name: 'Transfers' }).click();
  await page.getByLabel('Transfer kind').selectOption('sku');
  await page.getByLabel('From warehouse').selectOption('MAIN');
  await page.getByLabel('From warehouse').focus();
  const feedback = page.evaluate(() => new Promise<string>((resolve) => window.addEventListener('scanbay:feedback', (e) => resolve((e as CustomEvent<{ kind: string }>).detail.kind), { once: true })));
  await wedgeScan(page, 'SCN1000004');
  expect(await feedback).toBe('rejected');
  await expect(refusal(page)).toHaveText('✖ This screen takes no scans.');
  await page.getByLabel('New SKU').fill('SCN-100');
  await page.getByRole('button', { name: 'Start transfer' }).click();
  await expect(page.locator('.po-header')).toContainText('SKU to SKU');
  await page.waitForTimeout(500);
  await expect(page.getByRole('table', { name: 'Transferred units' }).locator('tbody tr')).toHaveCount(0);
  await expect(page.locator('.po-header')).toContainText('0 units');
});

test('the restock dialog takes no scans: a scan while it shows is refused and not added to the RMA after Cancel', async ({ page, station }) => {
  await shipDemoOrder(station);
  await openReturns(page, station);
  await wedgeScan(page, 'SO-2001');
  await expect(page.locator('.po-header')).toContainText('RMA-000001');
  await scanExpect(page, 'SCN1000001', 'accepted', 'Returned SCN-100 serial SCN1000001');
  await page.getByRole('button', { name: 'Put away and close RMA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Put away RMA-000001' });
  await expect(dialog.getByLabel('Restock to warehouse')).toBeFocused();
  await wedgeScan(page, 'SCN1000002');
  await expect(refusal(page)).toHaveText('✖ This screen takes no scans.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(500);
  await expect(page.getByRole('table', { name: 'Returned units' }).locator('tbody tr')).toHaveCount(1);
  await expect(scanField(page)).toBeFocused();
  await scanExpect(page, 'SCN1000002', 'accepted', 'Returned SCN-100 serial SCN1000002');
});

test('Ship → Orders tab: a scan into Search orders searches; on a tab button it is refused and not replayed on Pack & ship', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+2');
  await page.getByRole('tab', { name: 'Orders' }).click();
  await wedgeScan(page, 'SO-2002');
  await expect(refusal(page)).toHaveText('✖ This screen takes no scans.');
  await page.getByLabel('Search orders').click();
  await wedgeScan(page, 'SO-2003');
  await expect(page.getByLabel('Search orders')).toHaveValue('SO-2003');
  await expect(page.getByRole('table', { name: 'Orders list' }).locator('tbody tr')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Pack & ship' }).click();
  await expect(scanField(page)).toBeFocused();
  await page.waitForTimeout(500);
  await expect(page.locator('.po-header')).toHaveCount(0);
  await expect(page.locator('.scan-log li')).toHaveCount(0);
  await wedgeScan(page, 'SO-2001');
  await expect(accepted(page)).toContainText('Packing SO-2001');
});

test('scans from a scanner read by the station follow the same rule: a focused field, else the screen, else refused', async ({ page, station }) => {
  station.cli('options', 'set', 'devices.scanner.kind', 'simulator');
  await page.goto(station.url);
  await expect(page.getByTestId('status-scanner')).toContainText('Scanner: simulator, connected');
  const deviceScan = (code: string) => stationRequest(station.url, 'devices.simulate', { scan: code });
  // Focus in the serial search: the scan fills it and its Enter shows the history.
  await page.getByLabel('Find serial').click();
  await deviceScan('SCN1000005');
  await expect(page.getByRole('dialog', { name: 'History of serial SCN1000005' })).toBeVisible();
  await page.keyboard.press('Escape');
  // Focus back on the Scan field: the Receive screen takes the scan.
  await scanField(page).click();
  await deviceScan('PO-1003');
  await expect(page.locator('.po-header')).toContainText('PO-1003');
  // A screen without a scan handler refuses it at once.
  await page.keyboard.press('Alt+2');
  await page.getByRole('tab', { name: 'Orders' }).click();
  await deviceScan('SO-2002');
  await expect(refusal(page)).toHaveText('✖ This screen takes no scans.');
});
