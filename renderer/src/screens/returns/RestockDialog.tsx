import { useState, type FormEvent } from 'react';
import { dispositionFor, type Disposition, type RestockResult, type ReturnState } from '../../../../shared/workflows/lifecycle';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { PlaceFields, type Place } from '../serials/stock/PlaceFields';
import { useT } from '../../i18n/i18n-context';

/**
 * Where the returned units go: back in stock at a warehouse/bin, or to quarantine (damaged and
 * defective units by default). Putting them away closes the RMA and gives the credit memo.
 */
export function RestockDialog({ state, onClose, onDone }: { state: ReturnState; onClose(): void; onDone(r: RestockResult): void }) {
  const t = useT();
  const client = useClient();
  const waiting = state.lines.filter((l) => l.disposition === null);
  const [place, setPlace] = useState<Place>({ warehouse: '', bin: '' });
  const [choice, setChoice] = useState<Record<number, Disposition>>(() => Object.fromEntries(waiting.map((l) => [l.line_id, dispositionFor(l.condition)])));
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await call(client, 'returns.restock', {
        rma_number: state.rma_number,
        ...(place.warehouse ? { warehouse: place.warehouse } : {}),
        ...(place.warehouse && place.bin ? { bin: place.bin } : {}),
        lines: waiting.map((l) => ({ line_id: l.line_id, disposition: choice[l.line_id] ?? 'restock' })),
      });
      onDone(r);
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    }
  };

  return (
    <Dialog title={t('ui-returns.restock.title', { rma: state.rma_number })} onClose={onClose}>
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <PlaceFields place="restock" value={place} onChange={setPlace} />
        {waiting.map((l) => (
          <fieldset key={l.line_id} className="restock-line">
            <legend>
              {l.sku}
              {l.serial ? ` ${l.serial}` : ''} ({l.condition ? t('ui-returns.conditionCode', { condition: l.condition }) : t('ui-returns.restock.noCondition')})
            </legend>
            {(['restock', 'quarantine'] as const).map((d) => (
              <label key={d}>
                <input type="radio" name={`line-${l.line_id}`} value={d} checked={choice[l.line_id] === d} onChange={() => setChoice({ ...choice, [l.line_id]: d })} />{' '}
                {t(d === 'restock' ? 'ui-returns.restock.backInStock' : 'ui-returns.restock.quarantine')}
              </label>
            ))}
          </fieldset>
        ))}
        <p className="tag">{t('ui-returns.restock.hint')}</p>
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary">{t('ui-returns.restock.submit')}</button>
          <button type="button" onClick={onClose}>{t('ui-returns.restock.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
