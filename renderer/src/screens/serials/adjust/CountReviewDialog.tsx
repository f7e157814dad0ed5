import { useState, type FormEvent } from 'react';
import type { CountReview } from '../../../../../shared/workflows/count-review';
import { locationText, type CountSummary } from '../../../../../shared/workflows/lifecycle';
import { Dialog } from '../../../app/Dialog';
import { call, RequestFailed, useClient } from '../../../client/station-context';
import { useI18n } from '../../../i18n/i18n-context';
import { PinField } from '../../../session/PinField';
import { Serial } from '../../../words/Serial';
import { statusWord } from '../../../words/statuses';

/**
 * The variance of a cycle count before it is applied: expected, counted and difference per
 * product, each missing and extra serial. Applying needs a supervisor PIN when a write-off is
 * above the station's limit; Cancel changes nothing (the count goes on).
 */
export function CountReviewDialog({ review, onApplied, onCancel }: { review: CountReview; onApplied(s: CountSummary): void; onCancel(): void }) {
  const { t, number } = useI18n();
  const signed = (n: number) => (n > 0 ? `+${number(n)}` : number(n));
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
    <Dialog title={t('ui-serials.review.title', { place: where })} onClose={onCancel}>
      <form onSubmit={(e) => void apply(e)}>
        <table className="progress-table" aria-label={t('ui-serials.review.variance')}>
          <thead>
            <tr>
              <th scope="col">{t('ui-serials.col.sku')}</th>
              <th scope="col">{t('ui-serials.col.product')}</th>
              <th scope="col" className="num">{t('ui-serials.col.expected')}</th>
              <th scope="col" className="num">{t('ui-serials.col.counted')}</th>
              <th scope="col" className="num">{t('ui-serials.col.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {review.lines.map((l) => (
              <tr key={l.sku} data-sku={l.sku} className={l.difference < 0 ? 'variance-short' : l.difference > 0 ? 'variance-over' : undefined}>
                <td>{l.sku}</td>
                <td>{l.name}</td>
                <td className="num">{number(l.expected)}</td>
                <td className="num">{number(l.counted)}</td>
                <td className="num">{signed(l.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {review.missing.length > 0 ? (
          <section aria-label={t('ui-serials.review.missing')}>
            <h3>{t('ui-serials.review.missingHeading')}</h3>
            <ul className="serial-list">
              {review.missing.map((m) => <li key={`${m.sku}/${m.serial}`}>{m.sku} <Serial value={m.serial} /></li>)}
            </ul>
          </section>
        ) : null}
        {review.extra.length > 0 ? (
          <section aria-label={t('ui-serials.review.extra')}>
            <h3>{t('ui-serials.review.extraHeading')}</h3>
            <ul className="serial-list">
              {review.extra.map((x) => (
                <li key={`${x.sku}/${x.serial}`}>
                  {x.sku} <Serial value={x.serial} /> — {x.is_new ? t('ui-serials.review.newToLedger') : x.recorded_at ? t('ui-serials.review.recordedAt', { place: x.recorded_at }) : t('ui-serials.review.recordedAs', { status: x.recorded_status ? statusWord(x.recorded_status, t) : t('ui-serials.review.unknown') })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {review.lines.every((l) => l.difference === 0) && review.missing.length === 0 && review.extra.length === 0 ? <p>{t('ui-serials.review.matches')}</p> : null}
        {review.needs_supervisor ? (
          <div className="form-grid">
            <p className="form-note">{t('ui-serials.review.needsSupervisor', { count: review.largest_write_off })}</p>
            <PinField value={pin} onChange={setPin} />
          </div>
        ) : null}
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || (review.needs_supervisor && pin === '')}>{t('ui-serials.review.apply')}</button>
          <button type="button" onClick={onCancel}>{t('ui-serials.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
