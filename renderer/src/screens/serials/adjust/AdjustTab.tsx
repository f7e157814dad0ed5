import { useId, useState } from 'react';
import { call, RequestFailed, useClient } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';
import { ScanField } from '../../../scan/ScanField';
import { useScanHandler } from '../../../scan/scan-router';
import { Verdict } from '../../../scan/Verdict';
import { ScanLog } from '../../../wizard/ScanLog';
import { useVerdicts } from '../../../wizard/use-verdicts';
import { PlaceFields, placeInput, type Place } from '../stock/PlaceFields';
import { CycleCount } from './CycleCount';

/** Serials → Adjust: add or remove serials (and units without serials) at a location, or count a location. */
export function AdjustTab() {
  const t = useT();
  const [mode, setMode] = useState<'adjust' | 'count'>('adjust');
  return (
    <div>
      <div className="pool-filters lifecycle-modes" role="group" aria-label={t('ui-serials.adjust.modes')}>
        <button type="button" aria-pressed={mode === 'adjust'} onClick={() => setMode('adjust')}>{t('ui-serials.adjust.modeAdjust')}</button>
        <button type="button" aria-pressed={mode === 'count'} onClick={() => setMode('count')}>{t('ui-serials.adjust.modeCount')}</button>
      </div>
      {mode === 'adjust' ? <Adjust /> : <CycleCount />}
    </div>
  );
}

function Adjust() {
  const t = useT();
  const client = useClient();
  const verdicts = useVerdicts();
  const ids = { action: useId(), reason: useId(), sku: useId(), qty: useId() };
  const [place, setPlace] = useState<Place>({ warehouse: '', bin: '' });
  const [action, setAction] = useState<'add' | 'remove'>('add');
  const [reason, setReason] = useState('');
  const [sku, setSku] = useState('');
  const [qty, setQty] = useState('1');
  const ready = place.warehouse !== '' && reason.trim() !== '';

  useScanHandler(async ({ code }) => {
    try {
      const n = Number(qty);
      const r = await call(client, 'stock.adjust', {
        action,
        code,
        ...placeInput(place),
        reason: reason.trim(),
        ...(sku.trim() ? { sku: sku.trim() } : {}),
        ...(Number.isInteger(n) && n > 1 ? { qty: n } : {}),
      });
      verdicts.show(code, r);
    } catch (err) {
      verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));
    }
  }, ready);

  return (
    <div className="wizard">
      <div>
        <div className="form-grid">
          <label htmlFor={ids.action}>{t('ui-serials.adjust.action')}</label>
          <select id={ids.action} value={action} onChange={(e) => setAction(e.target.value as 'add' | 'remove')}>
            <option value="add">{t('ui-serials.adjust.actionAdd')}</option>
            <option value="remove">{t('ui-serials.adjust.actionRemove')}</option>
          </select>
          <PlaceFields place="at" value={place} onChange={setPlace} />
          <label htmlFor={ids.reason}>{t('ui-serials.adjust.reason')}</label>
          <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
          <label htmlFor={ids.sku}>{t('ui-serials.adjust.newSku')}</label>
          <input id={ids.sku} value={sku} onChange={(e) => setSku(e.target.value)} autoComplete="off" />
          <label htmlFor={ids.qty}>{t('ui-serials.adjust.units')}</label>
          <input id={ids.qty} type="number" min="1" value={qty} onChange={(e) => setQty(e.target.value)} />
        </div>
        <ScanField active={ready} disabled={!ready} prompt={ready ? t('ui-serials.adjust.prompt') : t('ui-serials.adjust.promptFirst')} />
        <Verdict view={verdicts.view} />
      </div>
      <ScanLog entries={verdicts.log} />
    </div>
  );
}
