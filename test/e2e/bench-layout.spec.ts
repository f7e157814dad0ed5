import type { Locator, Page } from '@playwright/test';
import { expect, test, wedgeScan } from './fixtures';
import { inViewport } from './layout-helpers';
import { openReturns, scanField, shipDemoOrder } from './lifecycle-helpers';
import { openPo, scanExpect } from './receiving-helpers';
import { openOrder } from './shipping-helpers';

// A bench screen at 1024×600 with the default text size (large): one column, no sideways
// scrolling, the Scan field and the last verdict always in view, the scan log below the lines.
test.use({ demo: true, viewport: { width: 1024, height: 600 } });

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    return { page: document.documentElement.scrollWidth, view: window.innerWidth, main: main.scrollWidth, mainView: main.clientWidth };
  });
  expect(widths.page, 'page scrollWidth').toBeLessThanOrEqual(widths.view);
  expect(widths.main, 'main scrollWidth').toBeLessThanOrEqual(widths.mainView);
}

/** A dialog inside the viewport, nothing in it running off its right edge. */
async function dialogFits(page: Page, dialog: Locator, what: string): Promise<void> {
  const body = dialog.locator('.dialog-body');
  await inViewport(page, body, what);
  expect(await body.evaluate((d) => d.scrollWidth <= d.clientWidth), `${what}: content fits its width`).toBe(true);
  await noSidewaysScroll(page);
}

const verdict = (page: Page) => page.locator('.verdicts .verdict:not(.verdict-empty)');

/** The bench checks: no sideways scroll; Scan field and verdict in view at the top and after scrolling to the scan log. */
async function benchChecks(page: Page, name: string): Promise<void> {
  await noSidewaysScroll(page);
  await inViewport(page, scanField(page), `${name}: Scan field`);
  await inViewport(page, verdict(page), `${name}: verdict`);
  const lines = page.locator('.wizard-main .progress-table').first();
  const log = page.getByRole('region', { name: 'Scan log' });
  const linesBox = (await lines.boundingBox()) as { y: number; height: number };
  const logBox = (await log.boundingBox()) as { y: number };
  expect(logBox.y, `${name}: scan log below the lines`).toBeGreaterThanOrEqual(linesBox.y + linesBox.height);
  await page.locator('main').evaluate((m) => m.scrollTo(0, m.scrollHeight));
  await inViewport(page, scanField(page), `${name}: Scan field after scrolling down`);
  await inViewport(page, verdict(page), `${name}: verdict after scrolling down`);
  await noSidewaysScroll(page);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('Receive at 1024×600: one column, progress bar, finished lines marked, Scan field and verdict in view', async ({ page, station }) => {
  await openPo(page, station, 'PO-1002', 'PO-1002');
  await page.getByLabel('Quantity for the next product').fill('25');
  await page.getByLabel('Quantity for the next product').press('Enter');
  await scanExpect(page, 'CBL-USB', 'accepted', 'Received 25 × CBL-USB');
  await expect(page.getByRole('progressbar', { name: 'Units received' })).toHaveAttribute('value', '25');
  await expect(page.getByTestId('complete-banner')).toHaveCount(0);
  await expect(page.locator('.doc-progress-text')).toHaveText('25 of 32 units received');
  await expect(page.locator('tr[data-sku="CBL-USB"] .done-mark')).toBeVisible();
  await expect(page.locator('tr[data-sku="SCL-200"] .done-mark')).toHaveCount(0);
  await benchChecks(page, 'receive');
  await page.getByRole('button', { name: 'PO serials' }).click();
  await dialogFits(page, page.getByRole('dialog', { name: 'Serials of PO-1002' }), 'PO serials dialog');
});

test('Ship at 1024×600: progress, completion banner, and every control in view; at 1280×800 the Ship button needs no scrolling', async ({ page, station }) => {
  await openOrder(page, station, 'SO-2003');
  for (let i = 0; i < 3; i++) await wedgeScan(page, 'LBL-4X6');
  await expect(page.locator('.doc-progress-text')).toHaveText('3 of 4 units scanned');
  await benchChecks(page, 'ship');
  await wedgeScan(page, 'LBL-4X6');
  await expect(page.getByTestId('complete-banner')).toHaveText('✔ Every unit of SO-2003 is scanned. (4 of 4 units scanned)');
  await expect(page.getByRole('progressbar', { name: 'Units scanned' })).toHaveCount(0);
  await noSidewaysScroll(page);
  await inViewport(page, scanField(page), 'ship complete: Scan field');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
  await inViewport(page, page.getByRole('button', { name: /^Ship (order|with scale weight)$/ }), 'Ship button at 1280×800');
  await page.screenshot({ path: test.info().outputPath('ship-1280.png') });
});

test('Returns at 1024×600 and the restock dialog fits', async ({ page, station }) => {
  await shipDemoOrder(station);
  await openReturns(page, station);
  await wedgeScan(page, 'SO-2001');
  await expect(page.locator('.po-header')).toContainText('RMA-000001');
  await scanExpect(page, 'SCN1000001', 'accepted', 'Returned SCN-100 serial SCN1000001');
  await benchChecks(page, 'returns');
  await page.getByRole('button', { name: 'Put away and close RMA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Put away RMA-000001' });
  // Nothing in the dialog runs off its right edge (clipped selects, a cut fieldset).
  await dialogFits(page, dialog, 'restock dialog');
  await inViewport(page, dialog.getByLabel('Restock to warehouse'), 'restock warehouse select');
  await dialog.getByRole('button', { name: 'Put away and close' }).scrollIntoViewIfNeeded();
  await inViewport(page, dialog.getByRole('button', { name: 'Put away and close' }), 'restock dialog button');
  await noSidewaysScroll(page);
  await page.screenshot({ path: test.info().outputPath('restock-dialog.png') });
});
