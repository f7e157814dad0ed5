import { useState } from 'react';
import type { CountReview } from '../../../../../shared/workflows/count-review';
import { msg } from '../../../../../shared/i18n/message';
import { locationText, type CountState, type CountSummary } from '../../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';
import { ScanField } from '../../../scan/ScanField';
import { useScanHandler } from '../../../scan/scan-router';
import { Verdict } from '../../../scan/Verdict';
import { QuantityField } from '../../../wizard/QuantityField';
import { ScanLog } from '../../../wizard/ScanLog';
import { useVerdicts } from '../../../wizard/use-verdicts';
import { Serial } from '../../../words/Serial';
import { PlaceFields, placeInput, type Place } from '../stock/PlaceFields';
import { CountReviewDialog } from './CountReviewDialog';

/**
 * A cycle count: scan everything at one location (a quantity for products without serials), then
 * review the differences and apply them — nothing changes until the review is confirmed.
 */
export function CycleCount() {
  const t = useT();
  const client = useClient();
  const verdicts = useVerdicts();
  const [place, setPlace] = useState<Place>({ warehouse: '', bin: '' });
  const [state, setState] = useState<CountState | null>(null);
  const [qty, setQty] = useState('1');
  const [review, setReview] = useState<CountReview | null>(null);
  const [summary, setSummary] = useState<CountSummary | null>(null);
  const fail = (err: unknown) => verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));

  useScanHandler(async ({ code }) => {
    try {
      const n = Number(qty);
      const withQty = Number.isInteger(n) && n > 1 && state?.step.kind === 'item' ? { qty: n } : {};
      const r = await call(client, 'counts.scan', { ...placeInput(place), code, ...withQty });
      verdicts.show(code, r);
      setState(r.state);
      if (r.verdict === 'accepted' && withQty.qty !== undefined) setQty('1');
    } catch (err) {
      fail(err);
    }
  }, state !== null && review === null);

  const start = async () => {
    try {
      setSummary(null);
      setState(await call(client, 'counts.start', placeInput(place)));
    } catch (err) {
      fail(err);
    }
  };
  const finish = async () => {
    try {
      setReview(await call(client, 'counts.review', placeInput(place)));
    } catch (err) {
      fail(err);
    }
  };
  const applied = (s: CountSummary) => {
    setReview(null);
    setSummary(s);
    setState(null);
    const counts = { place: locationText(s.warehouse, s.bin), missing: s.missing.length, moved: s.moved_here.length, added: s.added.length };
    verdicts.notice('accepted', s.approved_by ? msg('ui-serials.count.appliedApproved', { ...counts, supervisor: s.approved_by }) : msg('ui-serials.count.applied', counts));
  };
  const cancel = async () => {
    await call(client, 'counts.cancel', placeInput(place)).catch(() => undefined);
    setState(null);
  };

  return (
    <div className="wizard">
      <div>
        <div className="form-grid">
          <PlaceFields place="count" value={place} onChange={(p) => !state && setPlace(p)} />
          <div className="button-row">
            {state ? (
              <>
                <button type="button" className="primary" onClick={() => void finish()}>{t('ui-serials.count.finish')}</button>
                <button type="button" onClick={() => void cancel()}>{t('ui-serials.count.cancel')}</button>
              </>
            ) : (
              <button type="button" className="primary" disabled={!place.warehouse} onClick={() => void start()}>{t('ui-serials.count.start')}</button>
            )}
          </div>
        </div>
        {state ? (
          <>
            <p>{t('ui-serials.count.expected', { serials: state.expected_serials, units: state.expected_units, counted: state.counted.reduce((n, c) => n + c.qty, 0) })}</p>
            <ScanField active={review === null} prompt={t(state.prompt_message.key, state.prompt_message.params)} />
            <QuantityField label={t('ui-serials.count.quantity')} value={qty} onChange={setQty} />
          </>
        ) : null}
        <Verdict view={verdicts.view} />
        {summary ? (
          <section aria-label={t('ui-serials.count.result')}>
            <h2>{t('ui-serials.count.result')}</h2>
            <ul>
              {summary.missing.map((m) => <li key={`m${m.serial}`}>{t('ui-serials.count.resultMissing', { sku: m.sku })} <Serial value={m.serial} /></li>)}
              {summary.moved_here.map((m) => <li key={`h${m.serial}`}>{m.from ? t('ui-serials.count.resultMoved', { from: m.from, sku: m.sku }) : t('ui-serials.count.resultMovedNowhere', { sku: m.sku })} <Serial value={m.serial} /></li>)}
              {summary.added.map((m) => <li key={`a${m.serial}`}>{t('ui-serials.count.resultAdded', { sku: m.sku })} <Serial value={m.serial} /></li>)}
              {summary.quantities.map((q) => <li key={`q${q.sku}`}>{t('ui-serials.count.resultQuantity', { sku: q.sku, expected: q.expected, counted: q.counted })}</li>)}
            </ul>
          </section>
        ) : null}
      </div>
      <ScanLog entries={verdicts.log} />
      {review ? <CountReviewDialog review={review} onApplied={applied} onCancel={() => setReview(null)} /> : null}
    </div>
  );
}
