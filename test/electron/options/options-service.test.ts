import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StationError } from '../../../shared/api/errors';
import { OptionsService } from '../../../electron/options/options-service';
import { confStoreFactory, storeConfig } from '../../../electron/options/store';
import { busyThreadPool } from '../../helpers/busy-thread-pool';
import { smallDisk } from '../../helpers/storage-faults';

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

  it('keeps following the file after it was replaced: each of several changes in a row is seen', async () => {
    const a = open();
    const b = open(join(a.path, '..'));
    a.watch();
    const next = () =>
      new Promise<string[]>((resolve) => {
        const off = a.onChange((keys) => {
          off();
          resolve(keys);
        });
      });
    // conf writes atomically (a new file renamed over the old): a watch on the old file ends there.
    for (const name of ['Dock 1', 'Dock 2', 'Dock 3']) {
      const seen = next();
      await b.set({ 'general.stationName': name });
      expect(await seen).toContain('general.stationName');
      expect(a.get('general.stationName')).toBe(name);
    }
  });

  it('follows an options file that appears after watching started', async () => {
    const a = open();
    const dir = join(a.path, '..');
    rmSync(a.path, { force: true });
    a.watch();
    const seen = new Promise<string[]>((resolve) => a.onChange((keys) => resolve(keys)));
    // Another file in the data dir (the database beside it) does not count.
    writeFileSync(join(dir, 'scanbay.db-wal'), 'x');
    await open(dir).set({ 'general.sound': false });
    expect(await seen).toEqual(['general.sound']);
  });

  it('follows an options file made at once after watching started, before any poll of the disk ran', async () => {
    const a = open();
    const dir = join(a.path, '..');
    rmSync(a.path, { force: true });
    // fs.watchFile took its first stat on the thread pool as a baseline and reported nothing for a
    // file already there by then: a file made in that moment was never seen.
    const pool = busyThreadPool();
    try {
      a.watch();
      confStoreFactory(storeConfig(dir)).set({ general: { sound: false } });
    } finally {
      await pool.release();
    }
    const seen = await new Promise<string[] | 'not seen'>((resolve) => {
      a.onChange((keys) => resolve(keys));
      setTimeout(() => resolve('not seen'), 3_000);
    });
    expect(seen).toEqual(['general.sound']);
  });

  it('names the file when it holds values the schema refuses', () => {
    const s = open();
    const dir = join(s.path, '..');
    writeFileSync(s.path, JSON.stringify({ api: { port: 'x' } }));
    expect(() => open(dir)).toThrow(/station options file .* is invalid/);
  });
});

describe('OptionsService on a full disk', () => {
  it('refuses a change before its record is made when the options file could not be written', async (ctx) => {
    const disk = smallDisk(1024);
    if (!disk) {
      process.stdout.write('options-service: no tmpfs here (not root, or mount refused): the full-disk case is not run\n');
      return ctx.skip();
    }
    try {
      const s = new OptionsService(disk.dir, confStoreFactory);
      services.push(s);
      await s.set({ 'general.stationName': 'Before' });
      const before = readFileSync(s.path, 'utf8');
      // The database may still have room (SQLite reuses its WAL's space) when the disk has none.
      const recorded: string[] = [];
      s.setRecorder(async (patch) => {
        recorded.push(...Object.keys(patch));
      });
      disk.fill();
      const refused = await s.set({ 'general.stationName': 'During' }).catch((err: unknown) => err);
      expect(refused).toMatchObject({ name: 'StorageFaultError', fault: 'disk_full' });
      expect(recorded).toEqual([]);
      expect(readFileSync(s.path, 'utf8')).toBe(before);
      expect(readdirSync(disk.dir).filter((f) => f.includes('.room-'))).toEqual([]);
      disk.free();
      await s.set({ 'general.stationName': 'After' });
      expect(recorded).toEqual(['general.stationName']);
      expect(s.get('general.stationName')).toBe('After');
    } finally {
      services.splice(0).forEach((s) => s.close());
      disk.dispose();
    }
  });
});
