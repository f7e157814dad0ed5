import type { Page } from '@playwright/test';
import { expect, wedgeScan, type ServedStation } from './fixtures';
import { accepted } from './receiving-helpers';

export { accepted, rejected, row, scanExpect } from './receiving-helpers';

export const scanField = (page: Page) => page.getByRole('textbox', { name: 'Scan' });

/** Opens Scan & Ship (Alt+2) and an order by scanning its number; the Scan field has focus. */
export async function openOrder(page: Page, station: ServedStation, order: string): Promise<void> {
  await page.goto(station.url);
  await expect(scanField(page)).toBeFocused();
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Scan & Ship' })).toBeVisible();
  await expect(page.getByText('Scan or type the order number.')).toBeVisible();
  await expect(scanField(page)).toBeFocused();
  await wedgeScan(page, order);
  await expect(page.locator('.po-header')).toContainText(order);
  await expect(accepted(page)).toContainText(`Packing ${order}`);
  await expect(scanField(page)).toBeFocused();
}

/** A second window on the same station drives the simulated scale (Settings → Devices). */
export async function scaleControl(page: Page, url: string): Promise<(state: string) => Promise<void>> {
  const admin = await page.context().newPage();
  await admin.goto(url);
  await admin.keyboard.press('Alt+5');
  await admin.getByRole('tab', { name: 'Devices' }).click();
  const field = admin.getByLabel('Simulated scale state (e.g. 1.234 kg, motion, over)');
  return async (state) => {
    await field.fill(state);
    await field.press('Enter');
    await expect(admin.getByRole('status').filter({ hasText: 'Simulated scale: done' })).toBeVisible();
  };
}

/** Scans codes one after another, each waiting for its accepted verdict (text after the ✔). */
export async function scanAll(page: Page, codes: string[]): Promise<void> {
  for (const code of codes) {
    const before = await page.locator('.scan-log li').count();
    await wedgeScan(page, code);
    await expect(page.locator('.scan-log li')).toHaveCount(before + 1);
    await expect(page.locator('.scan-log li').first(), code).toHaveClass(/scan-log-accepted/);
  }
}
