import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, expect, signInByDialog, startServe, stopChild, test, wedgeScan } from './fixtures';
import { createEmptyDatabase, createTestDatabase, postgresSkipReason, type TestDatabase } from '../helpers/postgres';
import { tcpProxy, type TcpProxy } from '../helpers/tcp-proxy';
import { accepted, rejected } from './receiving-helpers';

/**
 * One warehouse, many stations, in the browser: Settings → Storage, the banner while the shared
 * database cannot be reached, and changes made at one station showing at another.
 */
const skip = postgresSkipReason();
if (skip) console.log(`skipped: stations on PostgreSQL in the browser: ${skip}`);

const cli = (dataDir: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scanbay ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
};

/** A keyboard user: Alt+5 to Settings, then arrow keys along the tabs to the one named. */
async function settingsTab(page: import('@playwright/test').Page, name: string): Promise<void> {
  await page.keyboard.press('Alt+5');
  const tab = page.getByRole('tab', { name });
  for (let i = 0; i < 12 && (await tab.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
  }
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test.describe('one warehouse, many stations', () => {
  test.use({ viewport: { width: 1024, height: 600 } });

  test('Settings → Storage shows the station’s database and checks a new one before keeping it, never showing the password', async ({ page, station }) => {
    test.skip(skip !== null, skip ?? '');
    const target = await createEmptyDatabase();
    try {
      await page.goto(station.url);
      await settingsTab(page, 'Storage');
      await expect(page.getByTestId('storage-database')).toHaveText(`sqlite:${join(station.dataDir, 'scanbay.db')}`);
      await expect(page.getByTestId('storage-state')).toHaveText('reachable');
      const url = new URL(target.url);
      const password = decodeURIComponent(url.password);
      url.password = '';
      await page.getByLabel('Database URL').fill(`${url.toString()}`);
      await page.getByLabel('Database password').fill('not-the-password');
      await page.getByLabel('Database password').press('Enter');
      await expect(page.getByRole('alert').filter({ hasText: 'password authentication failed' })).toBeVisible();
      await page.getByLabel('Database password').fill(password);
      await page.getByLabel('Database password').press('Enter');
      const saved = page.getByRole('status').filter({ hasText: 'Saved: this station uses postgres://' });
      await expect(saved).toContainText('after a restart');
      await expect(saved).toContainText(':***@');
      await expect(page.locator('body')).not.toContainText(`:${password}@`);
      const config = JSON.parse(readFileSync(join(station.dataDir, 'station.json'), 'utf8')) as { database: { url: string } };
      expect(new URL(config.database.url).password).toBe(encodeURIComponent(password));
      expect(JSON.parse(cli(station.dataDir, 'db', 'info'))).toMatchObject({ kind: 'postgres', chosen_by: 'config' });
    } finally {
      await target.drop();
    }
  });

  test.describe('on PostgreSQL', () => {
    test.skip(skip !== null, skip ?? '');
    let pg: TestDatabase;
    const children: ChildProcess[] = [];
    const dirs: string[] = [];
    let proxy: TcpProxy | undefined;
    test.beforeEach(async () => {
      pg = await createTestDatabase();
    });
    test.afterEach(async () => {
      for (const c of children.splice(0)) await stopChild(c);
      await proxy?.close();
      proxy = undefined;
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
      await pg.drop();
    });
    const station = async (database: string, extra: string[] = []) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-e2e-pg-'));
      dirs.push(dataDir);
      cli(dataDir, 'options', 'set', 'devices.wedge.maxGapMs', '120');
      const served = await startServe(dataDir, ['--database', database, ...extra]);
      children.push(served.child);
      return { ...served, dataDir };
    };

    test('while the database is away every scan is refused with the banner; it clears and scanning goes on when it is back', async ({ page }) => {
      const target = new URL(pg.url);
      proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
      const viaProxy = new URL(pg.url);
      viaProxy.port = String(proxy.port);
      const dock = await station(viaProxy.toString(), ['--demo']);
      await page.goto(dock.url);
      await signInByDialog(page, 'ana', '1234');
      await page.getByRole('textbox', { name: 'Scan' }).focus();
      await wedgeScan(page, 'PO-1002');
      await expect(page.locator('.po-header')).toContainText('PO-1002');
      await wedgeScan(page, 'SCL-200');
      await expect(accepted(page)).toContainText('scan its serial number');

      await proxy.down();
      await wedgeScan(page, 'SCLDOWN001');
      await expect(rejected(page)).toContainText('Database unreachable — nothing was recorded');
      await expect(page.getByTestId('storage-banner')).toHaveText('Database unreachable — nothing was recorded');
      await expect(page.getByRole('textbox', { name: 'Scan' })).toBeFocused();

      await proxy.up();
      await expect(page.getByTestId('storage-banner')).toBeHidden();
      await wedgeScan(page, 'SCLDOWN001');
      await expect(accepted(page)).toContainText('Received SCL-200 serial SCLDOWN001');
    });

    test('an order added and an option changed at one station show at another station’s screens without a reload', async ({ page }) => {
      const a = await station(pg.url, ['--demo']);
      const b = await station(pg.url);
      await page.goto(b.url);
      await page.keyboard.press('Alt+2');
      await page.getByRole('tab', { name: 'Orders' }).click();
      const list = page.getByRole('table', { name: 'Orders list' });
      await expect(list).toContainText('SO-2001');
      await expect(list).not.toContainText('SO-LIVE-1');
      const orders = join(a.dataDir, 'orders.csv');
      writeFileSync(orders, 'order_number,warehouse,sku,qty,picked\nSO-LIVE-1,MAIN,SCN-100,1,true\n');
      cli(a.dataDir, 'import', 'orders', orders, '--database', pg.url);
      await expect(list).toContainText('SO-LIVE-1');

      await settingsTab(page, 'Receiving');
      await expect(page.getByTestId('shared-options')).toContainText('Shared by every station of the warehouse');
      const over = page.getByLabel('Allow receiving more than ordered');
      await expect(over).not.toBeChecked();
      cli(a.dataDir, 'options', 'set', 'receiving.allowOverReceive', 'true', '--database', pg.url);
      await expect(over).toBeChecked();
    });

    test('the Ship screen at one station follows the order another station packs and ships, without a reload', async ({ page }) => {
      const a = await station(pg.url, ['--demo']);
      const b = await station(pg.url);
      const key = JSON.parse(cli(a.dataDir, 'api-key', 'create', '--name', 'erp', '--database', pg.url)) as { token: string; channel_key: string };
      const post = async (path: string, body: unknown) => {
        const res = await fetch(`${new URL(a.url).origin}/api/v1${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-access-token': key.token, 'x-channel-key': key.channel_key },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as { data?: { verdict?: string } } };
      };
      await page.goto(b.url);
      await page.keyboard.press('Alt+2');
      await page.getByRole('textbox', { name: 'Scan' }).focus();
      await wedgeScan(page, 'SO-2003');
      const header = page.locator('.po-header');
      await expect(header).toContainText('0 of 4 units scanned');

      // Station a (through its REST API) packs SO-2003: station b's open wizard shows it.
      for (let i = 0; i < 4; i++) expect((await post('/orders/SO-2003/scans', { code: 'LBL-4X6' })).body.data?.verdict).toBe('accepted');
      await expect(header).toContainText('4 of 4 units scanned');
      await expect(page.getByRole('form', { name: 'Package' })).toBeVisible();

      expect((await post('/orders/SO-2003/ship', { weight: { value: 1, unit: 'kg' } })).status).toBe(200);
      await expect(page.getByRole('alert').filter({ hasText: 'SO-2003 was shipped at another station: it takes no more scans.' })).toBeVisible();
      await expect(page.getByTestId('shipment')).toContainText('packed by api:erp');
      await expect(page.getByRole('form', { name: 'Package' })).toBeHidden();
    });
  });
});
