import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import WebSocket from 'ws';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'electron/cli/scanbay.mjs');

export interface ServedStation {
  /** The URL printed by `scanbay serve` (opens the UI, with its per-run key). */
  url: string;
  origin: string;
  dataDir: string;
  /** Runs the CLI on this station's data dir; returns stdout (throws on a non-zero exit). */
  cli(...args: string[]): string;
}

export async function startServe(dataDir: string, extra: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`scanbay serve did not start: ${err}`)), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^ScanBay listening on (\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`scanbay serve exited with ${code}: ${err}`)));
  });
  return { child, url };
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Calls the station API over the served WebSocket, as the UI does (origin and per-run key of the
 * URL); resolves with the result value or rejects with the station's error message.
 */
export function stationRequest(url: string, name: string, input: unknown): Promise<unknown> {
  const u = new URL(url);
  const key = u.hash.replace(/^#key=/, '');
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${u.host}/ws?key=${encodeURIComponent(key)}`, { origin: u.origin });
    ws.on('open', () => ws.send(JSON.stringify({ t: 'req', id: 1, name, input })));
    ws.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { t: string; id?: number; result?: { ok: boolean; value?: unknown; error?: { message: string } } };
      if (msg.t !== 'res' || msg.id !== 1) return;
      ws.close();
      if (msg.result?.ok) resolve(msg.result.value);
      else reject(new Error(`${name}: ${msg.result?.error?.message ?? 'failed'}`));
    });
    ws.on('error', reject);
  });
}

/** The user the `station` fixture signs in (unless `signedIn: false`). */
export const E2E_USER = { name: 'e2e', pin: '4321' } as const;

type Fixtures = {
  station: ServedStation;
  demo: boolean;
  /**
   * Whether the station starts with a user signed in (the default): the fixture adds the user
   * `e2e` (PIN 4321) with the CLI and signs it in through the station API before the test runs.
   * `general.requireSignIn` is on by default, so station work needs someone signed in. Sign-in
   * specs opt out with `test.use({ signedIn: false })`.
   */
  signedIn: boolean;
  /** The role of the signed-in `e2e` user: `supervisor` for specs that change settings or users in the UI. */
  role: 'operator' | 'supervisor';
};

export const test = base.extend<Fixtures>({
  demo: [false, { option: true }],
  signedIn: [true, { option: true }],
  role: ['operator', { option: true }],
  // A key pressed right after `page.goto` (Alt+5…) must find the app's key handlers in place:
  // under CI load the load event can come well before React's first commit.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      // The screens' navigation, in whatever language the station speaks.
      await page.locator('nav.nav').waitFor({ timeout: 10_000 }).catch(() => undefined);
      return response;
    };
    await use(page);
  },
  station: async ({ demo, signedIn, role }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-e2e-'));
    // Playwright's key events carry the time the test runner sent them, which stretches under CI
    // load (a real scanner's keys carry the hardware time): allow wider gaps inside a wedge burst.
    spawnSync(process.execPath, [CLI, 'options', 'set', 'devices.wedge.maxGapMs', '120', '--data-dir', dataDir]);
    const { child, url } = await startServe(dataDir, demo ? ['--demo'] : []);
    const cli = (...args: string[]) => {
      const r = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`scanbay ${args.join(' ')} failed: ${r.stderr}`);
      return r.stdout;
    };
    if (signedIn) {
      cli('users', 'add', '--name', E2E_USER.name, '--role', role, '--pin', E2E_USER.pin);
      await stationRequest(url, 'session.signIn', E2E_USER);
    }
    await use({ url, origin: new URL(url).origin, dataDir, cli });
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/**
 * Makes the station slow to answer: every message from the station bridge reaches the page `ms`
 * later (in order). Call before `page.goto`.
 */
export async function slowStation(page: Page, ms: number): Promise<void> {
  await page.routeWebSocket(/\/ws\?key=/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => void setTimeout(() => ws.send(m), ms));
  });
}

/** Types a scan like a keyboard-wedge scanner: characters then Enter, into whatever has focus. */
export async function wedgeScan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

export { expect };

/** Signs `name` in through the status bar's Sign in dialog, by keyboard (PIN typed, then Enter). */
export async function signInByDialog(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Name').selectOption(name);
  await dialog.getByLabel('PIN', { exact: true }).fill(pin);
  await dialog.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(page.getByTestId('status-user')).toContainText(`User: ${name}`);
}
