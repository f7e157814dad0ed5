import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStation, type Station } from '../../../electron/backend/station';
import { FIELD_CAPTURE_MS } from '../../../electron/devices/field-capture';
import { createLogger } from '../../../electron/logging/logger';
import { serveLink } from '../../../electron/server/station-link';
import { encodeHidPosReports } from '../../../shared/devices/scanner/hid-pos-encode';
import { FakeHid, HONEYWELL } from './scanner/fakes';

// A PIN scanned with a scanner the station reads itself (HID POS through an injected report
// source; serial on a socat pseudo-terminal) while a UI's PIN field has focus: it reaches that UI alone as `field.input`, never as a
// `scan` or a raw frame to any UI, the log or the scan log.

const PIN = '739184';
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

interface Msg {
  t: string;
  id?: number | null;
  name?: string;
  payload?: unknown;
  result?: { ok: boolean; value?: unknown; error?: { message: string } };
}

/** A UI connected to the station protocol, as serveLink sees a WebSocket or MessagePort. */
function connect(station: Station) {
  const received: Msg[] = [];
  let onMessage: (data: unknown) => void = () => {};
  let onClose: () => void = () => {};
  serveLink(
    { send: (text) => received.push(JSON.parse(text) as Msg), onMessage: (h) => (onMessage = h), onClose: (h) => (onClose = h) },
    station,
    'ws',
  );
  onMessage(JSON.stringify({ t: 'ready' }));
  let nextId = 1;
  return {
    received,
    /** Every message this UI got, as text. */
    text: () => JSON.stringify(received),
    events: (name: string) => received.filter((m) => m.t === 'evt' && m.name === name).map((m) => m.payload),
    async request(name: string, input: unknown): Promise<NonNullable<Msg['result']>> {
      const id = nextId++;
      onMessage(JSON.stringify({ t: 'req', id, name, input }));
      await until(() => received.some((m) => m.t === 'res' && m.id === id));
      return received.find((m) => m.t === 'res' && m.id === id)?.result as NonNullable<Msg['result']>;
    },
    close: () => onClose(),
  };
}

async function until(ok: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

let dataDir: string;
let station: Station;
let hid: FakeHid;
let clock: number;

/** The scanner sends `text` as HID POS reports (with a symbology, as a real one does). */
function scan(text: string): void {
  for (const report of encodeHidPosReports(ascii(text), ']A0')) hid.last.send(report);
}

function logText(): string {
  const file = join(dataDir, 'logs', 'scanbay.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

async function scanLogText(): Promise<string> {
  return JSON.stringify(await station.database.db.selectFrom('scan_log').selectAll().execute());
}

describe('scans captured for a PIN field (HID POS)', () => {
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'scanbay-capture-'));
    const setup = await openStation({ dataDir, shell: 'browser', log: () => {} });
    await setup.options.set({ 'devices.scanner.kind': 'hid-pos', 'devices.scanner.vendorId': HONEYWELL.vendorId, 'devices.scanner.productId': HONEYWELL.productId });
    await setup.close();
    hid = new FakeHid([{ path: '/dev/hidraw2', ...HONEYWELL, usagePage: 0x8c, usage: 0x02, interface: 1 }]);
    clock = 1_000_000;
    station = await openStation({
      dataDir,
      shell: 'browser',
      startDevices: true,
      deviceDeps: { scanner: { hid, backoff: { initialMs: 10, maxMs: 40 } }, now: () => clock },
      // Everything, debug included, into the data dir's log file.
      logger: createLogger({ proc: 'serve', dataDir, stderr: false, level: 'trace' }),
    });
    await until(() => station.devices.list().some((d) => d.kind === 'scanner' && d.status === 'connected'));
  });

  afterEach(async () => {
    await station.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('go to the asking UI alone as field.input: no scan push, no raw frame, nothing logged or recorded', async () => {
    const pinUi = connect(station);
    const otherUi = connect(station);
    expect((await pinUi.request('devices.captureForField', { active: true })).value).toEqual({ active: true, expiresInMs: FIELD_CAPTURE_MS });

    scan(PIN);
    await until(() => pinUi.events('field.input').length === 1);
    expect(pinUi.events('field.input')[0]).toMatchObject({ source: 'hid-pos', data: PIN, symbology: ']A0' });
    await new Promise((r) => setTimeout(r, 50));
    expect(pinUi.events('scan')).toEqual([]);
    expect(pinUi.events('device.raw')).toEqual([]);
    expect(otherUi.text()).not.toContain(PIN);
    const state = await otherUi.request('devices.state', {});
    expect(JSON.stringify(state)).not.toContain(PIN);
    expect(logText()).not.toContain(PIN);
    expect(await scanLogText()).not.toContain(PIN);

    // The field lost focus: the next scan is an ordinary scan again, for every UI.
    expect((await pinUi.request('devices.captureForField', { active: false })).value).toEqual({ active: false, expiresInMs: 0 });
    scan('SCN1000001');
    await until(() => otherUi.events('scan').length === 1 && pinUi.events('scan').length === 1);
    expect(otherUi.events('scan')[0]).toMatchObject({ data: 'SCN1000001' });
    expect(pinUi.events('field.input')).toHaveLength(1);
  });

  it('lapses by itself 30 s after it was last asked for, and when the asking UI goes away', async () => {
    const pinUi = connect(station);
    const otherUi = connect(station);
    await pinUi.request('devices.captureForField', { active: true });
    clock += FIELD_CAPTURE_MS - 1000;
    await pinUi.request('devices.captureForField', { active: true });
    clock += FIELD_CAPTURE_MS - 1000;
    scan(PIN);
    await until(() => pinUi.events('field.input').length === 1);
    // Not asked again: a UI that crashed cannot leave the station deaf.
    clock += FIELD_CAPTURE_MS;
    scan('SCN1000002');
    await until(() => otherUi.events('scan').length === 1);
    expect(pinUi.events('field.input')).toHaveLength(1);

    await pinUi.request('devices.captureForField', { active: true });
    pinUi.close();
    scan('SCN1000003');
    await until(() => otherUi.events('scan').length === 2);
    expect(otherUi.text()).not.toContain(PIN);
  });

  it('another UI cannot end a capture it does not hold; only a UI link can ask for one', async () => {
    const pinUi = connect(station);
    const otherUi = connect(station);
    await pinUi.request('devices.captureForField', { active: true });
    await otherUi.request('devices.captureForField', { active: false });
    scan(PIN);
    await until(() => pinUi.events('field.input').length === 1);
    expect(otherUi.text()).not.toContain(PIN);
    // REST and the CLI have no link to deliver to.
    const cli = await station.dispatch('devices.captureForField', { active: true }, { origin: 'cli' });
    expect(cli).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('scans captured for a PIN field (serial scanner on a pty)', () => {
  let socat: ChildProcess;
  let host: SerialPort;
  let serial: Station;
  let serialDir: string;

  beforeEach(async () => {
    serialDir = mkdtempSync(join(tmpdir(), 'scanbay-capture-serial-'));
    socat = spawn('socat', ['-d', `pty,raw,echo=0,link=${join(serialDir, 'scanner')}`, `pty,raw,echo=0,link=${join(serialDir, 'host')}`], { stdio: 'ignore' });
    await until(() => existsSync(join(serialDir, 'scanner')) && existsSync(join(serialDir, 'host')));
    host = new SerialPort({ path: join(serialDir, 'host'), baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => host.open((err) => (err ? reject(err) : resolve())));
    const setup = await openStation({ dataDir: serialDir, shell: 'browser', log: () => {} });
    await setup.options.set({ 'devices.scanner.kind': 'serial', 'devices.scanner.port': join(serialDir, 'scanner') });
    await setup.close();
    serial = await openStation({
      dataDir: serialDir,
      shell: 'browser',
      startDevices: true,
      logger: createLogger({ proc: 'serve', dataDir: serialDir, stderr: false, level: 'trace' }),
    });
    await until(() => serial.devices.list().some((d) => d.kind === 'scanner' && d.status === 'connected'));
  });

  afterEach(async () => {
    await serial.close();
    if (host.isOpen) await new Promise<void>((r) => host.close(() => r()));
    if (socat.exitCode === null && socat.pid !== undefined) {
      const exited = new Promise((r) => socat.once('exit', r));
      process.kill(socat.pid, 'SIGTERM');
      await exited;
    }
    rmSync(serialDir, { recursive: true, force: true });
  });

  const write = (text: string) => new Promise<void>((resolve, reject) => host.write(Buffer.from(text, 'latin1'), (err) => (err ? reject(err) : host.drain(() => resolve()))));

  it('a PIN line goes to the asking UI alone; the next line after the capture is an ordinary scan', async () => {
    const pinUi = connect(serial);
    const otherUi = connect(serial);
    await pinUi.request('devices.captureForField', { active: true });
    await write(`${PIN}\r\n`);
    await until(() => pinUi.events('field.input').length === 1);
    expect(pinUi.events('field.input')[0]).toMatchObject({ source: 'serial', data: PIN });
    await pinUi.request('devices.captureForField', { active: false });
    await write('SCN1000001\r\n');
    await until(() => otherUi.events('scan').length === 1);
    expect(pinUi.text().replace(/"field.input","payload":\{[^}]*\}/, '')).not.toContain(PIN);
    expect(otherUi.text()).not.toContain(PIN);
    expect(JSON.stringify(await otherUi.request('devices.state', {}))).not.toContain(PIN);
    const log = join(serialDir, 'logs', 'scanbay.log');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').not.toContain(PIN);
    expect(JSON.stringify(await serial.database.db.selectFrom('scan_log').selectAll().execute())).not.toContain(PIN);
  });
});
