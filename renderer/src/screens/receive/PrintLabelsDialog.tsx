import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { useT } from '../../i18n/i18n-context';

/**
 * "Print labels" at receipt: a label per received serial (GS1 DataMatrix with the GTIN) and per
 * unit received without one — ZPL to the label printer or a file, or a PDF sheet to a file.
 */
export function PrintLabelsDialog({ poNumber, onClose, onPrinted }: { poNumber: string; onClose(): void; onPrinted(message: string): void }) {
  const t = useT();
  const client = useClient();
  const ids = { format: useId(), destination: useId() };
  const [format, setFormat] = useState<'zpl' | 'pdf'>('zpl');
  const [destination, setDestination] = useState<'printer' | 'file'>('printer');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await call(client, 'receiving.printLabels', { po_number: poNumber, format, destination: format === 'pdf' ? 'file' : destination });
      onPrinted(t('ui-receive.print.printed', { labels: r.labels, po: poNumber, serials: r.serials, without: r.units_without_serial, target: r.target }));
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('ui-receive.print.title', { po: poNumber })} onClose={onClose}>
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <label htmlFor={ids.format}>{t('ui-receive.print.format')}</label>
        <select id={ids.format} value={format} onChange={(e) => setFormat(e.target.value as 'zpl' | 'pdf')}>
          <option value="zpl">{t('ui-receive.print.zpl')}</option>
          <option value="pdf">{t('ui-receive.print.pdf')}</option>
        </select>
        {format === 'zpl' ? (
          <>
            <label htmlFor={ids.destination}>{t('ui-receive.print.sendTo')}</label>
            <select id={ids.destination} value={destination} onChange={(e) => setDestination(e.target.value as 'printer' | 'file')}>
              <option value="printer">{t('ui-receive.print.printer')}</option>
              <option value="file">{t('ui-receive.print.file')}</option>
            </select>
          </>
        ) : null}
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('ui-receive.print.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('ui-receive.print.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
