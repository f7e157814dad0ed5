import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { saveDiagnostics } from '../../../electron/diagnostics/diagnostics';
import { createLogger } from '../../../electron/logging/logger';
import { LATEST_SCHEMA_VERSION } from '../../../electron/storage/migrator';
import { runCli } from '../../helpers/cli';
import { readZip } from '../../helpers/zip';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'scanbay-diag-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const json = (zip: Map<string, Buffer>, name: string) => JSON.parse((zip.get(name) as Buffer).toString('utf8')) as Record<string, unknown>;

describe('scanbay diagnostics', { timeout: 120_000 }, () => {
  it('bundles the logs, the options, versions, devices and the schema version into --out', () => {
    const dataDir = tempDir();
    expect(runCli(['options', 'set', 'general.stationName', 'Dock 5', '--data-dir', dataDir]).status).toBe(0);
    expect(runCli(['options', 'set', 'shipping.labelService.secret', 'diag-sign-key', '--data-dir', dataDir]).status).toBe(0);
    const out = join(tempDir(), 'support.zip');
    const r = runCli(['diagnostics', '--out', out, '--data-dir', dataDir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: out, fileName: 'support.zip' });
    const zip = readZip(out);
    expect([...zip.keys()].sort()).toEqual(['devices.json', 'logs/scanbay.log', 'options.json', 'summary.json', 'versions.json']);
    expect(json(zip, 'options.json')).toMatchObject({ 'general.stationName': 'Dock 5', 'shipping.labelService.secret': '********' });
    for (const [name, data] of zip) expect(data.toString('latin1'), name).not.toContain('diag-sign-key');
    expect(json(zip, 'versions.json')).toMatchObject({ scanbay: expect.any(String), node: process.versions.node, schemaVersion: LATEST_SCHEMA_VERSION, latestSchemaVersion: LATEST_SCHEMA_VERSION, sqlite: expect.stringMatching(/^3\./) });
    expect(json(zip, 'devices.json')).toMatchObject({ configured: expect.any(Array), connected: expect.any(Array) });
    expect((zip.get('logs/scanbay.log') as Buffer).toString()).toContain('scanbay options set finished');
  });

  it('still bundles what it can when the station will not open, with secrets masked and the reason', () => {
    const dataDir = tempDir();
    const db = new Database(join(dataDir, 'scanbay.db'));
    db.pragma('user_version = 9999');
    db.close();
    writeFileSync(join(dataDir, 'station-options.json'), JSON.stringify({ general: { stationName: 'Dock 6' }, labels: { apiKey: 'lbl-secret-1' }, db: { url: 'postgres://scanbay:pw-xyz@db/scanbay' } }));
    const out = join(tempDir(), 'broken.zip');
    expect(runCli(['diagnostics', '--out', out, '--data-dir', dataDir]).status).toBe(0);
    const zip = readZip(out);
    const raw = [...zip.values()].map((b) => b.toString()).join('\n');
    expect(raw).not.toContain('lbl-secret-1');
    expect(raw).not.toContain('pw-xyz');
    expect(json(zip, 'options.json')).toMatchObject({ general: { stationName: 'Dock 6' }, labels: { apiKey: '[redacted]' } });
    expect(json(zip, 'versions.json')).toMatchObject({ schemaVersion: 9999 });
    expect(String(json(zip, 'summary.json').stationOpenError)).toMatch(/newer/i);
  });

  it('refuses a run without --out in one line, and writes no partial file when the target cannot be written', () => {
    const dataDir = tempDir();
    const missing = runCli(['diagnostics', '--data-dir', dataDir]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const target = join(tempDir(), 'no-such-dir', 'x.zip');
    const bad = runCli(['diagnostics', '--out', target, '--data-dir', dataDir]);
    expect(bad.status).not.toBe(0);
    expect(existsSync(`${target}.partial`)).toBe(false);
  });

  it('Save diagnostics writes a new bundle into the data dir, logging no secret', async () => {
    const dataDir = tempDir();
    const logger = createLogger({ proc: 'backend', dataDir, stderr: false });
    const station = await openStation({ dataDir, shell: 'electron', logger });
    try {
      logger.warn({ pin: '2468' }, 'sign-in refused');
      const saved = await saveDiagnostics(station);
      expect(saved.path).toBe(join(dataDir, 'diagnostics', saved.fileName));
      expect(saved.fileName).toMatch(/^scanbay-diagnostics-\d{8}-\d{6}\.zip$/);
      expect(readdirSync(join(dataDir, 'diagnostics'))).toEqual([saved.fileName]);
      const zip = readZip(saved.path);
      expect((zip.get('logs/scanbay.log') as Buffer).toString()).toContain('sign-in refused');
      expect([...zip.values()].map((b) => b.toString()).join('\n')).not.toContain('2468');
      expect(station.info().logFile).toBe(join(dataDir, 'logs', 'scanbay.log'));
    } finally {
      await station.close();
    }
  });
});
