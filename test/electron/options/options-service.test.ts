import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StationError } from '../../../shared/api/errors';
import { OptionsService } from '../../../electron/options/options-service';
import { confStoreFactory } from '../../../electron/options/store';

const dirs: string[] = [];
const services: OptionsService[] = [];
function open(dir?: string): OptionsService {
  const dataDir = dir ?? mkdtempSync(join(tmpdir(), 'scanbay-opts-'));
  if (!dir) dirs.push(dataDir);
  const s = new OptionsService(dataDir, confStoreFactory);
  services.push(s);
  return s;
}
afterEach(() => {
  services.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('OptionsService', () => {
  it('starts with the schema defaults and persists changes as nested JSON in the data dir', async () => {
    const s = open();
    expect(s.get('general.stationName')).toBe('Station 1');
    await s.set({ 'general.stationName': 'Dock 3', 'api.port': 8123 });
    const file = JSON.parse(readFileSync(s.path, 'utf8')) as { general: { stationName: string }; api: { port: number } };
    expect(file.general.stationName).toBe('Dock 3');
    expect(file.api.port).toBe(8123);
    expect(open(join(s.path, '..')).get('api.port')).toBe(8123);
  });

  it('refuses unknown keys and wrong types, writing nothing', async () => {
    const s = open();
    const attempt = s.set({ 'general.stationName': 'Dock 9', 'api.port': 'eighty', 'nope.key': true });
    await expect(attempt).rejects.toBeInstanceOf(StationError);
    await attempt.catch((err: StationError) => {
      expect(err.code).toBe('validation');
      expect(err.details?.map((d) => d.path).sort()).toEqual(['api.port', 'nope.key']);
    });
    expect(s.get('general.stationName')).toBe('Station 1');
  });

  it('lets a guard veto a change', async () => {
    const s = open();
    s.addGuard((patch) => {
      if (patch['api.host'] === '0.0.0.0') throw new StationError('conflict', 'not on this station');
    });
    await expect(s.set({ 'api.host': '0.0.0.0' })).rejects.toThrow('not on this station');
    expect(s.get('api.host')).toBe('127.0.0.1');
  });

  it('picks up a change written by another process and reports the changed keys', async () => {
    const a = open();
    const b = open(join(a.path, '..'));
    a.watch();
    const seen = new Promise<string[]>((resolve) => a.onChange((keys) => resolve(keys)));
    await b.set({ 'general.sound': false });
    expect(await seen).toEqual(['general.sound']);
    expect(a.get('general.sound')).toBe(false);
  });

  it('names the file when it holds values the schema refuses', () => {
    const s = open();
    const dir = join(s.path, '..');
    writeFileSync(s.path, JSON.stringify({ api: { port: 'x' } }));
    expect(() => open(dir)).toThrow(/station options file .* is invalid/);
  });
});
