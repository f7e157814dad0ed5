import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StationError } from '../../shared/api/errors';
import type { ExportFilter, ExportFormat, ExportJob, ExportKind } from '../../shared/workflows/lifecycle-report';
import type { Station } from '../backend/station';
import { workflowOf } from '../workflows/kit/workflow-registry';
import { reportContext } from '../workflows/reports/report-context';
import { ExportCancelled, runExport } from './run-export';

/** How often a running export reports its progress (and once more at the end). */
const PROGRESS_MS = 250;
/** Finished jobs remembered for the UI list. */
const KEEP = 20;

/** The station's exports folder: files the UI started, downloadable in browser mode. */
export function exportsDir(station: Station): string {
  return join(station.dataDir, 'exports');
}

/** A file name of this folder as the jobs write them (nothing else is ever served from it). */
export const EXPORT_FILE_NAME = /^(arrivals|serials|report)-\d{8}-\d{6}-[0-9a-f]{8}\.(csv|xlsx)$/;

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * Exports started from the UI: each runs in the station (chunk by chunk, so scans go on meanwhile),
 * reports `export.progress` events, and can be cancelled; a cancelled or failed export leaves no file.
 */
export class ExportJobs {
  readonly #jobs = new Map<string, { job: ExportJob; abort: AbortController }>();

  constructor(private readonly station: Station) {}

  list(): ExportJob[] {
    return [...this.#jobs.values()].map((j) => ({ ...j.job })).reverse();
  }

  start(kind: ExportKind, format: ExportFormat, filter: ExportFilter): ExportJob {
    const id = randomBytes(4).toString('hex');
    const dir = exportsDir(this.station);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fileName = `${kind}-${stamp(new Date())}-${id}.${format}`;
    const job: ExportJob = { id, kind, format, status: 'running', rows: 0, total: null, file_name: fileName, path: null, error: null };
    const abort = new AbortController();
    this.#jobs.set(id, { job, abort });
    this.#trim();
    let last = 0;
    const publish = () => this.station.events.publish('export.progress', { ...job });
    void (async () => {
      try {
        const result = await runExport(this.station.database.db, {
          kind,
          format,
          out: join(dir, fileName),
          filter,
          ctx: await reportContext(this.station),
          signal: abort.signal,
          onProgress: (rows, total) => {
            job.rows = rows;
            job.total = total;
            if (Date.now() - last >= PROGRESS_MS) {
              last = Date.now();
              publish();
            }
          },
        });
        Object.assign(job, { status: 'done', rows: result.rows, total: result.rows, path: result.path });
      } catch (err) {
        if (err instanceof ExportCancelled) job.status = 'cancelled';
        else Object.assign(job, { status: 'failed', error: err instanceof Error ? err.message : String(err) });
      }
      publish();
    })();
    return { ...job };
  }

  cancel(id: string): ExportJob {
    const entry = this.#jobs.get(id);
    if (!entry) throw new StationError('not_found', `No export ${id}.`);
    if (entry.job.status === 'running') entry.abort.abort();
    return { ...entry.job };
  }

  /** Where a finished export's file is, when `name` is one. */
  finishedFile(name: string): string | null {
    if (!EXPORT_FILE_NAME.test(name)) return null;
    const job = [...this.#jobs.values()].find((j) => j.job.file_name === name);
    return job?.job.status === 'done' ? job.job.path : null;
  }

  #trim(): void {
    const done = [...this.#jobs.entries()].filter(([, j]) => j.job.status !== 'running');
    for (const [id] of done.slice(0, Math.max(0, this.#jobs.size - KEEP))) this.#jobs.delete(id);
  }
}

/** The export jobs of a station (one set per station, shared by the station API and downloads). */
export function exportJobsOf(station: Station): ExportJobs {
  return workflowOf(station, 'exports', () => new ExportJobs(station));
}
