import { expect, test, wedgeScan } from './fixtures';
import { queryDb } from './lifecycle-helpers';
import { scanExpect } from './receiving-helpers';

test.use({ demo: true });

// Demo stock at MAIN/A-01: scanners SCN1000001…6 and 40 USB cables.
const stockAtA01 = (station: Parameters<typeof queryDb>[0]) =>
  queryDb<{ sku: string; qty: number }>(station, "select p.sku, s.qty from stock s join products p on p.id = s.product_id join bins b on b.id = s.bin_key where b.code = 'A-01' order by p.sku");

test('a cycle count takes quantities, shows the variance before applying, and writes off only with a supervisor PIN', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+4');
  await page.getByRole('tab', { name: 'Adjust & count' }).click();
  await page.getByRole('button', { name: 'Cycle count' }).click();
  await page.getByLabel('Count warehouse').selectOption('MAIN');
  await page.getByLabel('Count bin').selectOption('A-01');
  await page.getByRole('button', { name: 'Start count' }).click();
  await expect(page.getByText('Expected here: 6 serials and 40 units without serials.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
  for (const serial of ['SCN1000001', 'SCN1000002', 'SCN1000003', 'SCN1000004']) await scanExpect(page, serial, 'accepted', `Counted SCN-100 serial ${serial}`);
  // A quantity barcode, then the product: 37 cables in one scan (no longer unknown_serial).
  await scanExpect(page, 'QTY37', 'accepted', 'Quantity 37');
  await scanExpect(page, 'CBL-USB', 'accepted', 'Counted 37 more × CBL-USB: 37 in all.');
  // A typed quantity does the same.
  await page.getByLabel('Quantity for the next product').fill('2');
  await page.getByLabel('Quantity for the next product').press('Enter');
  await scanExpect(page, 'CBL-USB', 'accepted', 'Counted 2 more × CBL-USB: 39 in all.');
  await expect(page.getByLabel('Quantity for the next product')).toHaveValue('1');

  await page.getByRole('button', { name: 'Finish count' }).click();
  const review = page.getByRole('dialog', { name: 'Review the count of MAIN/A-01' });
  const variance = review.getByRole('table', { name: 'Count variance' });
  await expect(variance.locator('tr[data-sku="CBL-USB"] td')).toHaveText(['CBL-USB', 'USB cable 2 m', '40', '39', '-1']);
  await expect(variance.locator('tr[data-sku="SCN-100"] td')).toHaveText(['SCN-100', 'Handheld barcode scanner', '6', '4', '-2']);
  await expect(review.getByRole('region', { name: 'Missing serials' }).getByRole('listitem')).toHaveText(['SCN-100 SCN1000005', 'SCN-100 SCN1000006']);
  await expect(review.getByRole('button', { name: 'Apply count' })).toBeDisabled();
  // Cancel changes nothing; the count goes on.
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
  expect(await stockAtA01(station)).toEqual([{ sku: 'CBL-USB', qty: 40 }, { sku: 'SCN-100', qty: 6 }]);

  await page.getByRole('button', { name: 'Finish count' }).click();
  await review.getByLabel('PIN', { exact: true }).fill('1111');
  await review.getByRole('button', { name: 'Apply count' }).click();
  await expect(review.getByRole('alert')).toContainText('Wrong supervisor PIN');
  expect(await stockAtA01(station)).toEqual([{ sku: 'CBL-USB', qty: 40 }, { sku: 'SCN-100', qty: 6 }]);
  await review.getByLabel('PIN', { exact: true }).focus();
  await wedgeScan(page, '9999');
  await expect(review).toBeHidden();
  await expect(page.locator('.verdicts').getByRole('status')).toContainText('Count of MAIN/A-01 applied: 2 missing, 0 moved here, 0 added (approved by sam).');
  expect(await stockAtA01(station)).toEqual([{ sku: 'CBL-USB', qty: 39 }, { sku: 'SCN-100', qty: 4 }]);
});
