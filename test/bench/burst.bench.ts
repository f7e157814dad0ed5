// Burst (issues 9 and 22): scans at 20 and at 100 per second, each sent at its own time without
// waiting for earlier answers, through the REST scans endpoint and through the keyboard-wedge path
// (typed into the Scan field in Chromium) of one `scanbay serve` — zero dropped, every verdict
// shown, the ledger in the order the scans were sent. REST requests go pipelined on one connection
// (they reach the station in send order, so any reordering is the station's). How many were in
// flight at once is reported, so a run where they never overlapped shows it.
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
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
    const w = window as unknown as { __verdicts: string[] };
    w.__verdicts = [];
    window.addEventListener('scanbay:feedback', (e) => w.__verdicts.push((e as CustomEvent<{ kind: string }>).detail.kind));
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
  await page.evaluate(() => ((window as unknown as { __verdicts: string[] }).__verdicts.length = 0));
}

async function wedgeBurst(ctx: BenchContext, page: Page, url: string, rate: number, from: number): Promise<BenchResult[]> {
  const n = wedgeCount(ctx, rate);
  const po = `PO-UI-${rate}`;
  await openPo(page, url, po, n);
  const typed = benchSerials(SERIAL_STREAMS.burstWedge, n, from);
  // The characters arrive in the focused Scan field as one input, then Enter (Playwright sends each
  // key as its own round trip, too slow to mimic a scanner's burst at these rates).
  const run = await runOnSchedule(rate, n, async (i) => {
    await page.keyboard.insertText(typed[i] as string);
    await page.keyboard.press('Enter');
  }, nowMs);
  const verdictsShown = () => page.evaluate(() => (window as unknown as { __verdicts: string[] }).__verdicts);
  await page.waitForFunction((count) => (window as unknown as { __verdicts: string[] }).__verdicts.length >= count, n, { timeout: Math.max(30_000, n * 20) }).catch(() => undefined);
  const verdicts = await verdictsShown();
  const accepted = verdicts.filter((v) => v === 'accepted').length;
  const order = checkOrder(typed, await committedOrder(ctx.tmpDir, po));
  const ok = verdicts.length === n && accepted === n && order.missing + order.unexpected + order.outOfOrder === 0;
  const late = run.sends.filter((s) => s.sent - s.due > LATE_MS).length;
  return [
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
