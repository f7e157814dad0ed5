import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { electronBinary } from './electron-binary';
import type { StationClient } from '../../shared/api/client';
import { expect, ROOT, test } from './fixtures';

declare global {
  interface Window {
    scanbay?: StationClient;
  }
}

const exe = electronBinary();
const NO_BINARY = 'no Electron binary (node_modules/electron has no dist/; install without ELECTRON_SKIP_BINARY_DOWNLOAD)';
if (!exe) process.stdout.write(`skipped: ${NO_BINARY}\n`);

test.describe('desktop app (Electron)', () => {
  test.skip(!exe, NO_BINARY);
  let app: ElectronApplication;
  let dataDir: string;

  test.beforeAll(() => {
    // What `npm start` does before launching: better-sqlite3 for Electron's ABI, beside the Node build.
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/tools/prepare-electron-native.ts')], { cwd: ROOT, stdio: 'inherit' });
  });
  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'scanbay-electron-'));
    app = await electron.launch({ executablePath: exe as string, args: [ROOT, '--data-dir', dataDir], cwd: ROOT });
  });
  test.afterEach(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens the station window with the typed bridge only, a CSP and no Node', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
    expect(await page.title()).toBe('ScanBay');
    expect(await page.evaluate(() => Object.keys(window.scanbay ?? {}).sort())).toEqual(['on', 'onLink', 'ready', 'request']);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    const info = await page.evaluate(() => window.scanbay?.request('station.info', {}));
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', dataDir } });
    // The station lives in the utility process, not in the main process.
    expect(await app.evaluate(({ app: a }) => a.getAppMetrics().some((m) => m.type === 'Utility' && m.serviceName === 'ScanBay station'))).toBe(true);
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toContain("default-src 'none'");
  });

  test('refuses navigation away and new windows', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
    expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^scanbay:\/\/app\//);
    expect(app.windows()).toHaveLength(1);
  });

  test('quitting waits for the backend to close the station; the options file is station-options.json', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
    expect(await page.evaluate(() => window.scanbay?.request('options.set', { values: { 'general.stationName': 'Bench 9' } }))).toMatchObject({ ok: true });
    await app.close();
    const log = readFileSync(join(dataDir, 'logs', 'scanbay.log'), 'utf8');
    expect(log).toContain('"msg":"station backend stopped"');
    expect(JSON.parse(readFileSync(join(dataDir, 'station-options.json'), 'utf8'))).toMatchObject({ general: { stationName: 'Bench 9' } });
    expect(existsSync(join(dataDir, 'config.json'))).toBe(false);
    app = await electron.launch({ executablePath: exe as string, args: [ROOT, '--data-dir', dataDir], cwd: ROOT });
  });

  test('a second start focuses the first window instead of opening another', async () => {
    await app.firstWindow();
    const second = spawnSync(exe as string, [ROOT, '--data-dir', dataDir], { timeout: 20_000 });
    expect(second.status).toBe(0);
    expect(app.windows()).toHaveLength(1);
  });
});
