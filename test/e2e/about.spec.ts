import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { readZip } from '../helpers/zip';

test('Settings → About shows version, data dir and log file, and saves a diagnostics bundle to download', async ({ page, station }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto(station.url);
  await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  // The tabs are a keyboard tablist: ArrowLeft from the first tab wraps to the last, About.
  await page.getByRole('tab', { name: 'General' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'About' })).toBeFocused();
  const about = page.getByRole('region', { name: 'About ScanBay' });
  const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
  await expect(about.getByText(pkg.version, { exact: true })).toBeVisible();
  await expect(about.getByText(station.dataDir, { exact: true })).toBeVisible();
  await expect(about.getByText(join(station.dataDir, 'logs', 'scanbay.log'), { exact: true })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(about.getByRole('button', { name: 'Save diagnostics' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(about.getByRole('status')).toContainText(`Diagnostics saved to ${join(station.dataDir, 'diagnostics')}`);
  const link = about.getByRole('link', { name: /^Download scanbay-diagnostics-\d{8}-\d{6}\.zip$/ });
  await expect(link).toBeVisible();
  await expect(page.getByRole('tab', { name: 'About' })).toBeInViewport({ ratio: 1 });

  const download = page.waitForEvent('download');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
  await page.keyboard.press('Enter');
  const file = testInfo.outputPath('bundle.zip');
  await (await download).saveAs(file);
  expect(existsSync(file)).toBe(true);
  const names = [...readZip(file).keys()];
  expect(names).toEqual(expect.arrayContaining(['logs/scanbay.log', 'options.json', 'versions.json', 'devices.json', 'summary.json']));
  // Without the per-run key the bundle is not served.
  const href = (await link.getAttribute('href')) as string;
  expect((await page.request.get(`${station.origin}${href.replace(/\?key=.*/, '')}`)).status()).toBe(401);
});

test('the app icon is the favicon: the page loads with no failed request and no console error', async ({ page, station }) => {
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(m.text());
  });
  await page.goto(station.url);
  await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
  const icon = await page.request.get(`${station.origin}/favicon.ico`);
  expect(icon.status()).toBe(200);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  expect(await page.evaluate(() => (document.querySelector('link[rel="icon"]') as HTMLLinkElement | null)?.href)).toBe(`${station.origin}/favicon.ico`);
  await page.waitForLoadState('networkidle');
  expect(failures).toEqual([]);
});
