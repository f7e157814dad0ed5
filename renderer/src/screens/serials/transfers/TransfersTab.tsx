import { useId, useState, type FormEvent } from 'react';
import { TRANSFER_KINDS, type TransferKind } from '../../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient, useRequest } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';
import { PlaceFields, type Place } from '../stock/PlaceFields';
import { TransferWizard } from './TransferWizard';
import { statusWord } from '../../../words/statuses';

/** Serials → Transfers: start a bin, warehouse, one-way or SKU-to-SKU transfer, or reopen one. */
export function TransfersTab() {
  const t = useT();
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
      const created = await call(client, 'transfers.create', {
        kind,
        from_warehouse: from.warehouse,
        ...(from.bin ? { from_bin: from.bin } : {}),
        ...(target.warehouse ? { to_warehouse: target.warehouse } : {}),
        ...(target.bin ? { to_bin: target.bin } : {}),
        ...(kind === 'sku' && toSku.trim() ? { to_sku: toSku.trim() } : {}),
      });
      setOpen({ number: created.transfer_number, toSku: created.to_sku });
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    }
  };

  return (
    <div>
      <form className="form-grid" onSubmit={(e) => void create(e)} aria-label={t('ui-serials.transfers.new')}>
        <label htmlFor={ids.kind}>{t('ui-serials.transfers.kind')}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as TransferKind)}>
          {TRANSFER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t('ui-serials.transfer.kind', { kind: k })}
            </option>
          ))}
        </select>
        <PlaceFields place="from" value={from} onChange={setFrom} />
        <PlaceFields place="to" value={to} onChange={setTo} />
        {kind === 'sku' ? (
          <>
            <label htmlFor={ids.sku}>{t('ui-serials.col.newSku')}</label>
            <input id={ids.sku} value={toSku} onChange={(e) => setToSku(e.target.value)} autoComplete="off" />
          </>
        ) : null}
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={!from.warehouse}>{t('ui-serials.transfers.start')}</button>
        </div>
      </form>
      <h2>{t('ui-serials.transfers.recent')}</h2>
      <ul className="candidate-list">
        {(list.value?.transfers ?? []).map((x) => (
          <li key={x.transfer_number}>
            <button type="button" onClick={() => setOpen({ number: x.transfer_number, toSku: null })}>
              {t('ui-serials.transfers.open', { transfer: x.transfer_number, kind: t('ui-serials.transfer.kind', { kind: x.kind }), from: x.from, to: x.to, units: x.units, status: statusWord(x.status, t) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
