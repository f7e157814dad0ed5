import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OptionValues } from '../../../shared/options/registry';
import { SECRET_MASK, secretOptionKeys } from '../../../shared/options/secret';
import { listAudit } from '../../../electron/storage/repos/audit-log';
import { runCli } from '../../helpers/cli';
import { request, tempApi, tempStation, type TempStation } from '../../helpers/station';

const KEY = 'shipping.labelService.secret';
const CLEAR = 'label-service-signing-key-9f3c';

const temps: TempStation[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((t) => t.dispose()));
});

/** Every file of the data dir but the options file (which must keep the secret), as text. */
function dataDirTextBesidesOptions(dir: string, optionsFile: string): string {
  let text = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === optionsFile) continue;
    text += statSync(path).isDirectory() ? dataDirTextBesidesOptions(path, optionsFile) : readFileSync(path).toString('latin1');
  }
  return text;
}

describe('secret options (write-only)', () => {
  it('the label-service secret is declared secret, and it is the only option that needs to be', () => {
    expect(secretOptionKeys).toEqual([KEY]);
  });

  it('the service keeps the real value for the code that signs, lists it masked, and a mask sent back changes nothing', async () => {
    const t = await tempStation();
    temps.push(t);
    const { options } = t.station;
    expect(options.publicValues()[KEY]).toBe('');
    await options.set({ [KEY]: CLEAR });
    expect(options.get(KEY)).toBe(CLEAR);
    expect(options.publicValues()[KEY]).toBe(SECRET_MASK);
    expect(JSON.stringify(options.publicValues())).not.toContain(CLEAR);
    // A client saving back what it listed does not overwrite the secret with the mask.
    await options.set({ [KEY]: SECRET_MASK, 'general.volume': 20 });
    expect(options.get(KEY)).toBe(CLEAR);
    expect(options.get('general.volume')).toBe(20);
    await options.set({ [KEY]: '' });
    expect(options.publicValues()[KEY]).toBe('');
  });

  it('station API options.list, options.set replies and options.changed pushes never carry it; the audit row says only that it changed', async () => {
    const t = await tempStation();
    temps.push(t);
    const pushed: unknown[] = [];
    t.station.events.on('options.changed', (e) => pushed.push(e));
    const reply = await request<OptionValues>(t.station, 'options.set', { values: { [KEY]: CLEAR } });
    expect(reply[KEY]).toBe(SECRET_MASK);
    expect((await request<OptionValues>(t.station, 'options.list', {}))[KEY]).toBe(SECRET_MASK);
    expect(t.station.options.get(KEY)).toBe(CLEAR);
    await request(t.station, 'options.set', { values: { [KEY]: `${CLEAR}-2` } });
    expect(pushed.length).toBeGreaterThan(0);
    expect(JSON.stringify(pushed)).not.toContain(CLEAR);
    const audit = await listAudit(t.station.database.db, { action: 'options.change' });
    expect(audit.filter((e) => e.subject === KEY).map((e) => e.details)).toEqual(
      expect.arrayContaining([{ from: '', to: SECRET_MASK }, { from: SECRET_MASK, to: SECRET_MASK }]),
    );
    expect(JSON.stringify(audit)).not.toContain(CLEAR);
    // Nothing the station wrote (database, WAL, logs) holds it — only the options file.
    if (t.database === undefined) expect(dataDirTextBesidesOptions(t.dataDir, t.station.options.path)).not.toContain(CLEAR);
    await t.reopen();
    expect(t.station.options.get(KEY)).toBe(`${CLEAR}-2`);
  });

  it('REST GET and PATCH /options answer the mask; PATCH still sets it', async () => {
    const api = await tempApi();
    temps.push(api);
    const patched = await api.call('PATCH', '/options', { [KEY]: CLEAR });
    expect(patched).toMatchObject({ status: 200, body: { success: true, data: { [KEY]: SECRET_MASK } } });
    expect(JSON.stringify(patched.body)).not.toContain(CLEAR);
    const got = await api.call('GET', '/options');
    expect(got.body.data[KEY]).toBe(SECRET_MASK);
    expect(JSON.stringify(got.body)).not.toContain(CLEAR);
    expect(api.station.options.get(KEY)).toBe(CLEAR);
    // Sending the listing back unchanged keeps the secret.
    const back = Object.fromEntries(Object.entries(got.body.data as Record<string, unknown>).filter(([k]) => !k.startsWith('api.')));
    expect((await api.call('PATCH', '/options', back)).status).toBe(200);
    expect(api.station.options.get(KEY)).toBe(CLEAR);
  });

  it('CLI options set/get/list show the mask; the station uses the value set', async () => {
    const t = await tempStation();
    temps.push(t);
    const db = t.database ? ['--database', t.database] : [];
    const set = runCli(['options', 'set', KEY, CLEAR, '--data-dir', t.dataDir, ...db]);
    expect(set).toMatchObject({ status: 0, stdout: `{"${KEY}":"${SECRET_MASK}"}\n` });
    const get = runCli(['options', 'get', KEY, '--data-dir', t.dataDir, ...db]);
    expect(get.stdout).toBe(`"${SECRET_MASK}"\n`);
    const list = runCli(['options', 'list', '--data-dir', t.dataDir, ...db]);
    expect(list.status).toBe(0);
    expect((JSON.parse(list.stdout) as Record<string, unknown>)[KEY]).toBe(SECRET_MASK);
    const scopes = runCli(['options', 'list', '--scopes', '--data-dir', t.dataDir, ...db]);
    for (const r of [set, get, list, scopes]) expect(r.stdout + r.stderr).not.toContain(CLEAR);
    // The CLI's log lines (<data dir>/logs) do not hold it either.
    if (t.database === undefined) expect(dataDirTextBesidesOptions(t.dataDir, join(t.dataDir, 'station-options.json'))).not.toContain(CLEAR);
    // The PostgreSQL URL's password never shows either (stderr names the database).
    if (t.database) expect(list.stderr).not.toContain(new URL(t.database).password || '\u0000');
    await t.reopen();
    expect(t.station.options.get(KEY)).toBe(CLEAR);
  });
});
