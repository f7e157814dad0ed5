import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// Only a signed-in supervisor changes settings on a station that has one.
test.use({ role: 'supervisor' });

const stored = (dataDir: string) =>
  (JSON.parse(readFileSync(join(dataDir, 'station-options.json'), 'utf8')) as { shipping?: { labelService?: { secret?: string } } }).shipping?.labelService?.secret;

test('Settings → Shipping: the label-service secret is a password field that never shows the stored value; typing replaces it, Clear removes it', async ({ page, station }) => {
  station.cli('options', 'set', 'shipping.labelService.secret', 'cli-secret-123');
  await page.goto(station.url);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Shipping' }).click();
  const field = page.getByLabel('Label service signing secret');
  await expect(field).toHaveAttribute('type', 'password');
  await expect(field).toHaveValue('');
  await expect(page.getByText('A secret is set.')).toBeVisible();
  expect(await page.content()).not.toContain('cli-secret-123');

  await field.fill('ui-secret-456');
  await field.press('Enter');
  await expect.poll(() => stored(station.dataDir)).toBe('ui-secret-456');
  await expect(field).toHaveValue('');
  expect(await page.content()).not.toContain('ui-secret-456');
  expect(JSON.parse(station.cli('options', 'get', 'shipping.labelService.secret'))).toBe('********');

  await page.getByRole('button', { name: 'Clear label service signing secret' }).click();
  await expect(page.getByText('No secret is set.')).toBeVisible();
  expect(stored(station.dataDir)).toBe('');
});
