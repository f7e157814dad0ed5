import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ demo: true, viewport: { width: 1024, height: 600 } });

/** Settings → API, reached with the arrow keys from the General tab. */
async function apiTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'General' }).focus();
  for (let i = 0; i < 10; i++) {
    if (await page.getByRole('tab', { name: 'API' }).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowRight');
  }
}

test('Settings → API lists webhooks; a failing one shows since when and its last error', async ({ page, station }) => {
  // A receiver that is not there: every delivery fails (connection refused).
  const hook = JSON.parse(station.cli('webhooks', 'add', '--url', 'http://127.0.0.1:9/nobody', '--types', 'adjustment.applied')) as { id: number };
  const key = JSON.parse(station.cli('api-key', 'create', '--name', 'erp')) as { token: string; channel_key: string };
  const r = await fetch(`${station.origin}/api/v1/adjustments`, {
    method: 'POST',
    headers: { 'x-access-token': key.token, 'x-channel-key': key.channel_key, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'add', code: 'CBL-USB', qty: 1, warehouse: 'MAIN', reason: 'found' }),
  });
  expect(r.status).toBe(200);
  await expect.poll(() => (JSON.parse(station.cli('webhooks', 'list')) as { last_error: string | null }).last_error, { timeout: 30_000 }).not.toBeNull();

  await page.goto(station.url);
  await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await apiTab(page);
  await expect(page.getByRole('tab', { name: 'API' })).toBeFocused();
  const panel = page.getByRole('region', { name: 'Webhooks' });
  const item = panel.getByRole('listitem', { name: `Webhook ${hook.id}` });
  await expect(item).toContainText('http://127.0.0.1:9/nobody');
  await expect(item).toContainText('adjustment.applied');
  await expect(panel.getByTestId(`webhook-${hook.id}-state`)).toContainText('Failing since');
  await expect(panel.getByTestId(`webhook-${hook.id}-error`)).toContainText('Last error:');
  await item.scrollIntoViewIfNeeded();
  await expect(item).toBeInViewport();
});

test.describe('as a supervisor', () => {
  test.use({ role: 'supervisor' });

  test('a webhook disabled after 24 h of failures is turned on again from Settings → API by a supervisor', async ({ page, station }) => {
    const hook = JSON.parse(station.cli('webhooks', 'add', '--url', 'http://127.0.0.1:9/fixed-later')) as { id: number };
    // As the delivery leaves it after 24 h of failures (the clock is not ours to move here).
    // A second writer on a live station waits for its lock (the checkpoint worker, a delivery), as any should.
    execFileSync('sqlite3', ['-cmd', '.timeout 10000', join(station.dataDir, 'scanbay.db'), `update webhooks set enabled = 0, disabled_at = '2026-01-02T00:00:00.000Z', failing_since = '2026-01-01T00:00:00.000Z', last_error = 'HTTP 500' where id = ${hook.id}`]);
    await page.goto(station.url);
    await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await apiTab(page);
    const panel = page.getByRole('region', { name: 'Webhooks' });
    await expect(panel.getByTestId(`webhook-${hook.id}-state`)).toContainText('Disabled');
    const enable = panel.getByRole('button', { name: `Enable webhook ${hook.id}` });
    await enable.focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByTestId(`webhook-${hook.id}-state`)).toHaveText('Delivering');
    await expect(enable).toHaveCount(0);
    expect(JSON.parse(station.cli('webhooks', 'list'))).toMatchObject({ id: hook.id, enabled: true, last_error: null });
  });
});
