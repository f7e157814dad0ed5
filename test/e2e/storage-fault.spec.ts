import { join } from 'node:path';
import { expect, startServe, stopChild, test } from './fixtures';
import { smallDisk } from '../helpers/storage-faults';

test('a full disk shows a banner with the reason while it lasts; the refused change is not made', async ({ page, browser }) => {
  const disk = smallDisk(4096);
  test.skip(!disk, 'a real full disk needs a small tmpfs, which only root can mount');
  const { child, url } = await startServe(join(disk!.dir, 'station'));
  try {
    await page.setViewportSize({ width: 1024, height: 600 });
    await page.goto(url);
    const banner = page.getByRole('region', { name: 'Storage problem' });
    await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
    await expect(banner).toHaveCount(0);

    await page.keyboard.press('Alt+5');
    const name = page.getByLabel('Station name');
    disk!.fill();
    await name.fill('Dock 9');
    await name.press('Enter');
    await expect(banner).toContainText('The disk holding the station data is full; nothing was recorded.');
    await expect(banner).toBeInViewport();
    await expect(page.getByRole('alert')).toContainText('The disk holding the station data is full');
    const status = page.getByRole('contentinfo', { name: 'Station status' });
    await expect(status).toContainText('Station: Station 1');

    // A window opened meanwhile shows it too (from the station's status, not only the push).
    const other = await browser.newPage();
    await other.goto(url);
    await expect(other.getByRole('region', { name: 'Storage problem' })).toContainText('disk holding the station data is full');
    await other.close();

    disk!.free();
    await expect(banner).toHaveCount(0, { timeout: 20_000 });
    await name.fill('Dock 9');
    await name.press('Enter');
    await expect(status).toContainText('Station: Dock 9');
  } finally {
    await stopChild(child);
    disk!.dispose();
  }
});
