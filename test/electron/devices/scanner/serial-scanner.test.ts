// The serial scanner against a real pseudo-terminal pair made by socat: the driver opens one
// end as its port, the test writes scans into the other end like a scanner on a USB CDC line.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createScannerDriver } from '../../../../electron/devices/scanner/create-driver';
import type { ScannerDriver } from '../../../../electron/devices/scanner/scanner-driver';
import type { OpenSerialPort } from '../../../../electron/devices/scanner/serial-port-source';
import { next, record } from './fakes';

let dir: string;
let socat: ChildProcess | undefined;
let host: SerialPort | undefined;
let driver: ScannerDriver | undefined;

async function waitUntil(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Starts socat linking two ptys at dir/scanner (the driver's port) and dir/host (the test's). */
async function startSocat(): Promise<void> {
  rmSync(join(dir, 'scanner'), { force: true });
  rmSync(join(dir, 'host'), { force: true });
  socat = spawn('socat', ['-d', `pty,raw,echo=0,link=${join(dir, 'scanner')}`, `pty,raw,echo=0,link=${join(dir, 'host')}`], {
    stdio: 'ignore',
  });
  await waitUntil(() => existsSync(join(dir, 'scanner')) && existsSync(join(dir, 'host')));
  host = new SerialPort({ path: join(dir, 'host'), baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => host?.open((err) => (err ? reject(err) : resolve())));
}

async function stopSocat(): Promise<void> {
  const h = host;
  host = undefined;
  if (h?.isOpen) await new Promise<void>((r) => h.close(() => r()));
  const proc = socat;
  socat = undefined;
  if (proc && proc.exitCode === null && proc.pid !== undefined) {
    const exited = new Promise((r) => proc.once('exit', r));
    process.kill(proc.pid, 'SIGTERM');
    await exited;
  }
}

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => host?.write(Buffer.from(text, 'latin1'), (err) => (err ? reject(err) : host?.drain(() => resolve()))));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanbay-serial-scanner-'));
});

afterEach(async () => {
  await driver?.stop();
  driver = undefined;
  await stopSocat();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('serial scanner on a socat pty', () => {
  it('frames CR-terminated scans split across writes, keeps GS and splits the AIM id', async () => {
    await startSocat();
    driver = createScannerDriver({ kind: 'serial', port: join(dir, 'scanner'), baudRate: 9600, terminator: 'cr' });
    const raws = record(driver, 'raw');
    driver.start();
    await next(driver, 'status', (s) => s === 'connected');
    const scans = record(driver, 'scan');
    await write(']d2010950110153');
    await new Promise((r) => setTimeout(r, 30));
    await write('0003\x1d10LOT9\r5901234123457\r');
    await waitUntil(() => scans.length === 2);
    expect(scans[0]).toMatchObject({ source: 'serial', symbology: ']d2', data: '0109501101530003\x1d10LOT9', deviceId: `serial:${join(dir, 'scanner')}` });
    expect(scans[1]).toMatchObject({ symbology: null, data: '5901234123457' });
    expect(raws[0]?.text).toBe(']d20109501101530003<GS>10LOT9');
    expect(raws[0]?.hex.endsWith('0d')).toBe(true);
  });

  it('goes disconnected when the port disappears and reconnects when it comes back', async () => {
    await startSocat();
    driver = createScannerDriver(
      { kind: 'serial', port: join(dir, 'scanner'), baudRate: 9600, terminator: 'crlf' },
      { backoff: { initialMs: 50, maxMs: 200 } },
    );
    driver.start();
    await next(driver, 'status', (s) => s === 'connected');
    const down = next(driver, 'status', (s) => s === 'disconnected');
    await stopSocat();
    await down;

    await startSocat();
    await next(driver, 'status', (s) => s === 'connected');
    const scan = next(driver, 'scan');
    await write('AFTER\r\n');
    expect(await scan).toMatchObject({ data: 'AFTER' });
  });

  it('reports a missing port and a permission failure with what to do', async () => {
    driver = createScannerDriver({ kind: 'serial', port: join(dir, 'absent'), baudRate: 9600 }, { backoff: { initialMs: 5000, maxMs: 5000 } });
    driver.start();
    expect((await next(driver, 'error')).message).toContain(`Cannot open scanner port ${join(dir, 'absent')}`);
    await driver.stop();

    const denied: OpenSerialPort = async () => {
      throw Object.assign(new Error('Error: Permission denied, cannot open /dev/ttyACM0'), { code: 'EACCES' });
    };
    driver = createScannerDriver({ kind: 'serial', port: '/dev/ttyACM0', baudRate: 9600 }, { openSerialPort: denied, backoff: { initialMs: 5000, maxMs: 5000 } });
    driver.start();
    const err = await next(driver, 'error');
    expect(err.message).toContain('Permission denied opening scanner /dev/ttyACM0');
    if (process.platform === 'linux') expect(err.message).toMatch(/build\/udev.*dialout/);
  });
});
