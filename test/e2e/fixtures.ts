import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

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
    const timer = setTimeout(() => reject(new Error(`scanbay serve did not start: ${err}`)), 20_000);
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

type Fixtures = { station: ServedStation; demo: boolean };

export const test = base.extend<Fixtures>({
  demo: [false, { option: true }],
  station: async ({ demo }, use) => {
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
