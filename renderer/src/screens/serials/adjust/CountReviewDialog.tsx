import { useState, type FormEvent } from 'react';
import type { CountReview } from '../../../../../shared/workflows/count-review';
import { locationText, type CountSummary } from '../../../../../shared/workflows/lifecycle';
import { Dialog } from '../../../app/Dialog';
import { call, RequestFailed, useClient } from '../../../client/station-context';
import { PinField } from '../../../session/PinField';
import { Serial } from '../../../words/Serial';
import { statusWord } from '../../../words/statuses';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The variance of a cycle count before it is applied: expected, counted and difference per
 * product, each missing and extra serial. Applying needs a supervisor PIN when a write-off is
 * above the station's limit; Cancel changes nothing (the count goes on).
 */
export function CountReviewDialog({ review, onApplied, onCancel }: { review: CountReview; onApplied(s: CountSummary): void; onCancel(): void }) {
  const client = useClient();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const where = locationText(review.warehouse, review.bin);
  const apply = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onApplied(await call(client, 'counts.finish', { warehouse: review.warehouse, ...(review.bin ? { bin: review.bin } : {}), ...(review.needs_supervisor ? { pin } : {}) }));
    } catch (err) {
      setPin('');
      setError(err instanceof RequestFailed ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Review the count of ${where}`} onClose={onCancel}>
      <form onSubmit={(e) => void apply(e)}>
        <table className="progress-table" aria-label="Count variance">
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Product</th>
              <th scope="col" className="num">Expected</th>
              <th scope="col" className="num">Counted</th>
              <th scope="col" className="num">Difference</th>
            </tr>
          </thead>
          <tbody>
            {review.lines.map((l) => (
              <tr key={l.sku} data-sku={l.sku} className={l.difference < 0 ? 'variance-short' : l.difference > 0 ? 'variance-over' : undefined}>
                <td>{l.sku}</td>
                <td>{l.name}</td>
                <td className="num">{l.expected}</td>
                <td className="num">{l.counted}</td>
                <td className="num">{signed(l.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {review.missing.length > 0 ? (
          <section aria-label="Missing serials">
            <h3>Missing: written off when applied</h3>
            <ul className="serial-list">
              {review.missing.map((m) => <li key={`${m.sku}/${m.serial}`}>{m.sku} <Serial value={m.serial} /></li>)}
            </ul>
          </section>
        ) : null}
        {review.extra.length > 0 ? (
          <section aria-label="Extra serials">
            <h3>Extra: added here when applied</h3>
            <ul className="serial-list">
              {review.extra.map((x) => (
                <li key={`${x.sku}/${x.serial}`}>
                  {x.sku} <Serial value={x.serial} /> — {x.is_new ? 'new to the ledger' : x.recorded_at ? `recorded at ${x.recorded_at}` : `recorded as ${x.recorded_status ? statusWord(x.recorded_status) : 'unknown'}`}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {review.lines.every((l) => l.difference === 0) && review.missing.length === 0 && review.extra.length === 0 ? <p>The count matches the stock: applying changes nothing.</p> : null}
        {review.needs_supervisor ? (
          <div className="form-grid">
            <p className="form-note">This count writes off {review.largest_write_off} unit{review.largest_write_off === 1 ? '' : 's'} of one product: a supervisor approves it with their PIN.</p>
            <PinField value={pin} onChange={setPin} />
          </div>
        ) : null}
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || (review.needs_supervisor && pin === '')}>Apply count</button>
          <button type="button" onClick={onCancel}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
