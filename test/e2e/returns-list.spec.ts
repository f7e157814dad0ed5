import { expect, test, wedgeScan } from './fixtures';
import { openReturns, queryDb, shipDemoOrder } from './lifecycle-helpers';
import { scanExpect } from './receiving-helpers';

test.use({ demo: true });

test('the Returns screen lists open RMAs; an RMA with nothing put away is cancelled and its unit is shipped again', async ({ page, station }) => {
  await shipDemoOrder(station);
  await openReturns(page, station);
  await expect(page.getByRole('region', { name: 'Open returns' })).toHaveCount(0);
  await wedgeScan(page, 'SO-2001');
  await expect(page.locator('.po-header')).toContainText('RMA-000001');
  await scanExpect(page, 'SCN1000001', 'accepted', 'Returned SCN-100 serial SCN1000001');
  await page.getByRole('button', { name: 'Back to returns' }).click();

  const list = page.getByRole('region', { name: 'Open returns' });
  await expect(list.getByRole('button')).toHaveText([/^Open RMA-000001 — order SO-2001 — 1 unit — since /]);
  await list.getByRole('button', { name: /Open RMA-000001/ }).click();
  await expect(page.locator('.po-header')).toContainText('RMA-000001 · order SO-2001 · open');
  await page.getByRole('button', { name: 'Cancel RMA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel RMA-000001?' });
  await expect(dialog).toContainText('The 1 unit scanned on RMA-000001 go back to shipped on SO-2001');
  await dialog.getByRole('button', { name: 'Cancel the RMA' }).click();
  await expect(page.locator('.verdicts').getByRole('status')).toContainText('RMA-000001 is cancelled');
  await expect(page.locator('.po-header')).toContainText('RMA-000001 · order SO-2001 · cancelled');
  await expect(page.getByRole('button', { name: 'Cancel RMA' })).toHaveCount(0);
  expect(await queryDb(station, "select status from serials where value = 'SCN1000001'")).toEqual([{ status: 'shipped' }]);

  await page.getByRole('button', { name: 'Back to returns' }).click();
  await expect(page.getByRole('region', { name: 'Open returns' })).toHaveCount(0);
});
