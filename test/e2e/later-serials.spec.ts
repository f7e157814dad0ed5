import { expect, test, wedgeScan } from './fixtures';
import { openPo, scanExpect } from './receiving-helpers';

test.use({ demo: true });

test('Enter serials for received units: a headset received without a serial gets one from PO serials, scanner and keyboard only at 1024×600', async ({ page, station }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await openPo(page, station, 'NW-5512', 'PO-1002');
  await scanExpect(page, 'HDS-300', 'accepted', 'Received 1 × HDS-300');
  const open = page.getByRole('button', { name: 'PO serials' });
  await open.focus();
  await page.keyboard.press('Enter');
  const serials = page.getByRole('dialog', { name: 'Serials of PO-1002' });
  const enter = serials.getByRole('button', { name: 'Enter serials for received units' });
  await enter.focus();
  await page.keyboard.press('Enter');
  const later = page.getByRole('dialog', { name: 'Enter serials for received units of PO-1002' });
  await expect(later.getByLabel('Product')).toBeFocused();
  await expect(later.getByLabel('Product')).toHaveValue('HDS-300');
  await page.keyboard.press('Tab');
  await expect(later.getByLabel('Serial for a received unit')).toBeFocused();
  // The product code itself is refused like at receipt.
  await wedgeScan(page, 'HDS-300');
  await expect(later.getByRole('alert')).toContainText('is a product code');
  await later.getByLabel('Serial for a received unit').fill('');
  await wedgeScan(page, 'HDSLATE001');
  await expect(later.getByText('Serial HDSLATE001 given to a received unit of HDS-300; every received unit of HDS-300 has a serial now.')).toBeVisible();
  await expect(later.getByText('Every received unit of PO-1002 has a serial.')).toBeVisible();
  const done = later.getByRole('button', { name: 'Done' });
  await done.focus();
  await page.keyboard.press('Enter');
  await expect(serials.getByRole('table')).toContainText('HDSLATE001');
});
