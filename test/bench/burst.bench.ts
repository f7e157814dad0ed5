// Burst (issue 9): 20 scans per second fed through the keyboard-wedge path (Scan field) in the browser and
// through the REST scans endpoint — zero dropped, zero reordered, every verdict shown.
// Quick size: 6 s each; BENCH_SIZE=full: 60 s each.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openStation } from '../../electron/backend/station';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { openDatabase } from '../../electron/storage/database';
import { nowMs, percentile } from './stats';
import type { Bench, BenchResult } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'electron/cli/scanbay.mjs');
const RATE = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

async function prepare(dataDir: string, units: number): Promise<{ token: string; channel_key: string }> {
  const station = await openStation({ dataDir, shell: 'cli', log: () => {} });
  await upsertProduct(station.database.db, { sku: 'BRS', name: 'Burst unit', tracking: 'full' });
  for (const po of ['PO-UI', 'PO-API']) await upsertPurchaseOrder(station.database.db, { po_number: po, vendor: 'V', lines: [{ sku: 'BRS', qty: units }] });
  await station.close();
  return JSON.parse(spawnSync(process.execPath, [cli, 'api-key', 'create', '--name', 'burst', '--data-dir', dataDir], { encoding: 'utf8' }).stdout) as { token: string; channel_key: string };
}

function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ScanBay listening on (\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] as string });
    });
  });
}

/** Serials in ledger order (the order the station committed them) for a PO. */
async function committedOrder(dataDir: string, po: string): Promise<string[]> {
  const d = await openDatabase({ file: join(dataDir, 'scanbay.db'), readonly: true });
  const rows = d.sqlite!
    .prepare('select s.value from serials s join po_lines l on l.id = s.received_po_line_id join purchase_orders p on p.id = l.po_id where p.po_number = ? order by s.id')
    .all(po) as { value: string }[];
  await d.close();
  return rows.map((r) => r.value);
}

const burst: Bench = async (ctx) => {
  const seconds = ctx.size === 'full' ? 60 : 6;
  const n = RATE * seconds;
  const key = await prepare(ctx.tmpDir, n * 2);
  const server = await serve(ctx.tmpDir);
  const results: BenchResult[] = [];
  try {
    // REST: each scan is sent at its own time, without waiting for the previous answer.
    const headers = { 'content-type': 'application/json', 'x-access-token': key.token, 'x-channel-key': key.channel_key };
    const sent = Array.from({ length: n }, (_, i) => `API${String(i).padStart(6, '0')}`);
    const latencies: number[] = [];
    const t0 = nowMs();
    const answers = await Promise.all(
      sent.map(async (code, i) => {
        await sleep(t0 + (i * 1000) / RATE - nowMs());
        const s = nowMs();
        const res = await fetch(new URL('/api/v1/purchase-orders/PO-API/scans', server.url), { method: 'POST', headers, body: JSON.stringify({ code, sku: 'BRS' }) });
        const body = (await res.json()) as { data?: { verdict: string } };
        latencies.push(nowMs() - s);
        return body.data?.verdict;
      }),
    );
    const apiOrder = await committedOrder(ctx.tmpDir, 'PO-API');
    const apiOk = answers.every((a) => a === 'accepted') && apiOrder.join() === sent.join();
    results.push({ name: 'burst.rest.scans', value: answers.filter((a) => a === 'accepted').length, unit: 'accepted', n, p50: percentile(latencies, 50), p99: percentile(latencies, 99), target: `${n} accepted, ledger in send order`, met: apiOk });

    // Browser: a keyboard wedge typing 20 scans per second into the Receive screen.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.evaluate(() => {
        const w = window as unknown as { __verdicts: string[] };
        w.__verdicts = [];
        window.addEventListener('scanbay:feedback', (e) => w.__verdicts.push((e as CustomEvent<{ kind: string }>).detail.kind));
      });
      await page.getByRole('textbox', { name: 'Scan' }).waitFor();
      await page.keyboard.type('PO-UI');
      await page.keyboard.press('Enter');
      await page.locator('.po-header').waitFor();
      // The product with its quantity first; then one serial per unit, at scanner speed.
      await page.getByLabel('Quantity for the next product').fill(String(n));
      await page.getByLabel('Quantity for the next product').press('Enter');
      await page.keyboard.type('BRS');
      await page.keyboard.press('Enter');
      await page.locator('.verdicts').getByText(`scan ${n} serial numbers`).waitFor();
      await page.evaluate(() => ((window as unknown as { __verdicts: string[] }).__verdicts.length = 0));
      const typed = Array.from({ length: n }, (_, i) => `UI${String(i).padStart(6, '0')}`);
      const t1 = nowMs();
      let late = 0;
      for (let i = 0; i < n; i++) {
        const due = t1 + (i * 1000) / RATE;
        if (nowMs() > due + 50) late++;
        await sleep(due - nowMs());
        // The characters arrive in the focused Scan field as one input (Playwright sends each key as
        // separate round trips, too slow to mimic a scanner's burst at this rate), then Enter.
        await page.keyboard.insertText(`${typed[i]}`);
        await page.keyboard.press('Enter');
      }
      await page.waitForFunction((count) => (window as unknown as { __verdicts: string[] }).__verdicts.length >= count, n, { timeout: 30_000 }).catch(() => undefined);
      const verdicts = await page.evaluate(() => (window as unknown as { __verdicts: string[] }).__verdicts);
      const uiOrder = await committedOrder(ctx.tmpDir, 'PO-UI');
      const uiOk = verdicts.length === n && verdicts.every((v) => v === 'accepted') && uiOrder.join() === typed.join();
      results.push({ name: 'burst.wedge.scans', value: verdicts.filter((v) => v === 'accepted').length, unit: 'verdicts shown', n, baseline: late, target: `${n} verdicts shown, ledger in typing order (baseline = scans typed late)`, met: uiOk });
    } finally {
      await browser.close();
    }
  } finally {
    server.child.kill('SIGTERM');
  }
  return results;
};

export const benches: Bench[] = [burst];
