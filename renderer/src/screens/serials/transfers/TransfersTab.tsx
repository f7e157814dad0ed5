import { useId, useState, type FormEvent } from 'react';
import { TRANSFER_KINDS, TRANSFER_KIND_LABELS, type TransferKind } from '../../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient, useRequest } from '../../../client/station-context';
import { PlaceFields, type Place } from '../stock/PlaceFields';
import { TransferWizard } from './TransferWizard';
import { statusWord } from '../../../words/statuses';

/** Serials → Transfers: start a bin, warehouse, one-way or SKU-to-SKU transfer, or reopen one. */
export function TransfersTab() {
  const client = useClient();
  const ids = { kind: useId(), sku: useId() };
  const [open, setOpen] = useState<{ number: string; toSku: string | null } | null>(null);
  const [kind, setKind] = useState<TransferKind>('bin');
  const [from, setFrom] = useState<Place>({ warehouse: '', bin: '' });
  const [to, setTo] = useState<Place>({ warehouse: '', bin: '' });
  const [toSku, setToSku] = useState('');
  const [error, setError] = useState<string | null>(null);
  const list = useRequest('transfers.list', {}, [open]);

  if (open) return <TransferWizard transferNumber={open.number} toSku={open.toSku} onLeave={() => setOpen(null)} />;

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const target = kind === 'bin' || kind === 'sku' ? { ...to, warehouse: to.warehouse || from.warehouse } : to;
      const t = await call(client, 'transfers.create', {
        kind,
        from_warehouse: from.warehouse,
        ...(from.bin ? { from_bin: from.bin } : {}),
        ...(target.warehouse ? { to_warehouse: target.warehouse } : {}),
        ...(target.bin ? { to_bin: target.bin } : {}),
        ...(kind === 'sku' && toSku.trim() ? { to_sku: toSku.trim() } : {}),
      });
      setOpen({ number: t.transfer_number, toSku: t.to_sku });
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    }
  };

  return (
    <div>
      <form className="form-grid" onSubmit={(e) => void create(e)} aria-label="New transfer">
        <label htmlFor={ids.kind}>Transfer kind</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as TransferKind)}>
          {TRANSFER_KINDS.map((k) => (
            <option key={k} value={k}>
              {TRANSFER_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <PlaceFields label="From" value={from} onChange={setFrom} />
        <PlaceFields label="To" value={to} onChange={setTo} />
        {kind === 'sku' ? (
          <>
            <label htmlFor={ids.sku}>New SKU</label>
            <input id={ids.sku} value={toSku} onChange={(e) => setToSku(e.target.value)} autoComplete="off" />
          </>
        ) : null}
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={!from.warehouse}>Start transfer</button>
        </div>
      </form>
      <h2>Recent transfers</h2>
      <ul className="candidate-list">
        {(list.value?.transfers ?? []).map((t) => (
          <li key={t.transfer_number}>
            <button type="button" onClick={() => setOpen({ number: t.transfer_number, toSku: null })}>
              Open {t.transfer_number} — {TRANSFER_KIND_LABELS[t.kind]} from {t.from} to {t.to} — {t.units} unit{t.units === 1 ? '' : 's'} ({statusWord(t.status)})
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
