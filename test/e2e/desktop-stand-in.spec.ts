import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { StationClient } from '../../shared/api/client';
import { CLI, expect, signInByDialog, test, wedgeScan } from './fixtures';
import { accepted } from './receiving-helpers';
import { backendPid, launchStandInApp, type StandInApp } from './stand-in-app';

declare global {
  interface Window {
    scanbay?: StationClient;
  }
}

// The desktop app end to end without an Electron binary: electron/main runs against the stand-in
// `electron` module (test/stand-in/electron), its window in Debian's Chromium, its station backend
// a child process reached over (relayed) MessagePorts. test/e2e/electron.spec.ts runs the same
// app in real Electron where a binary exists.
test.describe.configure({ timeout: 300_000 });

let app: StandInApp | null = null;
let dataDir: string;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scanbay ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
};
const logText = () => readFileSync(join(dataDir, 'logs', 'scanbay.log'), 'utf8');
const logLines = () => logText().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { proc: string; level: string; msg: string });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-desktop-'));
});
test.afterEach(async () => {
  if (app && app.child.exitCode === null) app.child.kill('SIGKILL');
  await app?.detach();
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('empty data dir → demo data → a received serial → a backend crash survived with typed text kept → a clean quit', async () => {
  app = await launchStandInApp(['--data-dir', dataDir]);
  const { page } = app;
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible({ timeout: 60_000 });
  // The page gets the typed station client only; it speaks the browser mode's protocol over a MessagePort.
  expect(await page.evaluate(() => Object.keys(window.scanbay ?? {}).sort())).toEqual(['on', 'onLink', 'ready', 'request']);
  expect(await page.evaluate(() => window.scanbay?.request('station.info', {}))).toMatchObject({ ok: true, value: { shell: 'electron', dataDir } });
  // The page names the app icon (Chromium does not let Playwright route /favicon.ico requests, so
  // its loading is checked in browser mode: about.spec.ts).
  expect(await page.evaluate(() => document.querySelector('link[rel="icon"]')?.getAttribute('href'))).toBe('./favicon.ico');

  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Demo data loaded' })).toBeVisible();
  // Receiving needs someone signed in (general.requireSignIn): ana, from the demo's users.
  await signInByDialog(page, 'ana', '1234');

  const scanField = page.getByRole('textbox', { name: 'Scan' });
  await scanField.focus();
  await wedgeScan(page, 'NW-5512');
  await expect(page.locator('.po-header')).toContainText('PO-1002');
  await wedgeScan(page, 'SCL-200');
  await expect(accepted(page)).toContainText('scan its serial number');
  await wedgeScan(page, 'SCLDESK001');
  await expect(accepted(page)).toContainText('Received SCL-200 serial SCLDESK001');

  // One options file: the CLI writes station-options.json and the running app follows it.
  cli('options', 'set', 'general.stationName', 'Dock 7');
  await expect(page.getByText('Station: Dock 7')).toBeVisible();
  expect(existsSync(join(dataDir, 'station-options.json'))).toBe(true);
  expect(existsSync(join(dataDir, 'config.json'))).toBe(false);

  // The REST API is served by the backend process when the option says so.
  const port = await freePort();
  cli('options', 'set', 'api.port', String(port));
  cli('options', 'set', 'api.enabled', 'true');
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/v1/health`).catch(() => null))?.status ?? 0, { timeout: 30_000 }).toBe(200);

  // A native crash in the backend (SQLite, node-hid, serialport live there) leaves the window alone.
  const quantity = page.getByLabel('Quantity for the next product');
  await quantity.fill('4');
  const crashed = backendPid(logText());
  process.kill(crashed, 'SIGKILL');
  await expect(page.getByRole('status').filter({ hasText: 'Station restarting…' })).toBeVisible();
  await expect(page.getByText('Station restarting…')).toBeHidden({ timeout: 90_000 });
  expect(backendPid(logText())).not.toBe(crashed);
  await expect(quantity).toHaveValue('4');
  // A sign-in lives in the backend's memory: the new backend has nobody signed in.
  await signInByDialog(page, 'ana', '1234');
  await expect(quantity).toHaveValue('4');
  await scanField.focus();
  await wedgeScan(page, 'SCLDESK002');
  await expect(accepted(page).or(page.locator('.verdicts').getByRole('alert'))).toContainText('SCLDESK002');

  // Closing the window quits: the backend closes the station first.
  const last = backendPid(logText());
  await page.close();
  expect(await app.exited, `${app.output()}\n${logText()}`).toBe(0);
  expect(() => process.kill(last, 0)).toThrow();

  const lines = logLines();
  const messages = (proc: string) => lines.filter((l) => l.proc === proc).map((l) => l.msg);
  expect(messages('app')).toEqual(expect.arrayContaining(['ScanBay starting', 'crash: the station backend exited unexpectedly', 'restarting the station backend', 'ScanBay quitting', 'station backend stopped', 'ScanBay stopped']));
  expect(messages('backend')).toEqual(expect.arrayContaining(['station backend ready', 'station backend stopping', 'station backend stopped']));
});

test('pools.pdfTarget "dialog": a packing slip saved by the backend is printed by the main process from a hidden window', async () => {
  cli('options', 'set', 'general.requireSignIn', 'false');
  cli('options', 'set', 'pools.pdfTarget', 'dialog');
  cli('options', 'set', 'shipping.printPackingSlip', 'true');
  cli('options', 'set', 'shipping.allowManualWeight', 'true');
  app = await launchStandInApp(['--data-dir', dataDir]);
  const { page } = app;
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Demo data loaded' })).toBeVisible();
  const shipped = await page.evaluate(async () => {
    const api = window.scanbay as StationClient;
    await api.request('shipping.open', { order_number: 'SO-2003' });
    for (let i = 0; i < 4; i++) await api.request('shipping.scan', { order_number: 'SO-2003', code: 'LBL-4X6' });
    return api.request('shipping.ship', { order_number: 'SO-2003', weight: { value: 1.6, unit: 'kg' } });
  });
  const slip = join(dataDir, 'labels', 'slips', 'SO-2003-1.pdf');
  expect(shipped).toMatchObject({ ok: true, value: { verdict: 'accepted', message: expect.stringContaining(`Packing slip saved as ${slip} and opened in the print dialog.`) } });
  // The stand-in records the print call of the main process's hidden window (headless Chromium has no dialog).
  await expect.poll(() => /^stand-in: print (.+)$/m.exec(app?.output() ?? '')?.[1] ?? null, { timeout: 30_000 }).not.toBeNull();
  const printed = JSON.parse(/^stand-in: print (.+)$/m.exec(app.output())?.[1] as string) as { url: string; options: { silent: boolean } };
  expect(printed).toEqual({ url: pathToFileURL(slip).href, options: expect.objectContaining({ silent: false }) });
  expect(app.output()).not.toContain('stand-in: shell.openPath');
  await page.close();
  expect(await app.exited).toBe(0);
  expect(logLines().filter((l) => l.proc === 'app').map((l) => l.msg)).toContain('PDF printed');
});

test('a data dir the backend cannot open ends the app with a dialog that names the cause and the log', async () => {
  const db = new Database(join(dataDir, 'scanbay.db'));
  db.pragma('user_version = 9999');
  db.close();
  app = await launchStandInApp(['--data-dir', dataDir]);
  expect(await app.exited).toBe(1);
  const dialog = /^stand-in: dialog (.+)$/m.exec(app.output());
  expect(dialog, app.output()).not.toBeNull();
  const shown = JSON.parse(dialog?.[1] as string) as { title: string; content: string };
  expect(shown.title).toBe('ScanBay cannot start');
  expect(shown.content).toMatch(/newer/i);
  expect(shown.content).toContain(join(dataDir, 'logs', 'scanbay.log'));
  expect(logLines().filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(expect.arrayContaining(['the station cannot open', 'the station backend cannot start']));
});
