import { expect, test, wedgeScan } from './fixtures';

test('a simulated scale shows its live weight, motion and overload in the UI', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Devices' }).click();
  await page.getByLabel('Scale protocol').selectOption('simulator');
  await expect(page.getByTestId('status-scale')).toContainText('Scale: simulator, connected');

  const state = page.getByLabel('Simulated scale state (e.g. 1.234 kg, motion, over)');
  await state.fill('1.234 kg');
  await state.press('Enter');
  await expect(page.getByTestId('status-weight')).toHaveText('Weight: 1.234 kg');
  await expect(page.getByTestId('panel-weight')).toHaveText('Weight: 1.234 kg');

  await state.fill('motion');
  await state.press('Enter');
  await expect(page.getByTestId('status-weight')).toContainText('(in motion)');
  await state.fill('over');
  await state.press('Enter');
  await expect(page.getByTestId('status-weight')).toHaveText('Weight: overload');
  await expect(page.getByRole('heading', { name: 'Last scale frame' })).toBeVisible();
});

test('the simulated USB HID scale reports its weight through the HID decoder', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Devices' }).click();
  await page.getByLabel('Scale protocol').selectOption('hid-simulator');
  await expect(page.getByTestId('status-scale')).toContainText('Scale: hid-simulator, connected');
  const state = page.getByLabel('Simulated scale state (e.g. 1.234 kg, motion, over)');
  await state.fill('2.5 lb');
  await state.press('Enter');
  await expect(page.getByTestId('status-weight')).toHaveText('Weight: 2.5 lb');
  // The last raw frame is the 6-byte HID report (report id 03).
  await expect(page.locator('.raw-frame').nth(1)).toContainText('03 ');
});

test('the simulated HID scanner feeds raw reports through the real decoder to the test panel', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Devices' }).click();
  await page.getByLabel('Scanner connection').selectOption('simulator');
  await expect(page.getByTestId('status-scanner')).toContainText('Scanner: simulator, connected');
  const scan = page.getByLabel('Simulated scan (use <GS> for FNC1)');
  await scan.fill(']d201095011015300031721063010AB-12<GS>21SN0001');
  await scan.press('Enter');
  await expect(page.getByTestId('last-scan')).toHaveText('Last scan: ]d201095011015300031721063010AB-12<GS>21SN0001');
  await expect(page.locator('.raw-frame').first()).toContainText('<GS>');
});

test('a keyboard-wedge burst is a scan wherever focus is, and slow typing stays typing', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Devices' }).click();
  // Focus on a button: the burst must not click it, and must reach the panel as one scan.
  await page.getByRole('button', { name: 'Zero scale' }).focus();
  await wedgeScan(page, 'ABC12345');
  await expect(page.getByTestId('last-scan')).toHaveText('Last scan: ABC12345');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Slow human typing into a text field is released into that field unchanged.
  const name = page.getByLabel('Scanner serial port');
  await name.click();
  await page.keyboard.type('/dev/ttyACM0', { delay: 250 });
  await expect(name).toHaveValue('/dev/ttyACM0');
  await expect(page.getByTestId('last-scan')).toHaveText('Last scan: ABC12345');
});
