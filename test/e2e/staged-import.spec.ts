import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMIT_CHUNK, importSerials } from '../../electron/import/importers/serials';
import { openDatabase } from '../../electron/storage/database';
import { gatedSerialSource } from '../helpers/gated-import';
import { expect, test } from './fixtures';
import { addWidgetPo, openPo, rejected, scanExpect } from './receiving-helpers';

/**
 * An opening-stock import runs in another process on the station's data file and is held half way
 * (its first chunk staged). At the dock, scanner and keyboard only at 1024×600: a staged serial is
 * refused with why, and the serial search does not know it; once the import commits, it is in
 * stock (a second receipt is refused as a duplicate) and its history shows the import.
 */
test('a serial of an import still being written is refused at the dock with why, and shows nowhere until the import is in', async ({ page, station }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  addWidgetPo(station);
  const rows = ['sku,serial,warehouse'];
  for (let i = 0; i < COMMIT_CHUNK * 2; i++) rows.push(`WID-1,HELD${String(i).padStart(6, '0')},MAIN`);
  const file = join(station.dataDir, 'opening.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);

  const other = await openDatabase({ file: join(station.dataDir, 'scanbay.db') });
  const { source, atGate, release } = gatedSerialSource(file, COMMIT_CHUNK);
  const running = importSerials(other.db, source, { fileName: 'opening.csv', defaultSerialLength: null, at: new Date(), dryRun: false, station: 'Office' });
  try {
    await atGate;
    await openPo(page, station, 'PO-E2E', 'PO-E2E');
    await scanExpect(page, 'WID-1', 'accepted', 'scan its serial number');
    await scanExpect(page, 'HELD000001', 'rejected', 'serial HELD000001 is being imported; scan it again once the import has finished');
    await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();

    // The serial search knows nothing of it yet.
    await page.getByLabel('Find serial').fill('HELD000001');
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await expect(page.getByText('Serial HELD000001 is not in the ledger.')).toBeVisible();
    await page.keyboard.press('Escape');
  } finally {
    release();
    await running.finally(() => other.close());
  }
  expect((await running).counts.serials).toBe(COMMIT_CHUNK * 2);

  // Committed: the same scan at the same step (focus is on the History button; the scanner's keys
  // still reach the wizard) finds the serial in stock; its history is the import.
  await scanExpect(page, 'HELD000001', 'rejected', 'Serial HELD000001 of WID-1 was received before (now in stock).');
  await expect(rejected(page)).toContainText('duplicate_for_product');
  await expect(rejected(page)).not.toContainText('being imported');
  await page.getByLabel('Find serial').fill('HELD000001');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History of serial HELD000001' });
  await expect(history.locator('li[data-event]')).toHaveText([/Entered as opening stock/]);
});
