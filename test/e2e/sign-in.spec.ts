import type { Page } from '@playwright/test';
import { expect, test, wedgeScan } from './fixtures';
import { queryDb, scanField } from './lifecycle-helpers';
import { accepted, openPo, rejected, scanExpect } from './receiving-helpers';
import { openOrder } from './shipping-helpers';

// These specs sign in themselves: the fixture signs nobody in.
test.use({ demo: true, signedIn: false });

// Scans aimed at a button or a select are told from typing by their speed alone: give the wedge
// detector room for a loaded test machine (Playwright's keys stretch under load).
test.beforeEach(({ station }) => {
  station.cli('options', 'set', 'devices.wedge.maxGapMs', '500');
});

/** Whether `secret` shows anywhere on the page outside input values (text, titles, attributes). */
async function shownOnPage(page: Page, secret: string): Promise<boolean> {
  return page.evaluate((s) => {
    const html = document.documentElement.outerHTML;
    const fieldValues = [...document.querySelectorAll('input')].map((i) => i.value).join('\n');
    return document.body.innerText.includes(s) || html.includes(s) || fieldValues.includes(s);
  }, secret);
}

/** Every text the station stored about scans, approvals and option changes. */
async function storedText(station: Parameters<typeof queryDb>[0]): Promise<string> {
  const scans = await queryDb(station, 'select raw_code, reason, message from scan_log');
  const audit = await queryDb(station, 'select action, subject, reason, details from audit_log');
  const events = await queryDb(station, 'select * from serial_events');
  return JSON.stringify([scans, audit, events]);
}

test('with nobody signed in, station work is refused with sign_in_required and the sign-in dialog opens; a PIN scanned into it signs in and shows nowhere', async ({ page, station }) => {
  await openPo(page, station, 'PO-1003', 'PO-1003');
  await expect(page.getByTestId('status-user')).toHaveText('User: nobody signed in');
  await wedgeScan(page, 'SCN-100');
  await expect(rejected(page)).toContainText('Sign in first');
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').selectOption('sam');
  await dialog.getByLabel('PIN', { exact: true }).focus();
  // A PIN badge (or a fast typist): a burst of digits and Enter, into the PIN field.
  await wedgeScan(page, '9999');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('status-user')).toHaveText('User: sam (supervisor)');
  expect(await shownOnPage(page, '9999')).toBe(false);
  await expect(scanField(page)).toBeFocused();
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN5000001', 'accepted', 'Received SCN-100 serial SCN5000001');
  expect(await storedText(station)).not.toContain('9999');
  await page.getByRole('button', { name: 'Save receive data' }).click();
  await expect(accepted(page)).toContainText('Receiving session saved');
  expect(await queryDb(station, "select u.name from receiving_sessions rs join users u on u.id = rs.received_by where rs.station = 'Station 1'")).toEqual([{ name: 'sam' }]);
});

test('a badge scanned in the sign-in dialog signs its user in without a PIN', async ({ page, station }) => {
  station.cli('users', 'add', '--name', 'bea', '--role', 'operator', '--pin', '1357', '--badge', 'BADGE-BEA-01');
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await wedgeScan(page, 'BADGE-BEA-02');
  await expect(dialog.getByRole('alert')).toHaveText('That badge belongs to nobody at this station.');
  await wedgeScan(page, 'BADGE-BEA-01');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('status-user')).toHaveText('User: bea (operator)');
  expect(await shownOnPage(page, 'BADGE-BEA-01')).toBe(false);
});

test('a supervisor PIN scanned into an approval approves it, and is nowhere in the page, the scan log or the ledger', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const signIn = page.getByRole('dialog', { name: 'Sign in' });
  await signIn.getByLabel('Name').selectOption('ana');
  await signIn.getByLabel('PIN', { exact: true }).fill('1234');
  await signIn.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(page.getByTestId('status-user')).toHaveText('User: ana (operator)');
  await openOrder(page, station, 'SO-2001');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN7777777', 'rejected', 'not in stock');
  await page.getByRole('button', { name: 'Override serial SCN7777777…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Override serial for SCN-100' });
  await dialog.getByLabel('Reason').fill('unit from the demo shelf');
  await dialog.getByLabel('PIN', { exact: true }).focus();
  await wedgeScan(page, '9999');
  await expect(dialog).toBeHidden();
  await expect(accepted(page)).toContainText('approved by sam');
  expect(await shownOnPage(page, '9999')).toBe(false);
  expect(await storedText(station)).not.toContain('9999');
  // The PIN never reached the scan router: no "Wrong item" box, no refusal.
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByTestId('scan-refusal')).toHaveCount(0);
});

test('an operator cannot change settings or users in the UI; a supervisor can', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const signIn = page.getByRole('dialog', { name: 'Sign in' });
  await signIn.getByLabel('Name').selectOption('ana');
  await signIn.getByLabel('PIN', { exact: true }).fill('1234');
  await signIn.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(page.getByTestId('status-user')).toHaveText('User: ana (operator)');
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Shipping' }).click();
  const pin = page.getByLabel('Require a supervisor PIN for a serial override');
  await pin.click();
  await expect(page.getByRole('alert')).toContainText('Only a supervisor can change settings: ana is signed in as operator.');
  await expect(pin).toBeChecked();
  expect(station.cli('options', 'get', 'shipping.requirePinForOverride').trim()).toBe('true');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signIn.getByLabel('Name').selectOption('sam');
  await signIn.getByLabel('PIN', { exact: true }).fill('9999');
  await signIn.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(page.getByTestId('status-user')).toHaveText('User: sam (supervisor)');
  await page.getByRole('tab', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Badge of ben' }).click();
  const badge = page.getByRole('dialog', { name: 'Badge of ben' });
  await expect(badge.getByLabel('Badge')).toBeFocused();
  await wedgeScan(page, 'BADGE-BEN-07');
  await expect(page.getByRole('status').filter({ hasText: 'ben has a new badge' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Station users' }).getByRole('row', { name: /^ben/ })).toContainText('yes');
  expect(await shownOnPage(page, 'BADGE-BEN-07')).toBe(false);
});
