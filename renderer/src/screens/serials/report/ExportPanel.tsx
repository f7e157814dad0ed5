import { useCallback, useId, useState, type FormEvent } from 'react';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFilter, type ExportFormat, type ExportJob, type ExportKind } from '../../../../../shared/workflows/lifecycle-report';
import { call, RequestFailed, useClient, useEvent, useRequest } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';

/** The per-run key the browser-mode UI got in its URL (kept in session storage by the client). */
const downloadKey = () => sessionStorage.getItem('scanbay.key') ?? '';

/**
 * Exports with serials: arrivals (one row per serial received), product serial numbers, the
 * serial report — CSV or XLSX, with a progress bar and cancel. The file lands in the station's
 * exports folder; in a browser it downloads from there.
 */
export function ExportPanel() {
  const t = useT();
  const client = useClient();
  const base = useId();
  const id = (k: string) => `${base}-${k}`;
  const info = useRequest('station.info', {});
  const [kind, setKind] = useState<ExportKind>('report');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [filter, setFilter] = useState<Record<keyof ExportFilter, string>>({ from: '', to: '', vendor: '', sku: '' });
  const [job, setJob] = useState<ExportJob | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEvent(
    'export.progress',
    useCallback((j: ExportJob) => setJob((current) => (current?.id === j.id ? j : current)), []),
  );

  const start = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const f: ExportFilter = {};
    for (const [k, v] of Object.entries(filter) as [keyof ExportFilter, string][]) if (v.trim()) f[k] = v.trim();
    try {
      setJob(await call(client, 'exports.start', { kind, format, filter: f }));
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    }
  };
  const cancel = async () => {
    if (job) setJob(await call(client, 'exports.cancel', { id: job.id }));
  };
  const running = job?.status === 'running';
  const set = (k: keyof ExportFilter) => (e: { target: { value: string } }) => setFilter({ ...filter, [k]: e.target.value });

  return (
    <section aria-labelledby={id('title')} className="export-panel">
      <h2 id={id('title')}>{t('ui-serials.export.title')}</h2>
      <form className="form-grid" onSubmit={(e) => void start(e)}>
        <label htmlFor={id('kind')}>{t('ui-serials.export.kind')}</label>
        <select id={id('kind')} value={kind} onChange={(e) => setKind(e.target.value as ExportKind)}>
          {EXPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t('ui-serials.export.kindName', { kind: k })}
            </option>
          ))}
        </select>
        <label htmlFor={id('format')}>{t('ui-serials.export.format')}</label>
        <select id={id('format')} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f.toUpperCase()}
            </option>
          ))}
        </select>
        <label htmlFor={id('from')}>{t('ui-serials.export.from')}</label>
        <input id={id('from')} type="date" value={filter.from} onChange={set('from')} />
        <label htmlFor={id('to')}>{t('ui-serials.export.to')}</label>
        <input id={id('to')} type="date" value={filter.to} onChange={set('to')} />
        <label htmlFor={id('vendor')}>{t('ui-serials.export.vendor')}</label>
        <input id={id('vendor')} value={filter.vendor} onChange={set('vendor')} autoComplete="off" />
        <label htmlFor={id('sku')}>{t('ui-serials.export.sku')}</label>
        <input id={id('sku')} value={filter.sku} onChange={set('sku')} autoComplete="off" />
        <div className="button-row">
          <button type="submit" className="primary" disabled={running}>{t('ui-serials.export.start')}</button>
          {running ? <button type="button" onClick={() => void cancel()}>{t('ui-serials.export.cancel')}</button> : null}
        </div>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {job ? (
        <div className="export-job">
          <label htmlFor={id('progress')}>{t('ui-serials.export.progress')}</label>{' '}
          <progress id={id('progress')} max={job.total || 1} value={job.status === 'done' ? job.total || 1 : job.rows} />{' '}
          <span role="status">
            {job.status === 'running' && (job.total === null ? t('ui-serials.export.runningCounting', { rows: job.rows }) : t('ui-serials.export.running', { rows: job.rows, total: job.total }))}
            {job.status === 'done' && (job.path ? t('ui-serials.export.doneSaved', { rows: job.rows, file: job.file_name, path: job.path }) : t('ui-serials.export.done', { rows: job.rows, file: job.file_name }))}
            {job.status === 'cancelled' && t('ui-serials.export.cancelled')}
          </span>
          {job.status === 'failed' ? <p role="alert">{t('ui-serials.export.failed', { error: job.error ?? '' })}</p> : null}
          {job.status === 'done' && info.value?.shell === 'browser' ? (
            <p>
              <a href={`/exports/${encodeURIComponent(job.file_name)}?key=${encodeURIComponent(downloadKey())}`} download={job.file_name}>
                {t('ui-serials.export.download', { file: job.file_name })}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
