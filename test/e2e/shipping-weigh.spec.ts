import { expect, test, wedgeScan } from './fixtures';
import { accepted, openOrder, rejected, scaleControl, scanAll, scanField } from './shipping-helpers';

// Weights you can ship on, at the bench: the demo's simulated scale is driven from a second
// window (Settings → Devices), the packer works with the scanner and the keyboard only.
test.use({ demo: true });

const set = (station: { cli(...a: string[]): string }, key: string, value: string) => station.cli('options', 'set', key, value);
const SO_2001 = ['SCN-100', 'SCN1000001', 'SCN-100', 'SCN1000002', 'CBL-USB', 'CBL-USB'];
const SO_2003 = ['LBL-4X6', 'LBL-4X6', 'LBL-4X6', 'LBL-4X6'];

test('the scale unplugged at the weigh step: "no reading" with the last weight\'s age, and Ship refuses the old weight', async ({ page, station }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await openOrder(page, station, 'SO-2001');
  await scanAll(page, SO_2001);
  const pkg = page.getByRole('form', { name: 'Package' });
  const shipButton = pkg.getByRole('button', { name: 'Ship with scale weight' });
  const scale = await scaleControl(page, station.url);
  await scale('1.25 kg');
  await expect(pkg.getByTestId('package-reading')).toHaveText('1.25 kg');
  await expect(pkg.getByTestId('package-reading-age')).toContainText(/read \d+ s ago/);
  await expect(shipButton).toBeEnabled();

  await scale('unplug');
  await expect(pkg.getByTestId('package-reading')).toHaveText('no reading');
  await expect(pkg.getByTestId('package-reading-age')).toContainText(/scale not connected · last 1\.25 kg, \d+ s ago/);
  await expect(pkg.getByTestId('package-weight-why')).toContainText('not connected');
  await expect(shipButton).toBeDisabled();
  await expect(page.getByTestId('status-weight')).toHaveText('Weight: no reading');
  // Enter in the form does not ship either: nothing but the order's own screen changes.
  await pkg.getByLabel('Length').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Weigh the package of SO-2001')).toBeVisible();
  await expect(accepted(page)).not.toContainText('shipped');

  await scale('plug');
  await expect(pkg.getByTestId('package-reading')).toHaveText('1.25 kg');
  await shipButton.focus();
  await page.keyboard.press('Enter');
  await expect(accepted(page)).toContainText('SO-2001 shipped: shipment 1, 4 units, 1250 g.');
});

test('two orders in a row with the same box on the scale: the second weight is refused until it changes (auto-ship too)', async ({ page, station }) => {
  set(station, 'shipping.autoShipAfterWeight', 'true');
  await openOrder(page, station, 'SO-2001');
  const scale = await scaleControl(page, station.url);
  await scale('zero');
  await scanAll(page, SO_2001);
  await scale('1.25 kg');
  await expect(accepted(page)).toContainText('SO-2001 shipped: shipment 1, 4 units, 1250 g.');
  await expect(scanField(page)).toBeFocused();

  // The next order, with the first box still on the scale.
  await wedgeScan(page, 'SO-2003');
  await expect(page.locator('.po-header')).toContainText('SO-2003');
  await scanAll(page, SO_2003);
  const pkg = page.getByRole('form', { name: 'Package' });
  await expect(pkg.getByTestId('package-reading')).toHaveText('1.25 kg');
  await expect(pkg.getByTestId('package-weight-why')).toContainText("The scale still shows the previous package's weight (1250 g)");
  await expect(pkg.getByRole('button', { name: 'Ship with scale weight' })).toBeDisabled();
  // Not shipped by auto-ship either, however long the box stays.
  await scale('stable');
  await expect(pkg.getByTestId('package-reading-age')).toContainText(/read \d+ s ago/);
  await expect(page.getByText('Weigh the package of SO-2003')).toBeVisible();

  // The packer takes the old box off (zero) and puts the new one on: it ships at once.
  await scale('zero');
  await expect(pkg.getByTestId('package-reading')).toHaveText('0 kg');
  await scale('1.6 kg');
  await expect(accepted(page)).toContainText('SO-2003 shipped: shipment 2, 4 units, 1600 g.');
});

test('expected weight: a package far off its items\' catalog weights is refused until a supervisor approves it', async ({ page, station }) => {
  set(station, 'shipping.weightTolerancePercent', '10');
  set(station, 'shipping.packagingTareGrams', '100');
  await openOrder(page, station, 'SO-2001');
  await scanAll(page, SO_2001);
  const pkg = page.getByRole('form', { name: 'Package' });
  await expect(pkg.getByTestId('expected-weight')).toHaveText('Expected 640 g ± 10 % (576–704 g).');
  const scale = await scaleControl(page, station.url);
  await scale('1.25 kg');
  await expect(pkg.getByTestId('package-reading')).toHaveText('1.25 kg');
  await pkg.getByRole('button', { name: 'Ship with scale weight' }).click();
  await expect(rejected(page)).toContainText('weight_out_of_tolerance');
  await expect(rejected(page)).toContainText('should weigh 640 g ± 10 %');
  await page.getByRole('button', { name: 'Approve the package weight…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve the weight of SO-2001' });
  await dialog.getByLabel('Reason').fill('bubble wrap');
  await dialog.getByLabel('PIN', { exact: true }).fill('1111');
  await dialog.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('Wrong supervisor PIN');
  await dialog.getByLabel('PIN', { exact: true }).fill('9999');
  await dialog.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(accepted(page)).toContainText('SO-2001 shipped: shipment 1, 4 units, 1250 g. Weight approved by sam: bubble wrap.');
  await expect(scanField(page)).toBeFocused();
});
