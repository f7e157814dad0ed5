import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/playwright.config';

/**
 * Debian's Chromium stands in for Electron's renderer: started headless with a DevTools port, so
 * the stand-in drives it through Playwright and a test can attach to the same pages (as
 * Playwright's `_electron` attaches to Electron). The endpoint is printed as `stand-in: cdp <url>`.
 */
export interface StandInBrowser {
  context: BrowserContext;
  endpoint: string;
  close(): Promise<void>;
}

let launched: Promise<StandInBrowser> | null = null;

export function standInBrowser(): Promise<StandInBrowser> {
  launched ??= launch();
  return launched;
}

async function launch(): Promise<StandInBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'scanbay-stand-in-chromium-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await devtoolsEndpoint(child);
  const browser: Browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  process.stdout.write(`stand-in: cdp ${endpoint}\n`);
  return {
    context,
    endpoint,
    async close() {
      await browser.close().catch(() => undefined);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      // Chromium's helper processes may still write into the profile for a moment after it exits.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // a leftover temp dir is not worth failing the app's exit over
      }
    },
  };
}

function devtoolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 60_000);
    child.stderr?.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-8000); // keep draining Chromium's stderr, keep only its tail
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${err}`)));
  });
}
