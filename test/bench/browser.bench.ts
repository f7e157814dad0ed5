// Browser mode's first paint (issue 22): Debian's Chromium (through Playwright) opening the UI of a
// `scanbay serve` in its own process, each load in a fresh browser context (empty cache, as a
// station's first start of the day). Two moments after navigation start: the first contentful
// paint (Paint Timing API) and the Scan field taking focus (the station is ready for a scan).
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/playwright.config';
import { startServe } from '../helpers/cli';
import { SERVE_START_MS } from './rest-station';
import { latency } from './stats';
import type { Bench } from './types';

declare global {
  interface Window {
    __scanFieldReady?: number;
  }
}

/** Runs in the page before any of its scripts: notes when the textbox labelled "Scan" gets focus. */
function watchScanField(): void {
  document.addEventListener(
    'focusin',
    (e) => {
      const el = e.target;
      if (window.__scanFieldReady === undefined && el instanceof HTMLInputElement && el.labels?.[0]?.textContent?.trim() === 'Scan') {
        window.__scanFieldReady = performance.now();
      }
    },
    true,
  );
}

const firstPaint: Bench = async (ctx) => {
  const loads = ctx.size === 'full' ? 30 : 10;
  const { child, url } = await startServe(['--port', '0', '--data-dir', ctx.tmpDir], SERVE_START_MS);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const paint: number[] = [];
  const ready: number[] = [];
  try {
    // One load first (not counted): the server's first answers include its own warm-up.
    for (let i = 0; i <= loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 600 } });
      try {
        const page = await context.newPage();
        await page.addInitScript(watchScanField);
        await page.goto(url);
        await page.waitForFunction(() => window.__scanFieldReady !== undefined, undefined, { timeout: 30_000 });
        // The paint timing entry is queued after the frame that painted: wait for it (bounded).
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
        const m = await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          ready: window.__scanFieldReady as number,
        }));
        if (m.fcp === undefined) throw new Error('Chromium reported no first-contentful-paint');
        if (i === 0) continue;
        paint.push(m.fcp);
        ready.push(m.ready);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
  const p = latency(paint, 1);
  const r = latency(ready, 1);
  return [
    { name: 'browser.first_contentful_paint', value: p.p50, unit: 'ms', ...p, target: 'reported (p50; ms after navigation start, fresh context per load)' },
    { name: 'browser.scan_field_ready', value: r.p50, unit: 'ms', ...r, target: 'reported (p50; ms after navigation start until the Scan field has focus)' },
  ];
};

export const benches: Bench[] = [firstPaint];
