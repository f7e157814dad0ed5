import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from '@playwright/test';
import { CLI, expect, stopChild, test } from './fixtures';

// The scales warehouses own, set up in Settings → Devices like a person would (keyboard only),
// each answered by `scanbay simulate scale` on a real pseudo-terminal (socat).
async function simulator(protocol: string, link: string): Promise<{ child: ChildProcessWithoutNullStreams; set(line: string): Promise<void> }> {
  const child = spawn(process.execPath, [CLI, 'simulate', 'scale', '--protocol', protocol, '--link', link]);
  const lines = createInterface({ input: child.stdout });
  const next = () => new Promise<string>((resolve) => lines.once('line', resolve));
  expect(JSON.parse(await next())).toMatchObject({ ready: true });
  return {
    child,
    set: async (line) => {
      const answer = next();
      child.stdin.write(`${line}\n`);
      expect(JSON.parse(await answer)).toMatchObject({ ok: true });
    },
  };
}

async function choose(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.getByLabel(label, { exact: true }).selectOption(value);
}

async function port(page: Page, path: string): Promise<void> {
  const field = page.getByLabel('Scale serial port');
  await field.fill(path);
  await field.press('Enter');
}

test('Adam, SMA, A&D and KERN scales are read once chosen in Settings → Devices', async ({ page, station }) => {
  await page.goto(station.url);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Devices' }).click();
  for (const [protocol, weight] of [['sma', '5.025 lb'], ['kern', '1.234 kg'], ['and-polled', '12.34 g'], ['adam', '2.5 kg']] as const) {
    const sim = await simulator(protocol, join(station.dataDir, `${protocol}-scale`));
    try {
      await sim.set(weight);
      await choose(page, 'Scale protocol', protocol);
      await port(page, join(station.dataDir, `${protocol}-scale`));
      await expect(page.getByTestId('status-scale'), protocol).toContainText(`Scale: ${protocol}, connected`);
      await expect(page.getByTestId('panel-weight'), protocol).toHaveText(`Weight: ${weight}`);
      await expect(page.getByTestId('panel-weight-age')).toContainText(/Read \d+ s ago/);
    } finally {
      await stopChild(sim.child);
    }
  }
});

test('Toledo 8217: the unit set in Settings is used instead of the one the decimals imply; a silent scale is "no reading"', async ({ page, station }) => {
  const link = join(station.dataDir, 'toledo-scale');
  const sim = await simulator('toledo-8217', link);
  try {
    await sim.set('0.5 lb'); // sent as 000.50: two decimals
    await page.goto(station.url);
    await page.keyboard.press('Alt+5');
    await page.getByRole('tab', { name: 'Devices' }).click();
    await choose(page, 'Scale protocol', 'toledo-8217');
    await port(page, link);
    await expect(page.getByTestId('panel-weight')).toHaveText('Weight: 0.5 lb');
    await choose(page, 'Scale unit', 'kg');
    await expect(page.getByTestId('panel-weight')).toHaveText('Weight: 0.5 kg');
    await sim.set('unplug'); // the cable out: the port stays, the scale stops answering
    await expect(page.getByTestId('panel-weight')).toHaveText('Weight: no reading');
    await expect(page.getByTestId('panel-weight-age')).toContainText(/did not answer.*Last reading 0\.5 kg/);
    await expect(page.getByTestId('status-weight')).toHaveText('Weight: no reading');
  } finally {
    await stopChild(sim.child);
  }
});
