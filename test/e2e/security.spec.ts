import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, wedgeScan } from './fixtures';

test('HTML and SQL metacharacters in text fields are stored and shown literally', async ({ page, station }) => {
  const evil = `<img src=x onerror="window.__xss=1">'; DROP TABLE products;--`;
  const products = join(station.dataDir, 'evil-products.csv');
  writeFileSync(products, `sku,name,tracking\nEVIL-1,"${evil.replaceAll('"', '""')}",none\n`);
  station.cli('import', 'products', products);
  const pos = join(station.dataDir, 'evil-pos.csv');
  writeFileSync(pos, `po_number,vendor,sku,qty\nPO-<b>X</b>,"<script>window.__xss=2</script>",EVIL-1,2\n`);
  station.cli('import', 'purchase-orders', pos);

  await page.goto(station.url);
  await wedgeScan(page, 'PO-<b>X</b>');
  await expect(page.locator('.po-header')).toContainText('PO-<b>X</b>');
  await expect(page.locator('.po-header')).toContainText('<script>window.__xss=2</script>');
  await expect(page.getByRole('cell', { name: evil })).toBeVisible();
  await wedgeScan(page, 'EVIL-1');
  await expect(page.locator('.verdicts').getByRole('status')).toContainText('Received 1 × EVIL-1');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
