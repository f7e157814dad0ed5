import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ServedStation } from './fixtures';
import { accepted, openOrder, rejected, row, scanAll, scanExpect, scanField } from './shipping-helpers';

// SO-2004 (demo): KIT-STARTER ×1 = SCN-100 (main, serialized) + CBL-USB + LBL-4X6 ×2.
// The catalog gets a USB-C cable that may replace CBL-USB. The demo's supervisor is sam (PIN 9999).
test.use({ demo: true });

function allowUsbC(station: ServedStation): void {
  const csv = join(station.dataDir, 'usb-c.csv');
  writeFileSync(csv, 'sku,name,tracking,replacements\nCBL-USBC,USB-C cable,none,\nCBL-USB,USB cable,none,CBL-USBC\n');
  station.cli('import', 'products', csv);
  station.cli('options', 'set', 'shipping.allowManualWeight', 'true');
}

test('shipping.kits.lookForReplacementItems with the supervisor PIN: a kit component is replaced, recorded, and the order ships with it', async ({ page, station }) => {
  test.slow(); // a whole kit order, packed and shipped, on a loaded CI machine
  allowUsbC(station);
  station.cli('options', 'set', 'shipping.kits.lookForReplacementItems', 'true');
  station.cli('options', 'set', 'shipping.requirePinForReplacement', 'true');
  station.cli('options', 'set', 'shipping.wrongItemMessageBox', 'false');
  await openOrder(page, station, 'SO-2004');
  await expect(row(page, 'CBL-USB')).toContainText('part of KIT-STARTER');

  await scanExpect(page, 'CBL-USBC', 'rejected', 'CBL-USBC may replace CBL-USB on SO-2004: a supervisor PIN and a reason are needed.');
  await expect(rejected(page)).toContainText('pin_required');
  await page.getByRole('button', { name: 'Approve CBL-USBC as replacement…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace CBL-USB with CBL-USBC' });
  const pin = dialog.getByLabel('PIN', { exact: true });
  await expect(pin).toHaveAttribute('type', 'password');
  await dialog.getByLabel('Reason').fill('out of USB-A cables');
  await pin.fill('9999');
  await pin.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(accepted(page)).toContainText('CBL-USB replaced by CBL-USBC in kit KIT-STARTER on line 1 (approved by sam).');
  await expect(row(page, 'CBL-USBC')).toContainText('replaces CBL-USB');
  await expect(page.locator('tr[data-kind="component"]')).toHaveCount(3);
  await expect(scanField(page)).toBeFocused();
  // The kit now expects the replacement: the ordered cable is no longer on the order.
  await scanExpect(page, 'CBL-USB', 'rejected', 'not on SO-2004');

  await scanAll(page, ['SCN-100', 'SCN1000003', 'LBL-4X6', 'LBL-4X6']);
  await scanExpect(page, 'KIT-STARTER', 'accepted', 'KIT-STARTER: kit 1 of 1 complete. All items are scanned.');
  const pkg = page.getByRole('form', { name: 'Package' });
  await pkg.getByLabel('Weight', { exact: true }).fill('1.1');
  await pkg.getByRole('button', { name: 'Ship order' }).click();
  await expect(accepted(page)).toContainText('SO-2004 shipped');

  // Recorded: the event feed has SO-2004 shipped, with the USB-C cable packed on it and never the ordered cable.
  const feed = station
    .cli('events', '--types', 'shipment.packed,shipment.shipped')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; document: { number: string } | null; sku: string | null })
    .filter((e) => e.document?.number === 'SO-2004');
  expect(feed.filter((e) => e.type === 'shipment.shipped')).toHaveLength(1);
  const packed = feed.filter((e) => e.type === 'shipment.packed').map((e) => e.sku);
  expect(packed).toContain('CBL-USBC');
  expect(packed).not.toContain('CBL-USB');
});

test('shipping.kits.lookForReplacementItems off: the replacement of a kit component is refused as a wrong item', async ({ page, station }) => {
  allowUsbC(station);
  station.cli('options', 'set', 'shipping.kits.lookForReplacementItems', 'false');
  station.cli('options', 'set', 'shipping.wrongItemMessageBox', 'false');
  await openOrder(page, station, 'SO-2004');
  await scanExpect(page, 'CBL-USBC', 'rejected', 'CBL-USBC (USB-C cable) is not on SO-2004');
  await expect(rejected(page)).toContainText('wrong_item');
  await expect(page.getByRole('button', { name: 'Approve CBL-USBC as replacement…' })).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row(page, 'CBL-USB')).not.toContainText('replaces');
  await expect(row(page, 'CBL-USBC')).toHaveCount(0);
  // The ordered component still packs.
  await scanExpect(page, 'CBL-USB', 'accepted', 'CBL-USB');
});
