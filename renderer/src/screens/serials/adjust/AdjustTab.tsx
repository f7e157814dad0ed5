import { useId, useState } from 'react';
import { call, RequestFailed, useClient } from '../../../client/station-context';
import { ScanField } from '../../../scan/ScanField';
import { useScanHandler } from '../../../scan/scan-router';
import { Verdict } from '../../../scan/Verdict';
import { ScanLog } from '../../../wizard/ScanLog';
import { useVerdicts } from '../../../wizard/use-verdicts';
import { PlaceFields, placeInput, type Place } from '../stock/PlaceFields';
import { CycleCount } from './CycleCount';

/** Serials → Adjust: add or remove serials (and units without serials) at a location, or count a location. */
export function AdjustTab() {
  const [mode, setMode] = useState<'adjust' | 'count'>('adjust');
  return (
    <div>
      <div className="pool-filters lifecycle-modes" role="group" aria-label="Adjust or count">
        <button type="button" aria-pressed={mode === 'adjust'} onClick={() => setMode('adjust')}>Adjust stock</button>
        <button type="button" aria-pressed={mode === 'count'} onClick={() => setMode('count')}>Cycle count</button>
      </div>
      {mode === 'adjust' ? <Adjust /> : <CycleCount />}
    </div>
  );
}

function Adjust() {
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
          <label htmlFor={ids.action}>Adjustment</label>
          <select id={ids.action} value={action} onChange={(e) => setAction(e.target.value as 'add' | 'remove')}>
            <option value="add">Add to stock (found)</option>
            <option value="remove">Remove from stock (lost, scrapped)</option>
          </select>
          <PlaceFields label="At" value={place} onChange={setPlace} />
          <label htmlFor={ids.reason}>Reason</label>
          <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
          <label htmlFor={ids.sku}>SKU of a new serial</label>
          <input id={ids.sku} value={sku} onChange={(e) => setSku(e.target.value)} autoComplete="off" />
          <label htmlFor={ids.qty}>Units (products without serials)</label>
          <input id={ids.qty} type="number" min="1" value={qty} onChange={(e) => setQty(e.target.value)} />
        </div>
        <ScanField active={ready} disabled={!ready} prompt={ready ? 'Scan each serial (or a product without serials) to adjust.' : 'Choose the warehouse and give a reason first.'} />
        <Verdict view={verdicts.view} />
      </div>
      <ScanLog entries={verdicts.log} />
    </div>
  );
}
