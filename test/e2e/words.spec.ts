import { expect, test, wedgeScan } from './fixtures';
import { accepted, openPo, rejected, scanExpect } from './receiving-helpers';
import { openOrder } from './shipping-helpers';

test.use({ demo: true });

test('Receive: a received serial scanned where a product is expected names its line; reasons are sentences with the code on hover; grids speak words', async ({ page, station }) => {
  await openPo(page, station, 'PO-1003', 'PO-1003');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN3000001', 'accepted', 'Received SCN-100 serial SCN3000001');
  await scanExpect(page, 'SCN3000001', 'rejected', 'SCN3000001 is a serial of SCN-100 already received on line 1 of PO-1003, not a product code: scan the product first.');
  await expect(rejected(page)).not.toContainText('not a known product');
  // The reason code is for support: on hover, not shown.
  await expect(rejected(page)).toHaveAttribute('title', 'A serial of this document was scanned where a product is expected. Support code: serial_where_product_expected.');
  await expect(rejected(page).locator('.support-code')).toHaveCSS('clip-path', 'inset(50%)');
  // The open PO's own number is a notice.
  await scanExpect(page, 'PO-1003', 'accepted', 'PO-1003 is already open: scan its products.');

  await page.getByRole('button', { name: 'PO serials' }).click();
  const dialog = page.getByRole('dialog', { name: 'Serials of PO-1003' });
  await expect(dialog.getByText('1 row', { exact: true })).toBeVisible();
  const serialRow = dialog.getByRole('row', { name: /SCN3000001/ });
  await expect(serialRow.getByRole('cell', { name: 'in stock', exact: true })).toBeVisible();
  await expect(serialRow).not.toContainText('in_stock');
  const serial = serialRow.locator('code.serial');
  await expect(serial).toHaveAttribute('title', 'SCN3000001');
  await expect(serial).toHaveCSS('white-space', 'nowrap');
  await expect(serial).toHaveCSS('font-family', /mono/i);

  // Deleting without a reason: a field message, never schema text.
  await dialog.getByRole('button', { name: 'Delete serial SCN3000001' }).click();
  const del = page.getByRole('dialog', { name: 'Delete serial SCN3000001?' });
  await del.getByRole('button', { name: 'Delete serial', exact: true }).click();
  await expect(del.getByRole('alert')).toHaveText('Give a reason for deleting the serial.');
  await expect(del.getByLabel('Reason for deleting')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('body')).not.toContainText('invalid input');
  await expect(page.locator('body')).not.toContainText('Too small');
  // Spaces are no reason either.
  await del.getByLabel('Reason for deleting').fill('   ');
  await del.getByRole('button', { name: 'Delete serial', exact: true }).click();
  await expect(del.getByRole('alert')).toHaveText('Give a reason for deleting the serial.');
  await expect(page.locator('body')).not.toContainText('Too small');
});

test('Ship: re-scanning the open order number is a notice, not a wrong item; the order status is a word', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2003');
  await wedgeScan(page, 'SO-2003');
  await expect(accepted(page)).toContainText('SO-2003 is already open: scan its items.');
  await expect(page.getByRole('alertdialog', { name: 'Wrong item' })).toHaveCount(0);
  await expect(page.locator('.po-header')).not.toContainText('_');
});
