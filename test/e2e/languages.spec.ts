// The station in German: a German browser (general.language `auto`) and a station switched to
// Deutsch in Settings receive and ship with the scanner, and every verdict is German. Expected
// sentences come from the German catalog, formatted with the parameters the station gives.
import type { MessageKey } from '../../shared/i18n/catalog';
import { formatMessage } from '../../shared/i18n/format';
import { expect, test, wedgeScan } from './fixtures';
import { accepted, rejected, row } from './receiving-helpers';

const de = (key: MessageKey, params: Record<string, string | number> = {}) => formatMessage('de', key, params);

test.describe('a German browser, language auto', () => {
  test.use({ demo: true, locale: 'de-DE' });

  test('receives a PO in German with the scanner only: prompts, verdicts, refusals, save', async ({ page, station }) => {
    await page.setViewportSize({ width: 1024, height: 600 });
    await page.goto(station.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const scan = page.getByRole('textbox', { name: de('ui-common.scan.label') });
    await expect(scan).toBeFocused();
    await expect(page.getByRole('navigation', { name: de('ui-common.nav.label') }).getByRole('button', { name: de('ui-common.screen.receive') })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText(de('ui-receive.findPo.prompt'))).toBeVisible();

    await wedgeScan(page, 'NW-5512');
    await expect(page.locator('.po-header')).toContainText('PO-1002');
    await wedgeScan(page, 'SCL-200');
    await expect(accepted(page)).toContainText(de('verdicts-receiving.scanSerials', { sku: 'SCL-200', qty: 1 }));
    await expect(page.getByText(de('verdicts-receiving.prompt.serial', { sku: 'SCL-200', index: 1, total: 1 }))).toBeVisible();
    await wedgeScan(page, 'SCLNEW0001');
    await expect(accepted(page)).toContainText(de('verdicts-receiving.receivedSerial', { sku: 'SCL-200', serial: 'SCLNEW0001' }).replace(/\.$/, ''));
    await expect(row(page, 'SCL-200').locator('td').nth(4)).toHaveText('1');
    await expect(scan).toBeFocused();

    // A refusal names its reason in German; the reason code stays.
    await wedgeScan(page, 'SCL-200');
    await wedgeScan(page, 'SCLNEW0001');
    await expect(rejected(page)).toContainText(de('verdicts-receiving.serial.duplicateOnPo', { serial: 'SCLNEW0001', po: 'PO-1002' }));
    await expect(rejected(page)).toContainText('duplicate_in_po');

    await page.getByRole('button', { name: de('ui-receive.wizard.save') }).click();
    await expect(accepted(page)).toContainText(de('ui-receive.wizard.saved', { po: 'PO-1002' }));
    // No English sentence is left on the screen.
    await expect(page.locator('main')).not.toContainText(/Received|Scan the|Save receive data|serial number/);
  });
});

test.describe('Settings → General → Language', () => {
  test.use({ demo: true, role: 'supervisor' });

  test('Deutsch switches the station to German at once; an order ships in German', async ({ page, station }) => {
    await page.setViewportSize({ width: 1024, height: 600 });
    station.cli('options', 'set', 'shipping.allowManualWeight', 'true');
    await page.goto(station.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.keyboard.press('Alt+5');
    await page.getByRole('tab', { name: 'General' }).focus();
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.focus();
    await language.selectOption('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: de('ui-common.screen.settings') })).toBeVisible();
    await expect(page.getByRole('combobox', { name: de('options.general.language.label') })).toHaveValue('de');
    expect(JSON.parse(station.cli('options', 'get', 'general.language'))).toBe('de');

    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: de('ui-ship.title') })).toBeVisible();
    await expect(page.getByText(de('ui-ship.findOrder.prompt'))).toBeVisible();
    const scan = page.getByRole('textbox', { name: de('ui-common.scan.label') });
    await expect(scan).toBeFocused();
    await wedgeScan(page, 'SO-2003');
    await expect(accepted(page)).toContainText(de('verdicts-shipping.open.toScan', { order: 'SO-2003', left: 4, required: 4 }));
    await wedgeScan(page, 'LBL-4X6');
    await expect(accepted(page)).toContainText(de('verdicts-shipping.item.packed', { qty: 1, sku: 'LBL-4X6', scanned: 1, required: 4, complete: 'no' }));
    for (let i = 2; i <= 4; i++) {
      await wedgeScan(page, 'LBL-4X6');
      await expect(accepted(page)).toContainText(de('verdicts-shipping.item.packed', { qty: 1, sku: 'LBL-4X6', scanned: i, required: 4, complete: 'no' }).replace(/\.$/, ''));
    }
    const pkg = page.getByRole('form', { name: de('ui-ship.package.form') });
    await expect(pkg).toBeVisible();
    await pkg.getByLabel(de('ui-ship.package.tracking')).fill('1ZTYPED0001');
    await pkg.getByLabel(de('ui-ship.package.weight'), { exact: true }).fill('2');
    await pkg.getByRole('button', { name: de('ui-ship.package.shipOrder') }).click();
    const shipped = de('verdicts-shipping.ship.done', { order: 'SO-2003', shipment: '1', multi: 'no', packages: 1, units: 4, weighed: 'yes', grams: 2000, tracked: 'yes', tracking: '1ZTYPED0001', note: 'none', rest: 'no', approver: '', reason: '', missing: '' });
    await expect(accepted(page)).toContainText(shipped);
    await expect(page.locator('main')).not.toContainText(/shipped: shipment|Packed|Scan or type/);
  });
});
