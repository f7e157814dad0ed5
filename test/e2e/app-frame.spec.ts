import WebSocket from 'ws';
import { expect, test } from './fixtures';

test('the app frame navigates between screens from the keyboard and shows the station status', async ({ page, station }) => {
  await page.goto(station.url);
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
  for (const [key, heading] of [['Alt+2', 'Scan & Ship'], ['Alt+3', 'Returns'], ['Alt+4', 'Serials'], ['Alt+5', 'Settings'], ['Alt+1', 'Receive a purchase order']] as const) {
    await page.keyboard.press(key);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  const status = page.getByRole('contentinfo', { name: 'Station status' });
  await expect(status).toContainText('Station: Station 1');
  await expect(page.getByTestId('status-scanner')).toContainText('Scanner: wedge, connected');
  await expect(page.getByTestId('status-scale')).toContainText('Scale: none, disconnected');
  // The per-run key is taken out of the address bar once stored.
  expect(page.url()).not.toContain('key=');
});

test('settings changed in the UI are written to the station, and CLI changes reach the open UI', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('tab', { name: 'General' })).toHaveAttribute('aria-selected', 'true');

  const sound = page.getByLabel('Play sounds for accepted and rejected scans');
  await expect(sound).toBeChecked();
  await sound.uncheck();
  await expect.poll(() => station.cli('options', 'get', 'general.sound').trim()).toBe('false');

  const name = page.getByLabel('Station name');
  await name.fill('Dock 7');
  await name.press('Enter');
  await expect(page.getByRole('contentinfo', { name: 'Station status' })).toContainText('Station: Dock 7');

  station.cli('options', 'set', 'general.stationName', 'Bench 2');
  await expect(name).toHaveValue('Bench 2');
  await expect(page.getByRole('contentinfo', { name: 'Station status' })).toContainText('Station: Bench 2');
});

test('a bad option value is refused with the reason, and nothing changes', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'API' }).click();
  const port = page.getByLabel('REST API port');
  await port.fill('70000');
  await port.press('Enter');
  await expect(page.getByRole('alert')).toContainText('api.port');
  expect(station.cli('options', 'get', 'api.port').trim()).toBe('7420');
});

test('other local pages cannot reach the station API: a wrong key or a foreign origin is refused', async ({ page, station }) => {
  await page.goto(station.url);
  const wsUrl = station.origin.replace('http', 'ws') + '/ws';
  const fromPage = await page.evaluate(
    (u) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(u + '?key=wrong');
        ws.onopen = () => resolve('open');
        ws.onerror = () => resolve('refused');
      }),
    wsUrl,
  );
  expect(fromPage).toBe('refused');

  const key = new URL(station.url).hash.replace('#key=', '');
  const attempt = (origin: string) =>
    new Promise<string>((resolve) => {
      const ws = new WebSocket(`${wsUrl}?key=${key}`, { origin });
      ws.on('open', () => {
        ws.close();
        resolve('open');
      });
      ws.on('unexpected-response', (_req, res) => resolve(`http ${res.statusCode}`));
      ws.on('error', (e) => resolve(`error ${e.message}`));
    });
  expect(await attempt('http://evil.example')).toBe('http 403');
  expect(await attempt(station.origin)).toBe('open');
});
