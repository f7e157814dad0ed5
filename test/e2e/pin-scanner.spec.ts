import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import { expect, stationRequest, test, type ServedStation } from './fixtures';
import { queryDb } from './lifecycle-helpers';
import { accepted, scanExpect } from './receiving-helpers';
import { openOrder } from './shipping-helpers';

// A PIN badge scanned with a scanner the station reads itself (HID, serial; here the simulator,
// which runs the HID POS decoder): while a PIN field has focus the station hands the scan to that
// page alone, so it is in no push to any UI, no page text, no log line and no scan log row.

test.use({ demo: true, signedIn: false });

const OPERATOR = { name: 'opal', pin: '582046' };
const SUPERVISOR = { name: 'sid', pin: '739184' };

test.beforeEach(({ station }) => {
  station.cli('options', 'set', 'devices.scanner.kind', 'simulator');
  station.cli('users', 'add', '--name', OPERATOR.name, '--role', 'operator', '--pin', OPERATOR.pin);
  station.cli('users', 'add', '--name', SUPERVISOR.name, '--role', 'supervisor', '--pin', SUPERVISOR.pin);
});

/** A scan from the station's scanner (the simulator, driven over another connection). */
const deviceScan = (station: ServedStation, code: string) => stationRequest(station.url, 'devices.simulate', { scan: code });

/**
 * Another UI on the station (a second window): it says it is ready and keeps every message it
 * gets — every push the station sends to every UI.
 */
async function otherUi(station: ServedStation): Promise<{ text(): string; close(): void }> {
  const u = new URL(station.url);
  const key = u.hash.replace(/^#key=/, '');
  const ws = new WebSocket(`ws://${u.host}/ws?key=${encodeURIComponent(key)}`, { origin: u.origin });
  const got: string[] = [];
  ws.on('message', (data: Buffer) => got.push(data.toString()));
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  ws.send(JSON.stringify({ t: 'ready' }));
  return { text: () => got.join('\n'), close: () => ws.close() };
}

/** What the page's station link carries: messages in, and the captures the station granted it. */
function watchLink(page: Page): { pushedOutsideFieldInput(): string; captures(): number } {
  const incoming: string[] = [];
  const asked = new Set<number>();
  let granted = 0;
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => {
      const msg = JSON.parse(String(f.payload)) as { t: string; id?: number; name?: string; input?: { active?: boolean } };
      if (msg.t === 'req' && msg.name === 'devices.captureForField' && msg.input?.active === true && msg.id !== undefined) asked.add(msg.id);
    });
    ws.on('framereceived', (f) => {
      const text = String(f.payload);
      const msg = JSON.parse(text) as { t: string; id?: number; name?: string; result?: { ok: boolean } };
      if (msg.t === 'res' && msg.id !== undefined && asked.has(msg.id) && msg.result?.ok) granted++;
      if (!(msg.t === 'evt' && msg.name === 'field.input')) incoming.push(text);
    });
  });
  return { pushedOutsideFieldInput: () => incoming.join('\n'), captures: () => granted };
}

/** Whether `secret` shows anywhere on the page outside the PIN field's value (text, attributes, other fields). */
async function shownOnPage(page: Page, secret: string): Promise<boolean> {
  return page.evaluate((s) => {
    const others = [...document.querySelectorAll('input:not([type=password]), textarea')].map((i) => (i as HTMLInputElement).value).join('\n');
    return document.body.innerText.includes(s) || document.documentElement.outerHTML.includes(s) || others.includes(s);
  }, secret);
}

/** Everything the station stored about scans, approvals and sign-ins, and its log file. */
async function storedAndLogged(station: ServedStation): Promise<string> {
  const scans = await queryDb(station, 'select * from scan_log');
  const audit = await queryDb(station, 'select * from audit_log');
  const events = await queryDb(station, 'select * from serial_events');
  const log = join(station.dataDir, 'logs', 'scanbay.log');
  return JSON.stringify([scans, audit, events]) + (existsSync(log) ? readFileSync(log, 'utf8') : '');
}

test('a PIN scanned with the station-read scanner into the sign-in dialog signs in, and is nowhere but the field', async ({ page, station }) => {
  const link = watchLink(page);
  const other = await otherUi(station);
  await page.goto(station.url);
  await expect(page.getByTestId('status-scanner')).toContainText('Scanner: simulator, connected');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Name').selectOption(OPERATOR.name);
  await dialog.getByLabel('PIN', { exact: true }).focus();
  await expect.poll(() => link.captures(), { message: 'the PIN field asked the station to capture scans' }).toBeGreaterThan(0);
  await deviceScan(station, OPERATOR.pin);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('status-user')).toHaveText(`User: ${OPERATOR.name} (operator)`);
  expect(await shownOnPage(page, OPERATOR.pin)).toBe(false);
  expect(link.pushedOutsideFieldInput(), 'pushes to this page other than the field input').not.toContain(OPERATOR.pin);
  expect(other.text(), 'pushes to another UI').not.toContain(OPERATOR.pin);
  // The capture ended with the dialog: the next scan is an ordinary scan for the Receive screen.
  await deviceScan(station, 'PO-1003');
  await expect(page.locator('.po-header')).toContainText('PO-1003');
  expect(await storedAndLogged(station)).not.toContain(OPERATOR.pin);
  other.close();
});

test('a supervisor PIN scanned with the station-read scanner into an approval approves it, and is nowhere but the field', async ({ page, station }) => {
  const link = watchLink(page);
  const other = await otherUi(station);
  await stationRequest(station.url, 'session.signIn', OPERATOR);
  await openOrder(page, station, 'SO-2001');
  await expect(page.getByTestId('status-scanner')).toContainText('Scanner: simulator, connected');
  await scanExpect(page, 'SCN-100', 'accepted', 'scan its serial number');
  await scanExpect(page, 'SCN7777777', 'rejected', 'not in stock');
  await page.getByRole('button', { name: 'Override serial SCN7777777…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Override serial for SCN-100' });
  await dialog.getByLabel('Reason').fill('unit from the demo shelf');
  const before = link.captures();
  await dialog.getByLabel('PIN', { exact: true }).focus();
  await expect.poll(() => link.captures(), { message: 'the PIN field asked the station to capture scans' }).toBeGreaterThan(before);
  await deviceScan(station, SUPERVISOR.pin);
  await expect(dialog).toBeHidden();
  await expect(accepted(page)).toContainText(`approved by ${SUPERVISOR.name}`);
  expect(await shownOnPage(page, SUPERVISOR.pin)).toBe(false);
  expect(link.pushedOutsideFieldInput(), 'pushes to this page other than the field input').not.toContain(SUPERVISOR.pin);
  expect(other.text(), 'pushes to another UI').not.toContain(SUPERVISOR.pin);
  // The PIN never reached the scan router: no "Wrong item" box, no refusal.
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByTestId('scan-refusal')).toHaveCount(0);
  expect(await storedAndLogged(station)).not.toContain(SUPERVISOR.pin);
  other.close();
});
