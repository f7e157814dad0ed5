import { expect, test } from './fixtures';

// A first run: nobody signed in, no users (the fixture adds none).
test.use({ signedIn: false });

test('first run offers demo data; users sign in with a PIN; wrong PINs are counted', async ({ page, station }) => {
  await page.goto(station.url);
  const offer = page.getByRole('complementary', { name: 'First run' });
  await offer.getByRole('button', { name: 'Load demo data' }).click();
  await expect(offer.getByRole('status')).toContainText('Demo data loaded');
  expect(JSON.parse(station.cli('users', 'list').trim().split('\n')[0] as string)).toMatchObject({ name: expect.any(String) });

  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Name').selectOption('ana');
  await dialog.getByLabel('PIN', { exact: true }).fill('0000');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('alert')).toContainText('wrong PIN for ana: 4 attempts left');
  await dialog.getByLabel('PIN', { exact: true }).fill('1234');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('status-user')).toHaveText('User: ana (operator)');

  // An operator cannot add users once a supervisor exists.
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Users' }).click();
  await page.getByLabel('User name').fill('zoe');
  await page.getByLabel('New user PIN (4–12 digits)').fill('5555');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('alert')).toContainText('Only a supervisor can change users: ana is signed in as operator.');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('dialog', { name: 'Sign in' }).getByLabel('Name').selectOption('sam');
  await page.getByRole('dialog', { name: 'Sign in' }).getByLabel('PIN', { exact: true }).fill('9999');
  await page.getByRole('dialog', { name: 'Sign in' }).getByLabel('PIN', { exact: true }).press('Enter');
  await expect(page.getByTestId('status-user')).toHaveText('User: sam (supervisor)');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added zoe' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'zoe', exact: true })).toBeVisible();
});

test.describe('with demo data from serve --demo', () => {
  test.use({ demo: true });
  test('serve --demo seeds the station and uses the simulated scale', async ({ page, station }) => {
    await page.goto(station.url);
    await expect(page.getByRole('complementary', { name: 'First run' })).toHaveCount(0);
    await expect(page.getByTestId('status-scale')).toContainText('Scale: simulator, connected');
    expect(station.cli('options', 'get', 'devices.scale.protocol').trim()).toBe('"simulator"');
  });
});
