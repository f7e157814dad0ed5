import type { Page } from '@playwright/test';
import { expect, test, wedgeScan, type ServedStation } from './fixtures';
import { accepted, openOrder, rejected, scanField } from './shipping-helpers';

test.use({ demo: true });

/** An API client with a fresh key made by the CLI: REST at the same station as the page. */
function apiClient(station: ServedStation) {
  const creds = JSON.parse(station.cli('api-key', 'create', '--name', 'erp').trim()) as { token: string; channel_key: string };
  const headers = { 'content-type': 'application/json', 'x-access-token': creds.token, 'x-channel-key': creds.channel_key };
  return async (path: string, body: unknown) => {
    const res = await fetch(`${station.origin}/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };
}

/**
 * Watches the page's station link (WebSocket frames): `answeredSince(mark())` waits until a
 * `shipping.state` request — the wizard's refetch after a push — has been answered since the mark.
 */
function stateRequests(page: Page) {
  const asked = new Set<number>();
  const answered: number[] = [];
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => {
      const m = typeof f.payload === 'string' ? (JSON.parse(f.payload) as { t: string; id?: number; name?: string }) : null;
      if (m?.t === 'req' && m.name === 'shipping.state' && m.id !== undefined) asked.add(m.id);
    });
    ws.on('framereceived', (f) => {
      const m = typeof f.payload === 'string' ? (JSON.parse(f.payload) as { t: string; id?: number }) : null;
      if (m?.t === 'res' && m.id !== undefined && asked.has(m.id)) answered.push(m.id);
    });
  });
  return {
    mark: () => answered.length,
    answeredSince: async (mark: number) => expect.poll(() => answered.length).toBeGreaterThan(mark),
  };
}

test('the open Ship wizard follows its order when REST packs it, keeping what is typed, and stops when REST ships it', async ({ page, station }) => {
  station.cli('options', 'set', 'shipping.allowMultipleQty', 'true');
  station.cli('options', 'set', 'shipping.allowManualTrackingNumber', 'true');
  const post = apiClient(station);
  const states = stateRequests(page);
  await openOrder(page, station, 'SO-2003');
  const header = page.locator('.po-header');
  await expect(header).toContainText('0 of 4 units scanned');
  await page.getByLabel('Quantity for the next item').fill('3');
  await scanField(page).focus();

  // REST packs two units: the wizard shows it without a reload; the typed quantity stays.
  expect((await post('/orders/SO-2003/scans', { code: 'LBL-4X6', qty: 2 })).body.data).toMatchObject({ verdict: 'accepted' });
  await expect(header).toContainText('2 of 4 units scanned');
  await expect(page.getByLabel('Quantity for the next item')).toHaveValue('3');
  await expect(page.locator('.scan-log li')).toHaveCount(0);
  await expect(accepted(page)).toContainText('Packing SO-2003');

  // REST packs the rest: the wizard is at the package step.
  expect((await post('/orders/SO-2003/scans', { code: 'LBL-4X6', qty: 2 })).body.data).toMatchObject({ verdict: 'accepted' });
  const pkg = page.getByRole('form', { name: 'Package' });
  await expect(pkg).toBeVisible();
  await expect(header).toContainText('4 of 4 units scanned');
  await pkg.getByLabel('Length').fill('30');
  await pkg.getByLabel('Tracking number').fill('1Z-TYPED-HERE');

  // A REST scan that changes nothing still makes the wizard read the order again: the typed
  // length and tracking number are still there after that refetch.
  const mark = states.mark();
  expect((await post('/orders/SO-2003/scans', { code: 'LBL-4X6' })).body.data).toMatchObject({ verdict: 'rejected' });
  await states.answeredSince(mark);
  await expect(pkg.getByLabel('Length')).toHaveValue('30');
  await expect(pkg.getByLabel('Tracking number')).toHaveValue('1Z-TYPED-HERE');

  // REST ships the order: the wizard says so, shows the shipment and takes no scans for it.
  expect((await post('/orders/SO-2003/ship', { weight: { value: 2, unit: 'kg' } })).status).toBe(200);
  await expect(rejected(page)).toContainText('SO-2003 was shipped through the REST API: it takes no more scans.');
  await expect(page.getByTestId('shipment')).toContainText('2000 g');
  await expect(page.getByTestId('shipment')).toContainText('packed by api:erp');
  await expect(pkg).toBeHidden();
  await expect(scanField(page)).toBeFocused();
  await wedgeScan(page, 'LBL-4X6');
  await expect(rejected(page)).toContainText('No order LBL-4X6');
  await expect(header).toContainText('SO-2003');
  await expect(header).toContainText('4 of 4 units scanned');
});
