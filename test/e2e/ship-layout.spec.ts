import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type ServedStation } from './fixtures';
import { inViewport } from './layout-helpers';
import { accepted, openOrder, scanAll, scanField } from './shipping-helpers';

// A big order at the packing bench: many lines in three packages. At 1280×800 and at 1024×600
// (default text size: large) the Ship button, the Scan field and the last verdict are in view
// without scrolling, and nothing scrolls sideways.
test.use({ demo: true });

const LINES = 18;
const sku = (i: number) => `BULK-${String(i).padStart(2, '0')}`;

/** Products without serials and the order SO-BIG with one unit of each, through CSV import. */
function addBigOrder(station: ServedStation): void {
  const products = join(station.dataDir, 'big-products.csv');
  const rows = Array.from({ length: LINES }, (_, k) => `${sku(k + 1)},Bulk carton ${k + 1} with a rather long descriptive product name,none`);
  writeFileSync(products, `sku,name,tracking\n${rows.join('\n')}\n`);
  station.cli('import', 'products', products);
  const orders = join(station.dataDir, 'big-orders.csv');
  const lines = Array.from({ length: LINES }, (_, k) => `SO-BIG,MAIN,${sku(k + 1)},1,true`);
  writeFileSync(orders, `order_number,warehouse,sku,qty,picked\n${lines.join('\n')}\n`);
  station.cli('import', 'orders', orders);
}

/** At the page's top (nothing scrolled): Ship button, Scan field and verdict in view; no sideways scroll. */
async function shipInView(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  const name = `${size.width}×${size.height}`;
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll('main, main *')) if (el.scrollTop) el.scrollTop = 0;
  });
  const widths = await page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    return { page: document.documentElement.scrollWidth, view: window.innerWidth, main: main.scrollWidth, mainView: main.clientWidth };
  });
  expect(widths.page, `${name}: page scrollWidth`).toBeLessThanOrEqual(widths.view);
  expect(widths.main, `${name}: main scrollWidth`).toBeLessThanOrEqual(widths.mainView);
  await inViewport(page, page.getByRole('button', { name: /^Ship (order|with scale weight)$/ }), `${name}: Ship button`);
  await inViewport(page, scanField(page), `${name}: Scan field`);
  await inViewport(page, page.locator('.verdicts .verdict:not(.verdict-empty)'), `${name}: verdict`);
  await page.screenshot({ path: test.info().outputPath(`ship-big-${name}.png`) });
}

test('a big order in three packages: the Ship button, the Scan field and the verdict need no scrolling at 1280×800 and 1024×600', async ({ page, station }) => {
  // Weights are typed (no scale), so packages 1 and 2 are recorded with the keyboard.
  station.cli('options', 'set', 'devices.scale.protocol', 'none');
  addBigOrder(station);
  await page.setViewportSize({ width: 1024, height: 600 });
  await openOrder(page, station, 'SO-BIG');
  const third = LINES / 3;
  await scanAll(page, Array.from({ length: third }, (_, k) => sku(k + 1)));
  await scanAll(page, ['PKG+']);
  await scanAll(page, Array.from({ length: third }, (_, k) => sku(third + k + 1)));
  await scanAll(page, ['PKG+']);
  await scanAll(page, Array.from({ length: third }, (_, k) => sku(2 * third + k + 1)));
  const pkg = page.getByRole('form', { name: 'Package' });
  for (const [no, kg] of [[1, '2.5'], [2, '3.5']] as const) {
    await expect(pkg.getByTestId('package-of')).toContainText(`${no} of 3`);
    await pkg.getByLabel('Weight', { exact: true }).fill(kg);
    await pkg.getByRole('button', { name: `Record package ${no}` }).click();
    await expect(accepted(page)).toContainText(`Package ${no} of 3`);
  }
  await expect(pkg.getByTestId('package-of')).toContainText('3 of 3');
  await expect(page.getByRole('list', { name: 'Packages' }).locator('li')).toHaveCount(3);
  await expect(page.getByRole('table', { name: 'Order lines' }).locator('tbody tr')).toHaveCount(LINES);
  await shipInView(page, { width: 1024, height: 600 });
  await shipInView(page, { width: 1280, height: 800 });

  // Tabbing through the package fields at 1024×600: each focused field shows above the sticky
  // action bar, not under it.
  await page.setViewportSize({ width: 1024, height: 600 });
  const bar = page.locator('.ship-actions');
  let checked = 0;
  for (const label of ['Weight', 'Length', 'Width', 'Height']) {
    const field = pkg.getByLabel(label, { exact: true });
    if (label !== 'Weight' && (await field.count()) === 0) continue;
    await field.focus();
    await expect(field).toBeFocused();
    const [f, b] = [await field.boundingBox(), await bar.boundingBox()];
    expect(f && b && f.y + f.height <= b.y + 0.5, `${label} is above the action bar (${JSON.stringify(f)} vs ${JSON.stringify(b)})`).toBe(true);
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(1);
});
