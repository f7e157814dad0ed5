import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openDatabase } from '../../electron/storage/database';
import { shipSerials } from '../helpers/returns-data';
import { expect, test, wedgeScan, type ServedStation } from './fixtures';

test.use({ demo: true });

const accepted = (page: Page) => page.locator('.verdicts').getByRole('status');
const rejected = (page: Page) => page.locator('.verdicts').getByRole('alert');
const scanField = (page: Page) => page.getByRole('textbox', { name: 'Scan' });

async function scanExpect(page: Page, code: string, verdict: 'accepted' | 'rejected', text: string | RegExp): Promise<void> {
  await wedgeScan(page, code);
  await expect(verdict === 'accepted' ? accepted(page) : rejected(page)).toContainText(text);
}

/** Ships SO-2001 (SCN1000001, SCN1000002 and 2 cables) through storage, beside the running station. */
async function shipDemoOrder(station: ServedStation): Promise<void> {
  const d = await openDatabase({ file: join(station.dataDir, 'scanbay.db') });
  try {
    await shipSerials(d.db, 'SO-2001', ['SCN1000001', 'SCN1000002'], [{ sku: 'CBL-USB', qty: 2 }]);
  } finally {
    await d.close();
  }
}

async function openReturns(page: Page, station: ServedStation): Promise<void> {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Returns', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Returns' })).toBeVisible();
  await expect(scanField(page)).toBeFocused();
}

test('a return with serial validation: order, a serial that did not ship is refused, put away, credit memo, history', async ({ page, station }) => {
  await shipDemoOrder(station);
  await openReturns(page, station);
  await page.getByLabel('Reason for the return').selectOption('defective');
  await wedgeScan(page, 'SO-2001');
  await expect(page.locator('.po-header')).toContainText('RMA-000001');
  await expect(page.locator('.po-header')).toContainText('serials must have shipped on this order');
  await expect(scanField(page)).toBeFocused();
  await scanExpect(page, 'SCN1000003', 'rejected', 'was not shipped on SO-2001');
  await expect(rejected(page)).toContainText('not_shipped_on_order');
  await page.getByLabel('Condition of the next unit').selectOption('used');
  await scanExpect(page, 'SCN1000001', 'accepted', 'Returned SCN-100 serial SCN1000001, used, working.');
  await expect(page.getByRole('table', { name: 'Returned units' })).toContainText('SCN1000001');
  await expect(page.getByRole('table', { name: 'Order lines' }).locator('tr[data-sku="SCN-100"] td').nth(4)).toHaveText('1');

  await page.getByRole('button', { name: 'Put away and close RMA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Put away RMA-000001' });
  await dialog.getByLabel('Restock to warehouse').selectOption('MAIN');
  await dialog.getByLabel('Restock to bin').selectOption('A-02');
  await expect(dialog.getByLabel('Back in stock')).toBeChecked();
  await dialog.getByRole('button', { name: 'Put away and close' }).click();
  await expect(accepted(page)).toContainText('1 unit back in stock, 0 quarantined; credit 149.00. RMA-000001 is closed.');
  await expect(page.getByRole('region', { name: 'Credit memo RMA-000001' })).toContainText('Total credit 149.00');

  // The serial search on every screen shows the unit's life.
  await page.getByLabel('Find serial').fill('SCN1000001');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History of serial SCN1000001' });
  await expect(history.locator('li[data-event]')).toHaveText([
    /Received on PO-0999 from ACME at 87\.00/,
    /Shipped on order SO-2001 at 149\.00/,
    /Returned on RMA-000001 \(order SO-2001\), condition used/,
    /Put back in stock at MAIN\/A-02 on RMA-000001/,
  ]);
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  // The P&L takes the return off the order: 149.00 credited, the restocked unit's 87.00 cost back.
  await page.getByRole('button', { name: 'Serials', exact: true }).click();
  await page.getByRole('tab', { name: 'Report' }).click();
  const so = page.getByRole('table', { name: 'Profit per order' }).getByRole('row', { name: /^SO-2001/ }).getByRole('cell');
  await expect(so.nth(6)).toHaveText('1');
  await expect(so.nth(7)).toHaveText('149.00');
  await expect(so.nth(8)).toHaveText('87.00');
});

test('a return without serial validation takes back a serial the ledger does not know', async ({ page, station }) => {
  await shipDemoOrder(station);
  station.cli('options', 'set', 'returns.requireSerialValidation', 'false');
  await openReturns(page, station);
  await wedgeScan(page, 'SCN1000002');
  await expect(page.locator('.po-header')).toContainText('serial validation off');
  await scanExpect(page, 'SCN-100', 'accepted', 'SCN-100: scan the serial number of the returned unit.');
  await expect(page.getByText('Scan the serial number of the returned SCN-100.')).toBeVisible();
  await scanExpect(page, 'SCNFOREIGN', 'accepted', 'Returned SCN-100 serial SCNFOREIGN (new to the ledger)');
  await scanExpect(page, 'SCN1000005', 'rejected', 'is in stock at MAIN/A-01');
  await scanExpect(page, 'SCN1000002', 'accepted', 'Returned SCN-100 serial SCN1000002');
  await scanExpect(page, 'SCN-100', 'rejected', 'no more can be returned');
  await expect(page.getByRole('table', { name: 'Returned units' }).locator('tbody tr')).toHaveCount(2);
});

test('a bin-to-bin transfer with a serial scan per unit', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Serials', exact: true }).click();
  await page.getByRole('tab', { name: 'Transfers' }).click();
  await page.getByLabel('Transfer kind').selectOption('bin');
  await page.getByLabel('From warehouse', { exact: true }).selectOption('MAIN');
  await page.getByLabel('From bin', { exact: true }).selectOption('A-01');
  await page.getByLabel('To warehouse', { exact: true }).selectOption('MAIN');
  await page.getByLabel('To bin', { exact: true }).selectOption('B-01');
  await page.getByRole('button', { name: 'Start transfer' }).click();
  await expect(page.locator('.po-header')).toContainText('TR-000001');
  await expect(scanField(page)).toBeFocused();
  await scanExpect(page, 'SCN1000004', 'accepted', 'Moved SCN-100 serial SCN1000004 to MAIN/B-01.');
  await scanExpect(page, 'SCN1000004', 'rejected', 'is already at MAIN/B-01');
  await scanExpect(page, 'SCL20001', 'rejected', 'is at MAIN/A-02, not at MAIN/A-01');
  await expect(rejected(page)).toContainText('not_at_source');
  await page.getByRole('button', { name: 'Finish transfer' }).click();
  await expect(accepted(page)).toContainText('TR-000001 completed.');
  await page.getByRole('button', { name: 'Back to transfers' }).click();
  await page.getByRole('tab', { name: 'Stock' }).click();
  const line = page.getByRole('table', { name: 'Stock list' }).locator('tr[data-sku="SCN-100"]');
  await expect(line).toHaveCount(2);
  await page.getByRole('button', { name: 'Serials of SCN-100 at MAIN/B-01' }).click();
  await expect(page.getByRole('dialog', { name: 'Serials of SCN-100 at MAIN/B-01' })).toContainText('SCN1000004');
});

test('an export from the Report tab downloads a CSV with the serials, checked line by line', async ({ page, station }) => {
  await shipDemoOrder(station);
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Serials', exact: true }).click();
  await page.getByRole('tab', { name: 'Report' }).click();
  await expect(page.getByRole('table', { name: 'Product serial report' })).toContainText('SCN1000001');
  await page.getByLabel('What').selectOption('report');
  await page.getByLabel('File format').selectOption('csv');
  await page.getByLabel('Export SKU').fill('SCN-100');
  await page.getByRole('button', { name: 'Start export' }).click();
  await expect(page.locator('.export-job').getByRole('status')).toContainText('Export finished: 6 rows');
  await expect(page.getByLabel('Export progress')).toHaveJSProperty('value', 6);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download report-/ }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('SKU,Product,Serial,PO,Date ordered,Vendor,Purchase price,Sale order,Sale date,Sale price,Received warehouse,Ship-from warehouse,Status,RMA,Cost (P&L),Margin');
  expect(lines.filter((l) => l !== '')).toHaveLength(7);
  expect(lines[1]).toMatch(/^SCN-100,Handheld barcode scanner,SCN1000001,PO-0999,\S+,ACME,87,SO-2001,\S+,149,MAIN,MAIN,shipped,,87,62$/);
  expect(lines[3]).toMatch(/^SCN-100,Handheld barcode scanner,SCN1000003,PO-0999,.*,in_stock,,87,$/);
});
