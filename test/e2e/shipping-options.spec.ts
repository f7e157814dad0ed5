import { expect, test, wedgeScan } from './fixtures';
import { accepted, openOrder, rejected, row, scaleControl, scanAll, scanExpect, scanField } from './shipping-helpers';

// Every Scan & Ship option through the UI: the default path and the other one (options are set
// with the CLI on the running station; the UI and the workflow follow at once).
test.use({ demo: true });

const set = (station: { cli(...a: string[]): string }, key: string, value: string) => station.cli('options', 'set', key, value);

test('shipping.requireSerialsMatchPo: a serial never received is refused; off, it is taken', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN9000001', 'rejected', 'was never received: it is not in stock');
  await expect(rejected(page)).toContainText('not_in_stock');
  set(station, 'shipping.requireSerialsMatchPo', 'false');
  await scanExpect(page, 'SCN9000001', 'accepted', 'Packed SCN-100 serial SCN9000001');
});

test('shipping.requireSerialValidation: a serial of the wrong length is refused; off, it is taken', async ({ page, station }) => {
  set(station, 'serials.defaultLength', '8');
  await openOrder(page, station, 'SO-2002');
  await scanExpect(page, 'HDS-300', 'accepted', 'scan its serial number');
  await scanExpect(page, 'HDS1', 'rejected', 'needs exactly 8');
  await expect(rejected(page)).toContainText('bad_length');
  set(station, 'shipping.requireSerialValidation', 'false');
  await scanExpect(page, 'HDS1', 'accepted', 'Packed HDS-300 serial HDS1');
});

test('shipping.allowSerialOverride off: a refused serial offers no override', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN9000002', 'rejected', 'not in stock');
  await expect(page.getByRole('button', { name: /Override serial/ })).toBeVisible();
  set(station, 'shipping.allowSerialOverride', 'false');
  await scanExpect(page, 'SCN9000003', 'rejected', 'not in stock');
  await expect(page.getByRole('button', { name: /Override serial/ })).toHaveCount(0);
});

test('shipping.requirePinForOverride off: the packer’s reason is enough', async ({ page, station }) => {
  set(station, 'shipping.requirePinForOverride', 'false');
  await openOrder(page, station, 'SO-2001');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN9000004', 'rejected', 'not in stock');
  await page.getByRole('button', { name: 'Override serial SCN9000004…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Override serial for SCN-100' });
  await expect(dialog.getByLabel('PIN', { exact: true })).toHaveCount(0);
  await dialog.getByLabel('Reason').fill('customer return restocked by hand');
  await dialog.getByRole('button', { name: 'Take it' }).click();
  await expect(accepted(page)).toContainText('Override (not_in_stock): customer return restocked by hand.');
});

test('shipping.requirePinForReplacement off: scanning the replacement takes the line at once', async ({ page, station }) => {
  set(station, 'shipping.requirePinForReplacement', 'false');
  await openOrder(page, station, 'SO-2002');
  await scanExpect(page, 'HDS-310', 'accepted', 'HDS-300 replaced by HDS-310 on line 2. HDS-310 × 1: scan its serial number.');
  await expect(row(page, 'HDS-310')).toContainText('replaces HDS-300');
});

test('shipping.allowMultipleQty: off refuses a quantity barcode; on, the quantity field counts several units', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await expect(page.getByLabel('Quantity for the next item')).toHaveCount(0);
  await scanExpect(page, 'QTY2', 'rejected', 'Quantity barcodes are off at this station');
  await expect(rejected(page)).toContainText('qty_not_allowed');
  set(station, 'shipping.allowMultipleQty', 'true');
  await page.getByLabel('Quantity for the next item').fill('2');
  await page.getByLabel('Quantity for the next item').press('Enter');
  await scanExpect(page, 'CBL-USB', 'accepted', 'Packed 2 × CBL-USB (2 of 2).');
  await scanExpect(page, 'QTY2', 'accepted', 'Quantity 2 for the next item.');
  await scanExpect(page, 'SCN-100', 'accepted', 'SCN-100 × 2: scan 2 serial numbers.');
  await expect(page.getByText('Scan the serial number of SCN-100 (1 of 2).')).toBeVisible();
});

test('kits: hideParent leaves the kit row out; autoScanEmpty completes the kit with its components', async ({ page, station }) => {
  set(station, 'shipping.kits.hideParent', 'true');
  await openOrder(page, station, 'SO-2004');
  await expect(row(page, 'KIT-STARTER')).toHaveCount(0);
  await expect(page.locator('tr[data-kind="component"]')).toHaveCount(3);
  set(station, 'shipping.kits.hideParent', 'false');
  set(station, 'shipping.kits.autoScanEmpty', 'true');
  await scanAll(page, ['SCN-100', 'SCN1000005', 'CBL-USB', 'LBL-4X6']);
  await scanExpect(page, 'LBL-4X6', 'accepted', 'All items are scanned.');
  await expect(row(page, 'KIT-STARTER').locator('td').nth(4)).toHaveText('1');
  await expect(page.getByRole('form', { name: 'Package' })).toBeVisible();
});

test('kits: the kit barcode is refused before its components; with parentScansWholeKit it scans the whole kit', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2004');
  await scanExpect(page, 'KIT-STARTER', 'rejected', 'Scan the components of KIT-STARTER first');
  set(station, 'shipping.kits.parentScansWholeKit', 'true');
  await scanExpect(page, 'KIT-STARTER', 'accepted', 'KIT-STARTER: whole kit 1 of 1 — packed CBL-USB ×1, LBL-4X6 ×2; scan the serial number of SCN-100.');
  await scanExpect(page, 'SCN1000006', 'accepted', 'All items are scanned.');
  await expect(page.getByRole('form', { name: 'Package' })).toBeVisible();
});

test('kits: scanning the main component scans the whole kit with mainComponentScansWholeKit', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2004');
  await scanExpect(page, 'SCN-100', 'accepted', 'SCN-100 × 1: scan its serial number.');
  await page.getByRole('button', { name: 'Cancel pending units' }).click();
  set(station, 'shipping.kits.mainComponentScansWholeKit', 'true');
  await scanExpect(page, 'SCN-100', 'accepted', 'KIT-STARTER: whole kit 1 of 1 — packed CBL-USB ×1, LBL-4X6 ×2; scan the serial number of SCN-100.');
});

test('shipping.autoConfirm on: the last item of an unconfirmed order confirms it and the package step follows', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2002');
  await expect(page.locator('.po-header')).toContainText('not confirmed');
  await scanAll(page, ['SCL-200', 'SCL20001', 'HDS-300']);
  await scanExpect(page, 'HDSAUTO01', 'accepted', 'All items are scanned; the order is confirmed.');
  await expect(page.locator('.po-header')).not.toContainText('not confirmed');
  await expect(page.getByRole('form', { name: 'Package' })).toBeVisible();
});

test('shipping.autoConfirm off: an unconfirmed order stops at the confirm step until the packer confirms', async ({ page, station }) => {
  set(station, 'shipping.autoConfirm', 'false');
  await openOrder(page, station, 'SO-2002');
  await scanAll(page, ['SCL-200', 'SCL20002', 'HDS-300']);
  await scanExpect(page, 'HDSCONF01', 'accepted', 'All items are scanned.');
  await expect(page.getByText('Every item of SO-2002 is scanned: check the box and confirm the order.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Package' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Confirm order' }).click();
  await expect(accepted(page)).toContainText('SO-2002 is confirmed.');
  await expect(page.getByRole('form', { name: 'Package' })).toBeVisible();
});

test('shipping.proceedOnlyIfConfirmed: an unconfirmed order is refused; a confirmed one opens', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2002');
  set(station, 'shipping.proceedOnlyIfConfirmed', 'true');
  await page.getByRole('button', { name: 'Back to the order scan' }).click();
  await scanExpect(page, 'SO-2002', 'rejected', 'SO-2002 is not confirmed; this station packs confirmed orders only.');
  await expect(rejected(page)).toContainText('order_not_confirmed');
  await wedgeScan(page, 'SO-2001');
  await expect(page.locator('.po-header')).toContainText('SO-2001');
});

test('shipping.excludeNonPicked: an unpicked order is refused and not listed; off, it opens', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2003');
  set(station, 'shipping.excludeNonPicked', 'true');
  await page.getByRole('button', { name: 'Back to the order scan' }).click();
  await scanExpect(page, 'SO-2003', 'rejected', 'SO-2003 is not marked picked; this station packs picked orders only.');
  await expect(rejected(page)).toContainText('order_not_picked');
  await page.getByRole('tab', { name: 'Orders' }).click();
  const list = page.getByRole('table', { name: 'Orders list' });
  await expect(list.locator('tr[data-order="SO-2001"]')).toBeVisible();
  await expect(list.locator('tr[data-order="SO-2003"]')).toHaveCount(0);
});

test('shipping.allowManualTrackingNumber: typed when allowed; off, only a scanned tracking number', async ({ page, station }) => {
  set(station, 'shipping.allowManualWeight', 'true');
  await openOrder(page, station, 'SO-2003');
  await scanAll(page, ['LBL-4X6', 'LBL-4X6', 'LBL-4X6', 'LBL-4X6']);
  const pkg = page.getByRole('form', { name: 'Package' });
  await expect(pkg.getByLabel('Tracking number')).toBeVisible();
  set(station, 'shipping.allowManualTrackingNumber', 'false');
  await expect(pkg.getByLabel('Tracking number')).toHaveCount(0);
  await expect(pkg).toContainText('scan it into the Scan field');
  set(station, 'shipping.allowManualTrackingNumber', 'true');
  await pkg.getByLabel('Tracking number').fill('1ZTYPED0001');
  await pkg.getByLabel('Weight', { exact: true }).fill('2');
  await pkg.getByRole('button', { name: 'Ship order' }).click();
  await expect(accepted(page)).toContainText('SO-2003 shipped: shipment 1, 4 units, 2000 g, tracking 1ZTYPED0001.');
});

test('shipping.autoShipAfterWeight: off, a stable weight waits for Ship; on, it ships the order at once', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2003');
  const scale = await scaleControl(page, station.url);
  await scale('zero');
  await scanAll(page, ['LBL-4X6', 'LBL-4X6', 'LBL-4X6', 'LBL-4X6']);
  const pkg = page.getByRole('form', { name: 'Package' });
  await scale('1.6 kg');
  await expect(pkg.getByTestId('package-reading')).toHaveText('1.6 kg');
  await expect(pkg.getByRole('button', { name: 'Ship with scale weight' })).toBeEnabled();
  await scale('zero');
  await expect(pkg.getByTestId('package-reading')).toHaveText('0 kg');
  set(station, 'shipping.autoShipAfterWeight', 'true');
  await expect(pkg).toContainText('ships automatically on a stable weight');
  await scale('motion');
  await scale('1.6 kg');
  await expect(accepted(page)).toContainText('SO-2003 shipped: shipment 1, 4 units, 1600 g.');
  await expect(scanField(page)).toBeFocused();
});
