import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';

/**
 * "Print labels" at receipt: a label per received serial (GS1 DataMatrix with the GTIN) and per
 * unit received without one — ZPL to the label printer or a file, or a PDF sheet to a file.
 */
export function PrintLabelsDialog({ poNumber, onClose, onPrinted }: { poNumber: string; onClose(): void; onPrinted(message: string): void }) {
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
      const units = r.units_without_serial ? ` and ${r.units_without_serial} without a serial` : '';
      onPrinted(`${r.labels} label${r.labels === 1 ? '' : 's'} of ${poNumber} (${r.serials} serial${r.serials === 1 ? '' : 's'}${units}) → ${r.target}.`);
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Print labels of ${poNumber}`} onClose={onClose}>
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <label htmlFor={ids.format}>Label format</label>
        <select id={ids.format} value={format} onChange={(e) => setFormat(e.target.value as 'zpl' | 'pdf')}>
          <option value="zpl">ZPL (label printer)</option>
          <option value="pdf">PDF sheet (file)</option>
        </select>
        {format === 'zpl' ? (
          <>
            <label htmlFor={ids.destination}>Send to</label>
            <select id={ids.destination} value={destination} onChange={(e) => setDestination(e.target.value as 'printer' | 'file')}>
              <option value="printer">Label printer</option>
              <option value="file">File</option>
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
            Print
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
