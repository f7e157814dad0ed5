// Burst (issues 9 and 22): scans at 20 and at 100 per second, each sent at its own time without
// waiting for earlier answers, through the REST scans endpoint and through the keyboard-wedge path
// (trusted key events in Chromium, read by the wedge detector) of one `scanbay serve` — zero dropped, every verdict
// shown, the ledger in the order the scans were sent. REST requests go pipelined on one connection
// (they reach the station in send order, so any reordering is the station's). How many were in
// flight at once is reported, so a run where they never overlapped shows it.
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { openStation } from '../../electron/backend/station';
import { openDatabase } from '../../electron/storage/database';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/playwright.config';
import { createApiKey, pipelinedClient, restStation, type RestStation } from './rest-station';
import { checkOrder, maxInFlight, runOnSchedule, type OrderCheck } from './schedule';
import { benchSerials, SERIAL_STREAMS } from './serials';
import { latency, MIN_P99_SAMPLES, nowMs } from './stats';
import type { Bench, BenchContext, BenchResult } from './types';

const RATES = [20, 100];
/** The wedge burst is over when no verdict came for this long (a lost scan never shows one). */
const STALL_MS = 30_000;
/** A send this much after its time is late (the client, not the station, fell behind). */
const LATE_MS = 5;

/** Quick: 10 s per rate. Full: 60 s per rate, and through REST at least 3,000 scans (a p99). */
const restCount = (ctx: BenchContext, rate: number) => (ctx.size === 'full' ? Math.max(MIN_P99_SAMPLES, rate * 60) : rate * 10);
const wedgeCount = (ctx: BenchContext, rate: number) => (ctx.size === 'full' ? rate * 60 : rate * 10);

/** Serials in ledger order (the order the station committed them) for a PO. */
async function committedOrder(dataDir: string, po: string): Promise<string[]> {
  const d = await openDatabase({ file: join(dataDir, 'scanbay.db'), readonly: true });
  try {
    const rows = d.sqlite!
      .prepare('select s.value from serials s join po_lines l on l.id = s.received_po_line_id join purchase_orders p on p.id = l.po_id where p.po_number = ? order by s.id')
      .all(po) as { value: string }[];
    return rows.map((r) => r.value);
  } finally {
    await d.close();
  }
}

const orderText = (o: OrderCheck) =>
  `${o.missing} missing, ${o.unexpected} unexpected${o.strangers.length ? ` such as ${o.strangers.join(', ')}` : ''}, ${o.outOfOrder} out of order`;

async function restBurst(ctx: BenchContext, server: RestStation, rate: number, from: number): Promise<BenchResult[]> {
  const n = restCount(ctx, rate);
  const po = `PO-API-${rate}`;
  const sent = benchSerials(SERIAL_STREAMS.burstRest, n, from);
  const client = pipelinedClient(server);
  const run = await runOnSchedule(rate, n, (i) => client.post<{ verdict: string }>(`/purchase-orders/${po}/scans`, { code: sent[i], sku: 'BRS' }), nowMs).finally(() => client.close());
  const accepted = run.results.filter((r) => r.verdict === 'accepted').length;
  const order = checkOrder(sent, await committedOrder(ctx.tmpDir, po));
  const ok = accepted === n && order.missing + order.unexpected + order.outOfOrder === 0;
  const lat = latency(run.sends.map((s) => s.answered - s.sent));
  const late = run.sends.filter((s) => s.sent - s.due > LATE_MS).length;
  const inFlight = maxInFlight(run.sends.map((s) => ({ start: s.sent, end: s.answered })));
  return [
    { name: `burst.rest.${rate}_per_s`, value: accepted, unit: 'accepted', ...lat, n, target: `${n} accepted, ledger in send order (${orderText(order)})`, met: ok },
    { name: `burst.rest.${rate}_per_s.in_flight`, value: inFlight, unit: 'requests', n, target: 'reported: most requests open at once (1 = they never overlapped)' },
    { name: `burst.rest.${rate}_per_s.late`, value: late, unit: 'requests', n, target: `reported: requests sent > ${LATE_MS} ms after their time (the client fell behind)` },
  ];
}

/** Opens a PO in the Receive screen with a product of `n` serials to scan, ready for the serials. */
async function openPo(page: Page, url: string, po: string, n: number): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => {
    const w = window as unknown as { __verdicts: string[]; __shownAt: number[] };
    w.__verdicts = [];
    w.__shownAt = [];
    window.addEventListener('scanbay:feedback', (e) => {
      w.__verdicts.push((e as CustomEvent<{ kind: string }>).detail.kind);
      w.__shownAt.push(performance.now());
    });
  });
  await page.getByRole('textbox', { name: 'Scan' }).waitFor();
  await page.keyboard.type(po);
  await page.keyboard.press('Enter');
  await page.locator('.po-header', { hasText: po }).waitFor();
  await page.getByLabel('Quantity for the next product').fill(String(n));
  await page.getByLabel('Quantity for the next product').press('Enter');
  await page.keyboard.type('BRS');
  await page.keyboard.press('Enter');
  await page.locator('.verdicts').getByText(`scan ${n} serial numbers`).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __verdicts: string[]; __shownAt: number[] };
    w.__verdicts.length = 0;
    w.__shownAt.length = 0;
  });
}

/** A wedge scanner's pace: a key every 0.5 ms (fast USB scanners send a key per 1 ms USB frame or faster). */
const KEY_EVERY_S = 0.0005;

/**
 * One scan as a keyboard-wedge scanner sends it: a keydown per character, then Enter, stamped with
 * the time the scanner sent them (as the OS stamps a device's keys), so the detector sees the
 * scanner's pace even when the DevTools session delivers a key late. Key-ups are left out: nothing
 * in the station reads them, and two messages per key would keep the client from the pace.
 */
function typeAsScanner(cdp: CDPSession, text: string): Promise<unknown> {
  const t0 = Date.now() / 1000;
  const keys: Record<string, unknown>[] = [...text].map((ch) => ({ key: ch, text: ch, unmodifiedText: ch }));
  keys.push({ key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
  return Promise.all(keys.map((k, i) => cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp: t0 + i * KEY_EVERY_S, ...k })));
}

async function wedgeBurst(ctx: BenchContext, page: Page, url: string, rate: number, from: number): Promise<BenchResult[]> {
  const n = wedgeCount(ctx, rate);
  const po = `PO-UI-${rate}`;
  await openPo(page, url, po, n);
  const typed = benchSerials(SERIAL_STREAMS.burstWedge, n, from);
  // Typed as a wedge scanner types: a trusted keydown/keyup per character, then Enter, through the
  // wedge detector like a real scanner's keys. The key events of a scan are queued on the DevTools
  // session without waiting for each answer (Playwright's keyboard.type awaits every key: too slow
  // for these rates); the session delivers them in order.
  const cdp = await page.context().newCDPSession(page);
  const run = await runOnSchedule(rate, n, (i) => typeAsScanner(cdp, typed[i] as string), nowMs);
  // The screen answers one scan after the other (each verdict before the next scan), so a burst
  // faster than that queues: wait while verdicts keep coming, and report the pace they came at.
  type Shown = { __verdicts: string[]; __shownAt: number[] };
  const shownCount = () => page.evaluate(() => (window as unknown as Shown).__verdicts.length);
  const shown = () => page.evaluate(() => ({ __verdicts: (window as unknown as Shown).__verdicts, __shownAt: (window as unknown as Shown).__shownAt }));
  for (let count = -1, still = 0; still < STALL_MS; ) {
    const now = await shownCount();
    if (now >= n) break;
    still = now === count ? still + 500 : 0;
    count = now;
    await new Promise((r) => setTimeout(r, 500));
  }
  const { __verdicts: verdicts, __shownAt: shownAt } = await shown();
  const shownFor = ((shownAt.at(-1) ?? 0) - (shownAt[0] ?? 0)) / 1000;
  const accepted = verdicts.filter((v) => v === 'accepted').length;
  const order = checkOrder(typed, await committedOrder(ctx.tmpDir, po));
  const ok = verdicts.length === n && accepted === n && order.missing + order.unexpected + order.outOfOrder === 0;
  const late = run.sends.filter((s) => s.sent - s.due > LATE_MS).length;
  const sentFor = (run.sends.at(-1)!.sent - run.sends[0]!.sent) / 1000;
  const achieved = sentFor > 0 ? (n - 1) / sentFor : n;
  return [
    { name: `burst.wedge.${rate}_per_s.achieved`, value: Math.round(achieved * 10) / 10, unit: 'scans/s', n, target: `reported: the pace the scans were typed at (asked: ${rate}/s)` },
    { name: `burst.wedge.${rate}_per_s.shown_per_s`, value: Math.round(((verdicts.length - 1) / Math.max(shownFor, 0.001)) * 10) / 10, unit: 'verdicts/s', n: verdicts.length, target: 'reported: the pace verdicts were shown at, first to last (one scan answered at a time)' },
    { name: `burst.wedge.${rate}_per_s`, value: accepted, unit: 'verdicts shown', n, target: `${n} accepted verdicts shown, ledger in typing order (${orderText(order)})`, met: ok },
    { name: `burst.wedge.${rate}_per_s.late`, value: late, unit: 'scans', n, target: `reported: scans typed > ${LATE_MS} ms after their time (the typing client fell behind)` },
  ];
}

const burst: Bench = async (ctx) => {
  const station = await openStation({ dataDir: ctx.tmpDir, shell: 'cli', log: () => {} });
  try {
    // The wedge burst types into the Receive screen with nobody signed in (the scans are the load).
    await station.options.set({ 'general.requireSignIn': false });
    await upsertProduct(station.database.db, { sku: 'BRS', name: 'Burst unit', tracking: 'full' });
    for (const rate of RATES) {
      await upsertPurchaseOrder(station.database.db, { po_number: `PO-API-${rate}`, vendor: 'V', lines: [{ sku: 'BRS', qty: restCount(ctx, rate) }] });
      await upsertPurchaseOrder(station.database.db, { po_number: `PO-UI-${rate}`, vendor: 'V', lines: [{ sku: 'BRS', qty: wedgeCount(ctx, rate) }] });
    }
  } finally {
    await station.close();
  }
  const server = await restStation(ctx.tmpDir, createApiKey(ctx.tmpDir, 'burst'));
  const results: BenchResult[] = [];
  try {
    // Each rate takes its own serials of the stream.
    for (const [k, rate] of RATES.entries()) results.push(...(await restBurst(ctx, server, rate, k * 1_000_000)));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      for (const [k, rate] of RATES.entries()) {
        // A fresh context per PO: nothing of the previous burst's screen comes back.
        const context = await browser.newContext({ viewport: { width: 1024, height: 600 } });
        try {
          results.push(...(await wedgeBurst(ctx, await context.newPage(), server.url, rate, k * 1_000_000)));
        } finally {
          await context.close();
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
  return results;
};

export const benches: Bench[] = [burst];
