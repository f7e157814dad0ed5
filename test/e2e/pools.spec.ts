import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type ServedStation } from './fixtures';

test.use({ demo: true });

const GTIN = '04012345000016'; // SCN-100 in the demo catalog

/** An API client with a fresh key made by the CLI. */
function apiClient(station: ServedStation, name: string) {
  const creds = JSON.parse(station.cli('api-key', 'create', '--name', name).trim()) as { token: string; channel_key: string };
  const headers = { 'content-type': 'application/json', 'x-access-token': creds.token, 'x-channel-key': creds.channel_key };
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${station.origin}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };
}

async function openPools(page: Page, station: ServedStation): Promise<void> {
  await page.goto(station.url);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Serials' }).click();
  await page.getByRole('tab', { name: 'Pools' }).click();
}

async function createPool(page: Page, sku: string, mode: 'batch' | 'continuous', limit?: number): Promise<void> {
  await page.getByRole('button', { name: 'New pool' }).click();
  const form = page.getByRole('form', { name: 'Create a pool' });
  await form.getByLabel('Product (SKU or GTIN)').fill(sku);
  await form.getByLabel('Pool type').selectOption(mode);
  if (limit !== undefined) await form.getByLabel('Serial limit (blank: default)').fill(String(limit));
  await form.getByRole('button', { name: 'Create pool' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(sku === 'SCN-100' ? 'Handheld barcode scanner' : sku) })).toBeVisible();
}

/**
 * POSTs a body of `bytes` over a raw socket and resolves with the HTTP status, or 0 when the
 * connection ended without one. The server answers 413 at once and closes while the body is
 * still arriving; the TCP reset that follows can discard the answer before it is read.
 */
function postHuge(url: string, bytes: number): Promise<number> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    const status = () => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    const timer = setTimeout(() => finish(), 30_000);
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(status());
    };
    socket.on('data', (d) => {
      answer += d.toString('latin1');
      if (status()) finish();
    });
    socket.on('error', () => finish());
    socket.on('close', () => finish());
    socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${bytes}\r\n\r\n`);
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    let sent = 0;
    const pump = () => {
      while (sent < bytes && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    pump();
  });
}

const donut = (page: Page) => ({ available: page.getByTestId('pool-available'), assigned: page.getByTestId('pool-assigned') });

test('generate a batch, print it to a file, request and release through the API: the donut follows', async ({ page, station }) => {
  const out = mkdtempSync(join(tmpdir(), 'scanbay-e2e-labels-'));
  try {
    await openPools(page, station);
    await createPool(page, 'SCN-100', 'batch');
    await page.getByLabel('Serials in the batch (1–500)').fill('20');
    await page.getByLabel('Batch name').fill('E2E batch');
    await page.getByRole('button', { name: 'Generate batch' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Generated batch E2E batch with 20 serials' })).toBeVisible();
    await expect(donut(page).available).toHaveText('Available: 20');
    await expect(donut(page).assigned).toHaveText('Assigned: 0');

    // Print the batch as ZPL to a file: the 20 serials become assigned.
    await page.getByRole('button', { name: 'Batches (1)' }).click();
    await page.getByRole('button', { name: 'Print batch E2E batch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print labels' });
    await dialog.getByLabel('Label format').selectOption('zpl');
    const zplPath = join(out, 'batch.zpl');
    await dialog.getByLabel('File path (blank: the labels folder of the data dir)').fill(zplPath);
    await dialog.getByRole('button', { name: 'Print' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Printed 20 labels to ${zplPath}; 20 serials now assigned` })).toBeVisible();
    await expect(donut(page).assigned).toHaveText('Assigned: 20');
    await expect(donut(page).available).toHaveText('Available: 0');
    const zpl = readFileSync(zplPath, 'utf8');
    expect(zpl.match(/\^XA/g)).toHaveLength(20);
    const serials = [...zpl.matchAll(/\^BCN,[^^]*\^FD([^^]+)\^FS/g)].map((m) => (m[1] as string).replaceAll('><', '>'));
    expect(serials).toHaveLength(20);
    expect(zpl).toContain(`^FD_101${GTIN}21${serials[0]}^FS`);

    // An ERP releases 5 of them, then requests 3: the donut follows without a reload.
    const api = apiClient(station, 'e2e-erp');
    const released = await api('POST', '/serials/release', { product_code: GTIN, serials: serials.slice(0, 5) });
    expect(released).toMatchObject({ status: 200, body: { success: true, message: 'Serials released' } });
    await expect(donut(page).available).toHaveText('Available: 5');
    await expect(donut(page).assigned).toHaveText('Assigned: 15');
    const requested = await api('POST', '/serials/request', { product_code: 'SCN-100', count: 3 });
    expect(requested.status).toBe(200);
    expect(requested.body.data).toHaveLength(3);
    await expect(donut(page).available).toHaveText('Available: 2');
    await expect(donut(page).assigned).toHaveText('Assigned: 18');
    await expect(page.getByRole('img', { name: 'Available 2, assigned 18' })).toBeVisible();
    expect((await api('GET', `/serial-pools/${GTIN}`)).body.data).toMatchObject({ available: 2, assigned: 18 });

    // The hover text of the donut segments carries the counts too.
    await expect(page.locator('.donut-available title')).toHaveText('Available: 2');

    // Select the two available serials and print a PDF sheet of them.
    await page.getByRole('button', { name: 'All serials' }).click();
    await page.getByLabel('Serial status').selectOption('available');
    await expect(page.getByRole('cell', { name: 'available', exact: true })).toHaveCount(2);
    await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
    await page.getByRole('button', { name: 'Print selected (2)' }).click();
    const pdfDialog = page.getByRole('dialog', { name: 'Print labels' });
    await pdfDialog.getByLabel('Label format').selectOption('pdf');
    const pdfPath = join(out, 'two.pdf');
    await pdfDialog.getByLabel('File path (blank: the labels folder of the data dir)').fill(pdfPath);
    await pdfDialog.getByRole('button', { name: 'Print' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Printed 2 labels' })).toBeVisible();
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(donut(page).assigned).toHaveText('Assigned: 20');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('search from 3 characters, bulk delete with confirmation, continuous pool', async ({ page, station }) => {
  await openPools(page, station);
  await createPool(page, 'SCN-100', 'continuous');
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Generate serial' }).click();
    await expect(donut(page).available).toHaveText(`Available: ${i + 1}`);
  }
  const values = (await page.locator('table.pool-serials tbody td.pool-mono').allTextContents()).map((v) => v.trim());
  expect(values).toHaveLength(3);

  const search = page.getByLabel('Search serials (at least 3 characters)');
  await search.fill((values[0] as string).slice(0, 2));
  await expect(page.getByText('Type at least 3 characters to search.')).toBeVisible();
  await search.fill((values[0] as string).slice(1, 8).toLowerCase());
  await expect(page.locator('table.pool-serials tbody tr')).toHaveCount(1);
  await search.fill('');

  await page.getByRole('checkbox', { name: `Select ${values[1]}` }).check();
  await page.getByRole('checkbox', { name: `Select ${values[2]}` }).check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete serials' });
  await expect(confirm).toContainText('Delete 2 serials');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(donut(page).available).toHaveText('Available: 3');
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await page.getByRole('alertdialog', { name: 'Delete serials' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 serials' })).toBeVisible();
  await expect(donut(page).available).toHaveText('Available: 1');

  // The pool list filters by product code or name.
  await page.getByLabel('Filter pools (product code or name)').fill('0401234');
  await expect(page.getByRole('button', { name: 'Open pool SCN-100' })).toBeVisible();
  await page.getByLabel('Filter pools (product code or name)').fill('no such thing');
  await expect(page.getByText('No pool matches the filter.')).toBeVisible();
  await page.getByRole('button', { name: 'Reset filter' }).click();
  await expect(page.getByRole('button', { name: 'Open pool SCN-100' })).toBeVisible();
});

test('bad input: past the pool limit, two clients on one serial, a 50 MB body', async ({ page, station }) => {
  await openPools(page, station);
  await createPool(page, 'SCN-100', 'batch', 10);
  await page.getByLabel('Serials in the batch (1–500)').fill('11');
  await page.getByRole('button', { name: 'Generate batch' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'pool limit reached' })).toContainText('nothing was generated');
  await expect(donut(page).available).toHaveText('Available: 0');
  await expect(page.getByRole('button', { name: 'Batches (0)' })).toBeVisible();

  const api = apiClient(station, 'e2e-race');
  const body = { product_code: GTIN, product_code_schema: 'GTIN', expiry_date: '281231', serials: ['SAME-SERIAL-1'] };
  const answers = await Promise.all([api('POST', '/serials/commission', body), api('POST', '/serials/commission', body)]);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  expect(answers.find((a) => a.status === 409)?.body.error).toMatchObject({ type: 'ConflictError', details: { conflicts: ['SAME-SERIAL-1'] } });
  await expect(donut(page).assigned).toHaveText('Assigned: 1');

  const bad = await api('POST', '/serials/commission', { ...body, product_code_schema: 'SKU', expiry_date: '281332', serials: ['HAS SPACE'] });
  expect(bad.status).toBe(400);
  expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['expiry_date', 'product_code_schema', 'serials.0']);

  // 413 whenever an answer gets through (see postHuge); either way the server keeps serving.
  expect([413, 0]).toContain(await postHuge(`${station.origin}/api/v1/serials/commission`, 50 * 1024 * 1024));
  expect((await api('GET', `/serial-pools/${GTIN}`)).status).toBe(200);
  await page.getByRole('button', { name: 'Generate batch' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'pool limit reached' })).toBeVisible();
  expect(existsSync(station.dataDir)).toBe(true);

  // Raising the pool's limit lets the same batch through.
  await page.getByText('Pool settings', { exact: true }).click();
  await page.getByLabel('Pool serial limit').fill('20');
  await page.getByRole('button', { name: 'Save pool settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Generate batch' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'with 11 serials' })).toBeVisible();
  await expect(donut(page).available).toHaveText('Available: 11');
});
