import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, wedgeScan, type ServedStation } from './fixtures';

/** The verdict regions of the current wizard. */
export const accepted = (page: Page) => page.locator('.verdicts').getByRole('status');
export const rejected = (page: Page) => page.locator('.verdicts').getByRole('alert');

/** Scans like a wedge scanner and waits for the verdict naming `expectText` (role status or alert). */
export async function scanExpect(page: Page, code: string, verdict: 'accepted' | 'rejected', expectText: string | RegExp): Promise<void> {
  await wedgeScan(page, code);
  await expect(verdict === 'accepted' ? accepted(page) : rejected(page)).toContainText(expectText);
}

/** Opens the Receive screen and a PO by scanning its number (or invoice / tracking number). */
export async function openPo(page: Page, station: ServedStation, reference: string, po: string): Promise<void> {
  await page.goto(station.url);
  await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
  await wedgeScan(page, reference);
  await expect(page.locator('.po-header')).toContainText(po);
  await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
}

export function row(page: Page, sku: string) {
  return page.locator(`tr[data-sku="${sku}"]`);
}

/** Adds WID-1 (full tracking, no length rule, no weight) and PO-E2E (ACME, MAIN: WID-1 ×3) through CSV import. */
export function addWidgetPo(station: ServedStation): void {
  const products = join(station.dataDir, 'wid-products.csv');
  writeFileSync(products, 'sku,name,tracking\nWID-1,Widget without rules,full\n');
  station.cli('import', 'products', products);
  const pos = join(station.dataDir, 'wid-pos.csv');
  writeFileSync(pos, 'po_number,vendor,warehouse,sku,qty\nPO-E2E,ACME,MAIN,WID-1,3\n');
  station.cli('import', 'purchase-orders', pos);
}
