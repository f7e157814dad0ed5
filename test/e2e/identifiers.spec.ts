import { expect, test } from './fixtures';

// A station with no users yet: anyone may change settings and add the first users.
test.use({ signedIn: false });

test('names with invisible characters are refused in the forms, naming the field; nothing changes', async ({ page, station }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto(station.url);
  await page.keyboard.press('Alt+5');
  const name = page.getByLabel('Station name');
  await name.fill('Dock\u200b 9');
  await name.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Station name: must not contain zero-width characters (general.stationName).');
  await expect(page.getByRole('contentinfo', { name: 'Station status' })).toContainText('Station: Station 1');
  expect(station.cli('options', 'get', 'general.stationName').trim()).toBe('"Station 1"');

  await page.getByRole('tab', { name: 'Users' }).click();
  await page.getByLabel('User name').fill('ana\u202e');
  await page.getByLabel('New user PIN (4–12 digits)').fill('5555');
  await page.getByLabel('New user PIN (4–12 digits)').press('Enter');
  await expect(page.getByRole('alert')).toContainText('Name must not contain bidirectional control characters.');
  expect(station.cli('users', 'list').trim()).toBe('');
});
