// A GS1 Digital Link QR code read by a keyboard-wedge scanner (the URI typed as keys + Enter,
// with or without the ]Q1 identifier) receives and packs exactly like a GS1 element string.
// At the 1024×600 of a dock terminal, so a long URI in the verdicts and the scan log must fit.
import type { Page } from '@playwright/test';
import { expect, test, wedgeScan } from './fixtures';
import { openPo, rejected, row, scanExpect } from './receiving-helpers';
import { openOrder, scanField } from './shipping-helpers';

test.use({ demo: true, viewport: { width: 1024, height: 600 } });

const SCN_100 = '04012345000016';
const CBL_USB = '04012345000030';

/** The scanned URIs wrap inside the scan log and the verdicts instead of running out of their box. */
async function urisFit(page: Page): Promise<void> {
  const sticking = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.scan-log, .verdicts')).flatMap((box) => {
      const right = box.getBoundingClientRect().right;
      return Array.from(box.querySelectorAll('li *, .verdict *'))
        .filter((el) => el.getBoundingClientRect().right > right + 1)
        .map((el) => `${Math.round(el.getBoundingClientRect().right)} > ${Math.round(right)}: ${(el.textContent ?? '').slice(0, 60)}`);
    }),
  );
  expect(sticking).toEqual([]);
}

test('receives a unit from a Digital Link QR code: product and serial in one scan', async ({ page, station }) => {
  await openPo(page, station, 'PO-1003', 'PO-1003');
  await scanExpect(page, `https://id.gs1.org/01/${SCN_100}/21/SCNDL00001`, 'accepted', 'Received SCN-100 serial SCNDL00001');
  await expect(row(page, 'SCN-100').locator('td').nth(4)).toHaveText('1');
  // A scanner that sends AIM identifiers, a brand's own domain, lot and expiry in the URI.
  await scanExpect(page, `]Q1https://brand.example/products/01/${SCN_100}/10/LOT7/21/SCNDL00002?17=271231`, 'accepted', 'Received SCN-100 serial SCNDL00002');
  await expect(row(page, 'SCN-100').locator('td').nth(4)).toHaveText('2');
  await expect(page.getByRole('region', { name: 'Scan log' })).toContainText('SCNDL00002');
  await expect(scanField(page)).toBeFocused();
  // A broken link is refused with the reason and where it is wrong; nothing is received.
  await scanExpect(page, `https://id.gs1.org/01/04012345000017/21/SCNDL00003`, 'rejected', 'check digit 7 is wrong (expected 6) (at position 36)');
  await expect(rejected(page)).toContainText('bad_barcode');
  await scanExpect(page, `https://id.gs1.org/01/${SCN_100}?21=SCNDL00003`, 'rejected', 'AI (21) SERIAL is not allowed as a data attribute');
  await expect(row(page, 'SCN-100').locator('td').nth(4)).toHaveText('2');
  await expect(scanField(page)).toBeFocused();
  await urisFit(page);
});

test('packs items and serials from Digital Link QR codes, as from GS1 element strings', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await scanExpect(page, `https://id.gs1.org/01/${SCN_100}/21/SCN1000001`, 'accepted', 'Packed SCN-100 serial SCN1000001 (1 of 2).');
  await scanExpect(page, `]Q1https://id.gs1.org/01/${SCN_100}/21/SCN1000002`, 'accepted', 'Packed SCN-100 serial SCN1000002 (2 of 2).');
  await expect(row(page, 'SCN-100')).toContainText('SCN1000001, SCN1000002');
  // An item without serials: the product part is enough.
  await scanExpect(page, `https://id.gs1.org/01/${CBL_USB}`, 'accepted', 'Packed 1 × CBL-USB (1 of 2).');
  // Data attributes in the query (here the net weight) do not get in the way.
  await scanExpect(page, `https://id.gs1.org/01/${CBL_USB}?3103=000060`, 'accepted', 'All items are scanned.');
  await expect(page.getByRole('form', { name: 'Package' })).toBeVisible();
  await expect(scanField(page)).toBeFocused();
  await urisFit(page);
});

test('a Digital Link for a product not on the order is a wrong item, like its element string', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2001');
  await wedgeScan(page, 'https://id.gs1.org/01/04012345000023/21/SCL20001');
  const box = page.getByRole('alertdialog', { name: 'Wrong item' });
  await expect(box).toContainText('Scanned: SCL-200 — Bench scale 30 kg');
  await expect(rejected(page)).toContainText('wrong_item');
  await expect(box.getByRole('button', { name: 'OK, I put it back' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
  await expect(scanField(page)).toBeFocused();
});

test.describe('as a supervisor', () => {
  // Only a signed-in supervisor changes settings on a station that has one (the demo's sam).
  test.use({ role: 'supervisor' });

  test('Settings → Devices: refusing GS1 barcodes missing a required partner AI, by keyboard', async ({ page, station }) => {
    // (7004) ACTIVE POTENCY needs (01) together with (10): this link has no batch.
    const potency = (serial: string) => `https://id.gs1.org/01/${SCN_100}/21/${serial}?7004=123`;
    await page.goto(station.url);
    await page.keyboard.press('Alt+5');
    const devices = page.getByRole('tab', { name: 'Devices' });
    await page.getByRole('tab', { name: 'General' }).focus();
    while (!(await devices.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowRight');
    const option = page.getByRole('checkbox', { name: 'Refuse GS1 barcodes missing a required partner AI' });
    await expect(option).not.toBeChecked();
    await option.focus();
    await page.keyboard.press('Space');
    await expect(option).toBeChecked();

    await page.keyboard.press('Alt+1');
    await expect(scanField(page)).toBeFocused();
    await wedgeScan(page, 'PO-1003');
    await expect(page.locator('.po-header')).toContainText('PO-1003');
    await scanExpect(page, potency('SCNDL00010'), 'rejected', 'AI (7004) ACTIVE POTENCY needs (01)+(10) in the same data');
    await expect(rejected(page)).toContainText('bad_barcode');
    // Off again (from the CLI this time; the running station follows the options file).
    station.cli('options', 'set', 'barcodes.enforceAssociations', 'false');
    await scanExpect(page, potency('SCNDL00010'), 'accepted', 'Received SCN-100 serial SCNDL00010');
  });
});
