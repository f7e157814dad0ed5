import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openDatabase } from '../../electron/storage/database';
import { shipSerials } from '../helpers/returns-data';
import { expect, type ServedStation } from './fixtures';

/** Ships SO-2001 (SCN1000001, SCN1000002 and 2 cables) through storage, beside the running station. */
export async function shipDemoOrder(station: ServedStation): Promise<void> {
  const d = await openDatabase({ file: join(station.dataDir, 'scanbay.db') });
  try {
    await shipSerials(d.db, 'SO-2001', ['SCN1000001', 'SCN1000002'], [{ sku: 'CBL-USB', qty: 2 }]);
  } finally {
    await d.close();
  }
}

/** Reads rows from the station's database (beside the running station). */
export async function queryDb<T>(station: ServedStation, sql: string): Promise<T[]> {
  const d = await openDatabase({ file: join(station.dataDir, 'scanbay.db') });
  try {
    const { sql: raw } = await import('kysely');
    const r = await raw.raw<T>(sql).execute(d.db);
    return r.rows;
  } finally {
    await d.close();
  }
}

export const scanField = (page: Page) => page.getByRole('textbox', { name: 'Scan' });

/** The refusal of a scan that reached nothing ("This screen takes no scans"). */
export const refusal = (page: Page) => page.getByTestId('scan-refusal');

/** Opens the Returns screen; its Scan field has focus. */
export async function openReturns(page: Page, station: ServedStation): Promise<void> {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Returns', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Returns' })).toBeVisible();
  await expect(scanField(page)).toBeFocused();
}
