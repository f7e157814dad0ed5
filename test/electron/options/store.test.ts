import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { confStoreFactory, storeConfig } from '../../../electron/options/store';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'scanbay-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the options file', () => {
  it('is station-options.json in the data dir, validated by the options schema', () => {
    const dir = tempDir();
    const store = confStoreFactory(storeConfig(dir));
    store.set({ general: { stationName: 'Dock 2' } });
    expect(store.path).toBe(join(dir, 'station-options.json'));
    expect(readdirSync(dir)).toEqual(['station-options.json']);
    expect(() => store.set({ general: { volume: 'loud' } })).toThrow(/volume/);
  });

  it('has a schema valid under the JSON Schema 2020-12 meta-schema (conf is told not to check it at each start)', () => {
    const ajv = new Ajv2020({ allErrors: true });
    const schema = { type: 'object', properties: storeConfig(tempDir()).schema };
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    // The check can fail: a keyword with a value of the wrong type is refused.
    expect(ajv.validateSchema({ type: 'object', properties: { general: { type: 'object', required: 'stationName' } } })).toBe(false);
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
