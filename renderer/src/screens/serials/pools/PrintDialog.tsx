import { useId, useState, type FormEvent } from 'react';
import type { PoolView } from '../../../../../shared/workflows/pools';
import { Dialog } from '../../../app/Dialog';
import { useOptions } from '../../../app/options-context';
import { call, useClient } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';
import { errorText } from './error-text';

export type PrintSelection = { serialIds: number[]; label: string } | { batchId: number; label: string };

/** Print labels: ZPL to a file or a network printer, or a PDF sheet to a file. Printing assigns them. */
export function PrintDialog({ pool, selection, onClose, onPrinted }: { pool: PoolView; selection: PrintSelection; onClose(): void; onPrinted(message: string): void }) {
  const t = useT();
  const client = useClient();
  const { values } = useOptions();
  const id = { format: useId(), destination: useId(), path: useId(), host: useId(), port: useId() };
  const [format, setFormat] = useState<'zpl' | 'pdf'>('zpl');
  const [destination, setDestination] = useState<'file' | 'printer'>('file');
  const [path, setPath] = useState('');
  const [host, setHost] = useState(values['pools.printerHost']);
  const [port, setPort] = useState(String(values['pools.printerPort']));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const print = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const target = destination === 'file' ? (path.trim() ? { path: path.trim() } : {}) : { host: host.trim(), port: Number(port) };
      const which = 'batchId' in selection ? { batchId: selection.batchId } : { serialIds: selection.serialIds };
      const r = await call(client, 'pools.print', { poolId: pool.id, format, destination, ...which, ...target });
      onPrinted(t('ui-serials.print.done', { labels: r.labels, target: r.target, assigned: r.assigned }));
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('ui-serials.print.title')} onClose={onClose}>
      <p>{selection.label}</p>
      <form onSubmit={print} className="form-grid">
        <label htmlFor={id.format}>{t('ui-serials.print.format')}</label>
        <select
          id={id.format}
          value={format}
          onChange={(e) => {
            const f = e.target.value as 'zpl' | 'pdf';
            setFormat(f);
            if (f === 'pdf') setDestination('file');
          }}
        >
          <option value="zpl">{t('ui-serials.print.zpl')}</option>
          <option value="pdf">{t('ui-serials.print.pdf')}</option>
        </select>
        <label htmlFor={id.destination}>{t('ui-serials.print.destination')}</label>
        <select id={id.destination} value={destination} onChange={(e) => setDestination(e.target.value as 'file' | 'printer')}>
          <option value="file">{t('ui-serials.print.toFile')}</option>
          {format === 'zpl' ? <option value="printer">{t('ui-serials.print.toPrinter', { port: '9100' })}</option> : null}
        </select>
        {destination === 'file' ? (
          <>
            <label htmlFor={id.path}>{t('ui-serials.print.path')}</label>
            <input id={id.path} value={path} onChange={(e) => setPath(e.target.value)} />
          </>
        ) : (
          <>
            <label htmlFor={id.host}>{t('ui-serials.print.host')}</label>
            <input id={id.host} value={host} onChange={(e) => setHost(e.target.value)} required />
            <label htmlFor={id.port}>{t('ui-serials.print.port')}</label>
            <input id={id.port} type="number" min={1} max={65535} value={port} onChange={(e) => setPort(e.target.value)} />
          </>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('ui-serials.print.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('ui-serials.cancel')}
          </button>
        </div>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
      </form>
    </Dialog>
  );
}
