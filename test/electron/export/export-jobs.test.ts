import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJob } from '../../../shared/workflows/lifecycle-report';
import { exportsDir } from '../../../electron/export/export-jobs';
import { registerExportDownloads } from '../../../electron/server/export-downloads';
import { seedLifecycle } from '../../helpers/returns-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedLifecycle(t.station.database.db);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);

/** Resolves with the job's last progress event once it is no longer running. */
function finished(id: string): Promise<ExportJob> {
  return new Promise((resolve) => {
    const off = t.station.events.on('export.progress', (job) => {
      if (job.id === id && job.status !== 'running') {
        off();
        resolve(job);
      }
    });
  });
}

describe('exports started from the UI', () => {
  it('runs in the station, reports progress events, lists the job and serves the file only with the run key', async () => {
    const job = await req<ExportJob>('exports.start', { kind: 'serials', format: 'csv', filter: { sku: 'SCN' } });
    expect(job).toMatchObject({ kind: 'serials', format: 'csv', status: 'running', file_name: expect.stringMatching(/^serials-\d{8}-\d{6}-[0-9a-f]{8}\.csv$/) });
    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'done', rows: 5, total: 5, path: `${exportsDir(t.station)}/${job.file_name}` });
    expect(readFileSync(done.path!, 'utf8').split('\r\n')[1]).toMatch(/^SCN,Scanner,SN00000001,shipped,/);
    expect((await req<{ jobs: ExportJob[] }>('exports.list', {})).jobs[0]).toMatchObject({ id: job.id, status: 'done' });

    const app = Fastify();
    registerExportDownloads(app, { station: t.station, secret: 'run-key' });
    const ok = await app.inject({ url: `/exports/${job.file_name}?key=run-key` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-disposition']).toBe(`attachment; filename="${job.file_name}"`);
    expect(ok.body).toBe(readFileSync(done.path!, 'utf8'));
    expect((await app.inject({ url: `/exports/${job.file_name}?key=wrong` })).statusCode).toBe(401);
    expect((await app.inject({ url: `/exports/${job.file_name}` })).statusCode).toBe(401);
    expect((await app.inject({ url: `/exports/..%2Fscanbay.db?key=run-key` })).statusCode).toBe(404);
    expect((await app.inject({ url: '/exports/serials-20260101-000000-deadbeef.csv?key=run-key' })).statusCode).toBe(404);
    await app.close();
  });

  it('a cancelled export writes no file; an unknown job is not_found', async () => {
    const job = await req<ExportJob>('exports.start', { kind: 'report', format: 'xlsx', filter: {} });
    const cancelled = req<ExportJob>('exports.cancel', { id: job.id });
    const end = await finished(job.id);
    expect((await cancelled).id).toBe(job.id);
    expect(end.status).toBe('cancelled');
    expect(readdirSync(exportsDir(t.station))).toEqual([]);
    expect(existsSync(`${exportsDir(t.station)}/${job.file_name}`)).toBe(false);
    const r = await t.station.dispatch('exports.cancel', { id: 'nope' }, { origin: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses bad filters before anything runs', async () => {
    const r = await t.station.dispatch('exports.start', { kind: 'report', format: 'csv', filter: { from: '2025-02-30' } }, { origin: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: [{ path: 'filter.from' }] } });
  });
});
