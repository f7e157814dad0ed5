import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ROOT } from './fixtures';

/**
 * The desktop app's main process (dist/electron/main.mjs) run against the stand-in `electron`
 * module (test/stand-in/electron): its window is a page of Debian's Chromium, attached here over
 * DevTools like Playwright's `_electron` attaches to Electron; its backend is a Node child process.
 */
export interface StandInApp {
  child: ChildProcess;
  page: Page;
  /** Everything the app printed (stand-in lines, dialogs). */
  output(): string;
  /** Resolves with the exit code once the app process has ended. */
  exited: Promise<number | null>;
  detach(): Promise<void>;
}

export async function launchStandInApp(args: string[], env: NodeJS.ProcessEnv = {}): Promise<StandInApp> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', join(ROOT, 'test/stand-in/electron/register.mjs'), join(ROOT, 'dist/electron/main.mjs'), ...args],
    { cwd: ROOT, env: { ...process.env, ...env, SCANBAY_STAND_IN: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stand-in app did not start: ${out}`)), 90_000);
    const check = () => {
      const m = /^stand-in: cdp (\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => reject(new Error(`the stand-in app exited with ${code}: ${out}`)));
  });
  const browser: Browser = await chromium.connectOverCDP(endpoint);
  const page = await firstAppPage(browser);
  return { child, page, output: () => out, exited, detach: () => browser.close().catch(() => undefined) };
}

async function firstAppPage(browser: Browser): Promise<Page> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const context of browser.contexts()) {
      const page = context.pages().find((p) => p.url().startsWith('https://app.scanbay.stand-in/'));
      if (page) {
        await page.bringToFront();
        return page;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the app window did not open');
}

/** The process id of the station backend the app started last (from the app's log). */
export function backendPid(logText: string): number {
  const started = logText
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { msg: string; backendPid?: number })
    .filter((l) => l.msg === 'station backend process started');
  const pid = started.at(-1)?.backendPid;
  if (!pid) throw new Error('the app has not logged a backend process');
  return pid;
}
