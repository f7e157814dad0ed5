import type { Page } from '@playwright/test';
import { expect, slowStation, test, wedgeScan } from './fixtures';
import { bulkReceive } from '../helpers/bulk-receipts';
import { accepted, addWidgetPo, openPo, rejected, row, scanExpect } from './receiving-helpers';

test.use({ demo: true });

test('receives a PO found by vendor invoice with the scanner only: product, serial, save', async ({ page, station }) => {
  await openPo(page, station, 'NW-5512', 'PO-1002');
  await expect(row(page, 'SCL-200')).toContainText('2');
  await scanExpect(page, 'SCL-200', 'accepted', 'SCL-200 × 1: scan its serial number');
  await expect(page.getByText('Scan the serial number of SCL-200 (1 of 1).')).toBeVisible();
  await scanExpect(page, 'SCLNEW0001', 'accepted', 'Received SCL-200 serial SCLNEW0001');
  await expect(row(page, 'SCL-200').locator('td').nth(4)).toHaveText('1');
  await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
  // Ship-tracked and untracked products take no serial at receipt.
  await scanExpect(page, 'HDS-300', 'accepted', 'Received 1 × HDS-300');
  await page.getByLabel('Quantity for the next product').fill('5');
  await page.getByLabel('Quantity for the next product').press('Enter');
  await scanExpect(page, '012345678905', 'accepted', 'Received 5 × CBL-USB');
  await expect(page.getByRole('region', { name: 'Scan log' })).toContainText('SCLNEW0001');
  await page.getByRole('button', { name: 'Save receive data' }).click();
  await expect(accepted(page)).toContainText('Receiving session saved for PO-1002');
  const po = JSON.parse(station.cli('options', 'list')) as Record<string, unknown>;
  expect(po['receiving.requireSerial']).toBe(true);
});

test('a product scan finds its open POs to pick from; unknown codes are refused', async ({ page, station }) => {
  await page.goto(station.url);
  await wedgeScan(page, 'NOT-A-THING');
  await expect(rejected(page)).toContainText('No purchase order, vendor invoice, tracking number or product matches');
  await wedgeScan(page, 'SCN-100');
  await expect(page.getByRole('region', { name: 'Open POs with SCN-100' })).toBeVisible();
  await page.getByRole('region', { name: 'Open POs with SCN-100' }).getByRole('button', { name: /Receive PO-1003/ }).click();
  await expect(page.locator('.po-header')).toContainText('PO-1003');
});

test('receiving.requireSerial: on asks for the serial; off receives by quantity', async ({ page, station }) => {
  await openPo(page, station, 'PO-1002', 'PO-1002');
  await scanExpect(page, 'SCL-200', 'accepted', 'scan its serial number');
  await page.getByRole('button', { name: 'Cancel pending units' }).click();
  station.cli('options', 'set', 'receiving.requireSerial', 'false');
  await scanExpect(page, 'SCL-200', 'accepted', 'Received 1 × SCL-200');
});

test('receiving.requireUniqueSerial: a repeated serial and a product code are refused; off, a UPC is taken as a serial', async ({ page, station }) => {
  await openPo(page, station, 'PO-1002', 'PO-1002');
  await page.getByLabel('Quantity for the next product').fill('2');
  await page.getByLabel('Quantity for the next product').press('Enter');
  await scanExpect(page, 'SCL-200', 'accepted', 'scan 2 serial numbers');
  await scanExpect(page, 'SCLUNIQ001', 'accepted', '1 of 2');
  await scanExpect(page, 'SCLUNIQ001', 'rejected', 'already scanned on PO-1002');
  await expect(rejected(page)).toContainText('duplicate_in_po');
  await scanExpect(page, '012345678905', 'rejected', 'is a product code');
  await expect(rejected(page)).toContainText('looks_like_upc');
  station.cli('options', 'set', 'receiving.requireUniqueSerial', 'false');
  await scanExpect(page, '012345678905', 'accepted', 'Received SCL-200 serial 012345678905');
});

test('receiving.validateDuplicatesGlobally: a serial received before for the product is refused; a new one is accepted', async ({ page, station }) => {
  await openPo(page, station, 'PO-1002', 'PO-1002');
  await scanExpect(page, 'SCL-200', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCL20001', 'rejected', 'was received before on PO-0999');
  await expect(rejected(page)).toContainText('duplicate_for_product');
  station.cli('options', 'set', 'receiving.validateDuplicatesGlobally', 'false');
  await scanExpect(page, 'SCL20001', 'rejected', 'is already in stock');
  await scanExpect(page, 'SCLFRESH01', 'accepted', 'Received SCL-200 serial SCLFRESH01');
});

test('a product scanned right behind the PO number goes to that PO: no scan is lost while the screen changes', async ({ page, station }) => {
  // A slow station: every answer takes 400 ms (in order), so the product scan is surely queued
  // while the PO scan is still being answered and the screen has not changed yet.
  await slowStation(page, 400);
  await page.goto(station.url);
  await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Receive PO-1003/ })).toBeVisible();
  await wedgeScan(page, 'PO-1003');
  await wedgeScan(page, 'SCN-100');
  await expect(page.locator('.po-header')).toContainText('PO-1003');
  await expect(accepted(page)).toContainText('scan its serial number');
});

test('receiving.skipSerialForVendors: a listed vendor gets no serial prompt; others do', async ({ page, station }) => {
  station.cli('options', 'set', 'receiving.skipSerialForVendors', '["NORTHWIND"]');
  await openPo(page, station, 'PO-1002', 'PO-1002');
  await scanExpect(page, 'SCL-200', 'accepted', 'Received 1 × SCL-200');
  await page.getByRole('button', { name: 'Back to purchase orders' }).click();
  await wedgeScan(page, 'PO-1003');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
});

test('receiving.allowMoreSerialsThanQty: another serial after the quantity is refused, or receives one more unit', async ({ page, station }) => {
  await openPo(page, station, 'PO-1003', 'PO-1003');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN3000001', 'accepted', '1 of 1');
  await scanExpect(page, 'SCN3000002', 'rejected', 'is not a known product code');
  station.cli('options', 'set', 'receiving.allowMoreSerialsThanQty', 'true');
  await scanExpect(page, 'SCN3000002', 'accepted', 'Received SCN-100 serial SCN3000002');
  await expect(row(page, 'SCN-100').locator('td').nth(4)).toHaveText('2');
});

test('receiving.resetCountOnSerialDelete: deleting a serial in the PO serials view takes the unit off the count, or not', async ({ page, station }) => {
  await openPo(page, station, 'PO-1003', 'PO-1003');
  await page.getByLabel('Quantity for the next product').fill('2');
  await page.getByLabel('Quantity for the next product').press('Enter');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan 2 serial numbers');
  await scanExpect(page, 'SCN4000001', 'accepted', '1 of 2');
  await scanExpect(page, 'SCN4000002', 'accepted', '2 of 2');
  await page.getByRole('button', { name: 'PO serials' }).click();
  const dialog = page.getByRole('dialog', { name: 'Serials of PO-1003' });
  await expect(dialog.getByRole('cell', { name: 'SCN4000001', exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete serial SCN4000001' }).click();
  await page.getByLabel('Reason for deleting').fill('label damaged');
  await page.getByRole('button', { name: 'Delete serial', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Serial SCN4000001 deleted');
  station.cli('options', 'set', 'receiving.resetCountOnSerialDelete', 'false');
  await dialog.getByRole('button', { name: 'Delete serial SCN4000002' }).click();
  await page.getByLabel('Reason for deleting').fill('label damaged');
  await page.getByRole('button', { name: 'Delete serial', exact: true }).click();
  await expect(dialog.getByText('0 rows')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // First deletion took one unit off (2 → 1); the second, with the option off, did not.
  await expect(row(page, 'SCN-100').locator('td').nth(4)).toHaveText('1');
});

test('serials.defaultLength: a product without its own rule follows the company default', async ({ page, station }) => {
  addWidgetPo(station);
  station.cli('options', 'set', 'serials.defaultLength', '6');
  await openPo(page, station, 'PO-E2E', 'PO-E2E');
  await scanExpect(page, 'WID-1', 'accepted', 'scan its serial number');
  await scanExpect(page, 'WIDGET7', 'rejected', 'needs exactly 6');
  await expect(rejected(page)).toContainText('bad_length');
  await scanExpect(page, 'WIDGT6', 'accepted', 'Received WID-1 serial WIDGT6');
});

test('receiving.allowOverReceive: more than ordered is refused unless allowed', async ({ page, station }) => {
  await openPo(page, station, 'PO-1002', 'PO-1002');
  await page.getByLabel('Quantity for the next product').fill('26');
  await page.getByLabel('Quantity for the next product').press('Enter');
  await scanExpect(page, 'CBL-USB', 'rejected', 'would receive more than ordered');
  await expect(rejected(page)).toContainText('over_quantity');
  station.cli('options', 'set', 'receiving.allowOverReceive', 'true');
  await page.getByLabel('Quantity for the next product').fill('26');
  await page.getByLabel('Quantity for the next product').press('Enter');
  await scanExpect(page, 'CBL-USB', 'accepted', 'Received 26 × CBL-USB');
});

test('receiving.requireBin: the bin comes first; an unknown bin is refused', async ({ page, station }) => {
  station.cli('options', 'set', 'receiving.requireBin', 'true');
  await openPo(page, station, 'PO-1002', 'PO-1002');
  await expect(page.getByText('Scan or type the bin for PO-1002.')).toBeVisible();
  await scanExpect(page, 'Z-99', 'rejected', 'is not a bin of warehouse MAIN');
  await scanExpect(page, 'A-02', 'accepted', 'Bin A-02');
  await scanExpect(page, 'HDS-300', 'accepted', 'Received 1 × HDS-300');
  await expect(page.locator('.po-header')).toContainText('bin A-02');
});

test('receiving.requireWeight: a product without weight is weighed on the scale (stable only) before its serials', async ({ page, station }) => {
  addWidgetPo(station);
  station.cli('options', 'set', 'receiving.requireWeight', 'true');
  await openPo(page, station, 'PO-E2E', 'PO-E2E');
  await scanExpect(page, 'WID-1', 'accepted', 'weigh one unit');
  const form = page.getByRole('form', { name: 'Weigh WID-1' });
  await scanExpect(page, 'WIDSN001', 'rejected', 'Weigh WID-1 first');
  // A second window on the same station drives the simulated scale (Settings → Devices).
  const scale = await scaleControl(page, station.url);
  // Motion: the scale weight cannot be used.
  await scale('motion');
  await expect(form.getByTestId('measure-reading')).toContainText('in motion');
  await expect(form.getByRole('button', { name: 'Use scale weight' })).toBeDisabled();
  await scale('0.85 kg');
  await expect(form.getByTestId('measure-reading')).toHaveText('0.85 kg');
  await form.getByLabel('Length (mm)').fill('200');
  await form.getByLabel('Width (mm)').fill('100');
  await form.getByLabel('Height (mm)').fill('50');
  await form.getByRole('button', { name: 'Use scale weight' }).click();
  await expect(accepted(page)).toContainText('WID-1 weighs 850 g');
  await scanExpect(page, 'WIDSN001', 'accepted', 'Received WID-1 serial WIDSN001');
});

async function scaleControl(page: Page, url: string): Promise<(state: string) => Promise<void>> {
  const admin = await page.context().newPage();
  await admin.goto(url);
  await admin.keyboard.press('Alt+5');
  await admin.getByRole('tab', { name: 'Devices' }).click();
  const field = admin.getByLabel('Simulated scale state (e.g. 1.234 kg, motion, over)');
  return async (state) => {
    await field.fill(state);
    await field.press('Enter');
    await expect(admin.getByRole('status').filter({ hasText: 'Simulated scale: done' })).toBeVisible();
  };
}

test('the PO serials view pages through 20,000 serials with only the visible rows in the page', async ({ page, station }) => {
  await bulkReceive(station.dataDir, 'PO-1003', 'SCN-100', 20_000, 'BULK');
  await openPo(page, station, 'PO-1003', 'PO-1003');
  await page.getByRole('button', { name: 'PO serials' }).click();
  const dialog = page.getByRole('dialog', { name: 'Serials of PO-1003' });
  await expect(dialog.getByText('20,000 rows')).toBeVisible();
  expect(await dialog.locator('tbody tr').count()).toBeLessThan(150);
  const grid = dialog.getByLabel('Serials of PO-1003 (scrollable)');
  await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(dialog.getByRole('cell', { name: 'BULK019999', exact: true })).toBeVisible();
  expect(await dialog.locator('tbody tr').count()).toBeLessThan(150);
  await dialog.getByLabel('Filter serials').fill('BULK01234');
  await expect(dialog.getByText(/^10 rows$/)).toBeVisible(); // BULK012340…BULK012349
});
