import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { OptionsService } from '../../../electron/options/options-service';
import { confStoreFactory, storeConfig } from '../../../electron/options/store';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'scanbay-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the options file', () => {
  it('is station-options.json in the data dir; a value its option refuses makes the file invalid, naming the key', () => {
    const dir = tempDir();
    const store = confStoreFactory(storeConfig(dir));
    store.set({ general: { stationName: 'Dock 2' } });
    expect(store.path).toBe(join(dir, 'station-options.json'));
    expect(readdirSync(dir)).toEqual(['station-options.json']);
    expect(new OptionsService(dir, confStoreFactory).get('general.stationName')).toBe('Dock 2');
    store.set({ general: { volume: 'loud' } });
    expect(() => new OptionsService(dir, confStoreFactory)).toThrow(/station options file .* is invalid: general\.volume: /);
  });

  it('is the file the desktop backend opens (shell "electron"), with no config.json beside it', async () => {
    const dir = tempDir();
    const station = await openStation({ dataDir: dir, shell: 'electron' });
    try {
      await station.options.set({ 'general.stationName': 'Bench 4' });
      expect(station.options.path).toBe(join(dir, 'station-options.json'));
      expect(JSON.parse(readFileSync(join(dir, 'station-options.json'), 'utf8'))).toMatchObject({ general: { stationName: 'Bench 4' } });
      expect(existsSync(join(dir, 'config.json'))).toBe(false);
    } finally {
      await station.close();
    }
  });
});
