import { expect, slowStation, test, wedgeScan } from './fixtures';
import { accepted, openOrder, rejected, row, scaleControl, scanAll, scanExpect, scanField } from './shipping-helpers';

test.use({ demo: true });

test('packs and ships SO-2001 with the scanner only: items, serials, the scale’s stable weight, a scanned tracking number', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await expect(row(page, 'SCN-100')).toContainText('serial per unit');
  await scanExpect(page, 'SCN-100', 'accepted', 'SCN-100 × 1: scan its serial number.');
  await expect(page.getByText('Scan the serial number of SCN-100 (1 of 1).')).toBeVisible();
  await scanExpect(page, 'SCN1000001', 'accepted', 'Packed SCN-100 serial SCN1000001 (1 of 2).');
  // A GS1 barcode with the serial (FNC1 typed as Ctrl+]) packs the item and its serial at once.
  await scanExpect(page, ']d2010401234500001621SCN1000002', 'accepted', 'Packed SCN-100 serial SCN1000002 (2 of 2).');
  await expect(row(page, 'SCN-100')).toContainText('SCN1000001, SCN1000002');
  await scanExpect(page, '012345678905', 'accepted', 'Packed 1 × CBL-USB (1 of 2).');
  await scanExpect(page, 'CBL-USB', 'accepted', 'All items are scanned.');
  const pkg = page.getByRole('form', { name: 'Package' });
  await expect(pkg).toBeVisible();
  await expect(scanField(page)).toBeFocused();

  const scale = await scaleControl(page, station.url);
  await scale('motion');
  await expect(pkg.getByTestId('package-reading')).toContainText('in motion');
  await expect(pkg.getByRole('button', { name: 'Ship with scale weight' })).toBeDisabled();
  await scale('over');
  await expect(pkg.getByTestId('package-reading')).toHaveText('overload');
  await expect(pkg.getByRole('button', { name: 'Ship with scale weight' })).toBeDisabled();
  await scale('1.25 kg');
  await expect(pkg.getByTestId('package-reading')).toHaveText('1.25 kg');
  await scanExpect(page, '1Z999AA10123456784', 'accepted', 'Tracking number 1Z999AA10123456784 scanned.');
  await pkg.getByLabel('Length').fill('30');
  await pkg.getByLabel('Width').fill('20');
  await pkg.getByLabel('Height').fill('10');
  await pkg.getByRole('button', { name: 'Ship with scale weight' }).click();
  await expect(accepted(page)).toContainText('SO-2001 shipped: shipment 1, 4 units, 1250 g, tracking 1Z999AA10123456784.');
  await expect(page.getByTestId('shipment')).toContainText('tracking 1Z999AA10123456784');
  // Ready for the next order: scanning it opens it.
  await expect(page.getByText('SO-2001 is shipped. Scan or type the next order number.')).toBeVisible();
  await expect(scanField(page)).toBeFocused();
  await wedgeScan(page, 'SO-2004');
  await expect(page.locator('.po-header')).toContainText('SO-2004');
});

test('a wrong item opens a message box that must be acknowledged; with the option off only the alert shows', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await wedgeScan(page, 'SCL-200');
  const box = page.getByRole('alertdialog', { name: 'Wrong item' });
  await expect(box).toContainText('Scanned: SCL-200 — Bench scale 30 kg');
  await expect(box.getByRole('list', { name: 'Expected items' })).toContainText('SCN-100 — Handheld barcode scanner × 2');
  await expect(rejected(page)).toContainText('wrong_item');
  await page.keyboard.press('Escape');
  await expect(box).toBeVisible();
  await expect(box.getByRole('button', { name: 'OK, I put it back' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
  await expect(scanField(page)).toBeFocused();
  station.cli('options', 'set', 'shipping.wrongItemMessageBox', 'false');
  await scanExpect(page, 'LBL-4X6', 'rejected', 'LBL-4X6 (Label roll 4x6) is not on SO-2001');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await scanExpect(page, 'CBL-USB', 'accepted', 'Packed 1 × CBL-USB');
});

test('a replacement with the supervisor PIN: a wrong PIN is counted, the right one puts HDS-310 on the line', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2002');
  await scanExpect(page, 'HDS-310', 'rejected', 'HDS-310 may replace HDS-300 on SO-2002: a supervisor PIN and a reason are needed.');
  await expect(rejected(page)).toContainText('pin_required');
  await page.getByRole('button', { name: 'Approve HDS-310 as replacement…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace HDS-300 with HDS-310' });
  await dialog.getByLabel('Reason').fill('HDS-300 out of stock');
  await dialog.getByLabel('PIN', { exact: true }).fill('1111');
  await dialog.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Wrong supervisor PIN: 4 attempts left.');
  await dialog.getByLabel('PIN', { exact: true }).fill('9999');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog).toBeHidden();
  await expect(accepted(page)).toContainText('HDS-300 replaced by HDS-310 on line 2 (approved by sam). HDS-310 × 1: scan its serial number.');
  await expect(row(page, 'HDS-310')).toContainText('replaces HDS-300');
  await expect(scanField(page)).toBeFocused();
  await scanExpect(page, 'HDS310SN01', 'accepted', 'Packed HDS-310 serial HDS310SN01');
});

test('an override with the supervisor PIN takes a serial that was never received', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN9999999', 'rejected', 'Serial SCN9999999 of SCN-100 was never received: it is not in stock.');
  await expect(rejected(page)).toContainText('not_in_stock');
  await page.getByRole('button', { name: 'Override serial SCN9999999…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Override serial for SCN-100' });
  await expect(dialog.getByLabel('Serial number')).toHaveValue('SCN9999999');
  await dialog.getByLabel('Reason').fill('unit from the demo shelf');
  await dialog.getByLabel('PIN', { exact: true }).fill('9999');
  await dialog.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(accepted(page)).toContainText('Packed SCN-100 serial SCN9999999 (1 of 2). Override (not_in_stock) approved by sam: unit from the demo shelf.');
  await expect(row(page, 'SCN-100')).toContainText('SCN9999999');
});

test('a kit order: components (with the scanner’s serial), then the kit barcode closes the kit', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2004');
  await expect(page.locator('tr[data-kind="component"]')).toHaveCount(3);
  await expect(row(page, 'SCN-100')).toContainText('part of KIT-STARTER (main component)');
  await scanExpect(page, 'KIT-STARTER', 'rejected', 'Scan the components of KIT-STARTER first');
  await expect(rejected(page)).toContainText('kit_incomplete');
  await scanAll(page, ['SCN-100', 'SCN1000003', 'CBL-USB', 'LABEL-46', 'LBL-4X6']);
  await expect(row(page, 'LBL-4X6').locator('td').nth(4)).toHaveText('2');
  await scanExpect(page, 'KIT-STARTER', 'accepted', 'KIT-STARTER: kit 1 of 1 complete. All items are scanned.');
  await expect(page.getByRole('form', { name: 'Package' })).toBeVisible();
});

test('an unknown order and an order already shipped are refused at the order scan', async ({ page, station }) => {
  station.cli('options', 'set', 'shipping.allowManualWeight', 'true');
  await openOrder(page, station, 'SO-2003');
  await scanAll(page, ['LBL-4X6', 'LBL-4X6', 'LBL-4X6', 'LBL-4X6']);
  const pkg = page.getByRole('form', { name: 'Package' });
  await pkg.getByLabel('Weight', { exact: true }).fill('1.7');
  await pkg.getByRole('button', { name: 'Ship order' }).click();
  await expect(accepted(page)).toContainText('SO-2003 shipped');
  await page.getByRole('button', { name: 'Done' }).click();
  await scanExpect(page, 'SO-2003', 'rejected', 'SO-2003 has already shipped; nothing more can be packed on it.');
  await expect(rejected(page)).toContainText('order_shipped');
  await scanExpect(page, 'SO-9999', 'rejected', 'No order SO-9999.');
  await expect(rejected(page)).toContainText('unknown_document');
  await expect(scanField(page)).toBeFocused();
});

test('the Orders view lists open orders with their status and finds them by order number, SKU or serial', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await scanAll(page, ['SCN-100', 'SCN1000004']);
  await page.getByRole('tab', { name: 'Orders' }).click();
  const list = page.getByRole('table', { name: 'Orders list' });
  await expect(list.locator('tr[data-order="SO-2001"]')).toContainText('in progress');
  await expect(list.locator('tr[data-order="SO-2002"]')).toContainText('picked');
  await expect(list.locator('tr[data-order="SO-2003"]')).toContainText('unpicked');
  await page.getByLabel('Search orders').fill('HDS-300');
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expect(list.locator('tbody tr')).toContainText('SO-2002');
  await page.getByLabel('Search orders').fill('SCN1000004');
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expect(list.locator('tbody tr')).toContainText('SO-2001');
  await page.getByLabel('Search orders').fill('2004');
  await list.getByRole('button', { name: 'Pack SO-2004' }).click();
  await expect(page.locator('.po-header')).toContainText('SO-2004');
  await expect(scanField(page)).toBeFocused();
});

test('an item scanned right behind the order number is packed on that order, even when the station is slow', async ({ page, station }) => {
  await slowStation(page, 400);
  await page.goto(station.url);
  await expect(scanField(page)).toBeFocused();
  await page.keyboard.press('Alt+2');
  await expect(page.getByText('Scan or type the order number.')).toBeVisible();
  await wedgeScan(page, 'SO-2001');
  await wedgeScan(page, 'CBL-USB');
  await expect(page.locator('.po-header')).toContainText('SO-2001');
  // The item reached the order (not refused, not lost), and its verdict is the one showing: the
  // order's own announcement came first even though the item was scanned before the order opened.
  await expect(page.locator('.scan-log li').first()).toContainText('CBL-USB — ✔ Packed 1 × CBL-USB (1 of 2).');
  await expect(page.getByTestId('scan-refusal')).toHaveCount(0);
  await expect(accepted(page)).toContainText('Packed 1 × CBL-USB (1 of 2).');
});

test('a tracking number scanned right behind the last item is taken as the tracking number, even when the station is slow', async ({ page, station }) => {
  await slowStation(page, 400);
  await openOrder(page, station, 'SO-2001');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN1000001', 'accepted', '(1 of 2)');
  await scanExpect(page, ']d2010401234500001621SCN1000002', 'accepted', '(2 of 2)');
  await scanExpect(page, 'CBL-USB', 'accepted', '(1 of 2)');
  // No wait: the tracking label is scanned while the last item's verdict is on its way.
  await wedgeScan(page, 'CBL-USB');
  await wedgeScan(page, '1Z999AA10123456784');
  await expect(accepted(page)).toContainText('Tracking number 1Z999AA10123456784 scanned.');
  await expect(page.getByRole('form', { name: 'Package' })).toBeVisible();
});

test('a scan made right behind a wrong item is refused while the message box shows, not replayed after it', async ({ page, station }) => {
  await slowStation(page, 400);
  await openOrder(page, station, 'SO-2001');
  await wedgeScan(page, 'SCL-200');
  await wedgeScan(page, 'CBL-USB');
  const box = page.getByRole('alertdialog', { name: 'Wrong item' });
  await expect(box).toBeVisible();
  // The box took the screen: the scan behind it reaches nothing and says so at once.
  await expect(page.getByTestId('scan-refusal')).toHaveText('✖ This screen takes no scans.');
  await box.getByRole('button', { name: 'OK, I put it back' }).click();
  await page.waitForTimeout(1000);
  await expect(page.locator('.verdicts')).not.toContainText('Packed 1 × CBL-USB');
  await expect(row(page, 'CBL-USB').locator('td').nth(4)).toHaveText('0');
  await wedgeScan(page, 'CBL-USB');
  await expect(accepted(page)).toContainText('Packed 1 × CBL-USB (1 of 2).');
});
