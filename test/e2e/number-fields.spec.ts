import { expect, test } from './fixtures';
import { scanField } from './lifecycle-helpers';
import { openPo, row, scanExpect } from './receiving-helpers';

test.use({ demo: true });

test('the next-product quantity: Tab in and type replaces it; it goes back to 1 once used, unless receiving.stickyQuantity', async ({ page, station }) => {
  await openPo(page, station, 'PO-1002', 'PO-1002');
  const qty = page.getByLabel('Quantity for the next product');
  await expect(qty).toHaveValue('1');
  await page.keyboard.press('Tab');
  await expect(qty).toBeFocused();
  await page.keyboard.type('4');
  await expect(qty).toHaveValue('4');
  await page.keyboard.press('Enter');
  await expect(scanField(page)).toBeFocused();
  await scanExpect(page, 'CBL-USB', 'accepted', 'Received 4 × CBL-USB');
  await expect(qty).toHaveValue('1');
  await scanExpect(page, 'CBL-USB', 'accepted', 'Received 1 × CBL-USB');
  await expect(row(page, 'CBL-USB').locator('td').nth(4)).toHaveText('5');

  station.cli('options', 'set', 'receiving.stickyQuantity', 'true');
  await qty.click();
  await page.keyboard.type('3');
  await expect(qty).toHaveValue('3');
  await page.keyboard.press('Enter');
  await scanExpect(page, 'CBL-USB', 'accepted', 'Received 3 × CBL-USB');
  await expect(qty).toHaveValue('3');
  await scanExpect(page, 'CBL-USB', 'accepted', 'Received 3 × CBL-USB');
  await expect(row(page, 'CBL-USB').locator('td').nth(4)).toHaveText('11');
});

test('the pool batch size: typing into it replaces the value (100 → 60, not 10060)', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Serials' }).click();
  await page.getByRole('tab', { name: 'Pools' }).click();
  await page.getByRole('button', { name: 'New pool' }).click();
  const form = page.getByRole('form', { name: 'Create a pool' });
  await form.getByLabel('Product (SKU or GTIN)').fill('SCN-100');
  await form.getByLabel('Pool type').selectOption('batch');
  await form.getByRole('button', { name: 'Create pool' }).click();
  const size = page.getByLabel(/Serials in the batch/);
  await expect(size).toHaveValue('100');
  await size.focus();
  await page.keyboard.type('60');
  await expect(size).toHaveValue('60');
  await page.getByLabel('Batch name').click();
  await page.keyboard.press('Shift+Tab');
  await expect(size).toBeFocused();
  await page.keyboard.type('25');
  await expect(size).toHaveValue('25');
});
