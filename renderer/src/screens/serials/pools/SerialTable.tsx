import { useId, useState } from 'react';
import { MIN_SEARCH_LENGTH, type PoolSerialView, type PoolView } from '../../../../../shared/workflows/pools';
import { call, useClient, useRequest } from '../../../client/station-context';
import { useI18n } from '../../../i18n/i18n-context';
import { day } from '../words';
import { DeleteDialog } from './DeleteDialog';
import { errorText } from './error-text';
import { PrintDialog } from './PrintDialog';
import { statusWord } from '../../../words/statuses';

const PAGE = 50;

export interface SerialTableProps {
  pool: PoolView;
  batch: { id: number; name: string } | null;
  onClearBatch(): void;
  onChanged(message: string, ok?: boolean): void;
}

/** The pool's serials: search (3+ characters), status filter, pages, selection with delete, release and print. */
export function SerialTable({ pool, batch, onClearBatch, onChanged }: SerialTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const id = { search: useId(), status: useId() };
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'' | 'available' | 'assigned'>('');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Map<number, string>>(new Map());
  const [dialog, setDialog] = useState<'delete' | 'print' | null>(null);
  const term = search.trim();
  const searching = term.length >= MIN_SEARCH_LENGTH;
  const input = {
    poolId: pool.id,
    offset,
    limit: PAGE,
    ...(batch ? { batchId: batch.id } : {}),
    ...(searching ? { search: term } : {}),
    ...(status ? { status } : {}),
  };
  // The pool's counts change when serials change anywhere: refetch the page then.
  const page = useRequest('pools.serials', input, [pool.id, batch?.id, searching ? term : '', status, offset, pool.available, pool.assigned]);
  const rows: PoolSerialView[] = page.value?.serials ?? [];
  const total = page.value?.total ?? 0;

  const toggle = (s: PoolSerialView) =>
    setSelected((m) => {
      const next = new Map(m);
      if (next.has(s.id)) next.delete(s.id);
      else next.set(s.id, s.value);
      return next;
    });
  const allOnPage = rows.length > 0 && rows.every((s) => selected.has(s.id));
  const toggleAll = () =>
    setSelected((m) => {
      const next = new Map(m);
      for (const s of rows) {
        if (allOnPage) next.delete(s.id);
        else next.set(s.id, s.value);
      }
      return next;
    });

  const act = async (what: 'delete' | 'release') => {
    setDialog(null);
    try {
      const serialIds = [...selected.keys()];
      if (what === 'delete') {
        const r = await call(client, 'pools.delete', { poolId: pool.id, serialIds });
        onChanged(t('ui-serials.serials.deleted', { count: r.deleted }));
      } else {
        const r = await call(client, 'pools.release', { poolId: pool.id, serialIds });
        onChanged(t('ui-serials.serials.released', { count: r.released }));
      }
      setSelected(new Map());
    } catch (err) {
      onChanged(errorText(t, err), false);
    }
  };

  return (
    <section aria-label={t('ui-serials.serials.label')}>
      <div className="pool-filters">
        <label htmlFor={id.search}>{t('ui-serials.serials.search', { min: MIN_SEARCH_LENGTH })}</label>
        <input id={id.search} value={search} onChange={(e) => { setSearch(e.target.value); setOffset(0); }} />
        <label htmlFor={id.status}>{t('ui-serials.serials.status')}</label>
        <select id={id.status} value={status} onChange={(e) => { setStatus(e.target.value as typeof status); setOffset(0); }}>
          <option value="">{t('ui-serials.serials.statusAll')}</option>
          <option value="available">{t('ui-serials.serials.statusAvailable')}</option>
          <option value="assigned">{t('ui-serials.serials.statusAssigned')}</option>
        </select>
        {batch ? (
          <button type="button" onClick={onClearBatch}>
            {t('ui-serials.serials.allBatches', { batch: batch.name })}
          </button>
        ) : null}
      </div>
      {term.length > 0 && !searching ? <p className="option-help">{t('ui-serials.serials.searchTooShort', { min: MIN_SEARCH_LENGTH })}</p> : null}
      <div className="button-row">
        <button type="button" disabled={selected.size === 0} onClick={() => setDialog('print')}>{t('ui-serials.serials.printSelected', { count: selected.size })}</button>
        <button type="button" disabled={selected.size === 0} onClick={() => void act('release')}>{t('ui-serials.serials.releaseSelected')}</button>
        <button type="button" className="danger" disabled={selected.size === 0} onClick={() => setDialog('delete')}>{t('ui-serials.serials.deleteSelected')}</button>
        {selected.size > 0 ? <button type="button" onClick={() => setSelected(new Map())}>{t('ui-serials.serials.clearSelection')}</button> : null}
      </div>
      <table className="pool-serials">
        <thead>
          <tr>
            <th scope="col"><input type="checkbox" aria-label={t('ui-serials.serials.selectPage')} checked={allOnPage} onChange={toggleAll} /></th>
            <th scope="col">{t('ui-serials.col.serial')}</th>
            <th scope="col">{t('ui-serials.col.status')}</th>
            <th scope="col">{t('ui-serials.col.batch')}</th>
            <th scope="col">{t('ui-serials.col.lot')}</th>
            <th scope="col">{t('ui-serials.col.expiry')}</th>
            <th scope="col">{t('ui-serials.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td><input type="checkbox" aria-label={t('ui-serials.serials.select', { serial: s.value })} checked={selected.has(s.id)} onChange={() => toggle(s)} /></td>
              <td className="pool-mono">{s.value}</td>
              <td>{statusWord(s.status, t)}</td>
              <td>{s.batch ?? '—'}</td>
              <td>{s.lot ?? '—'}</td>
              <td>{s.expiry ? day(i18n, s.expiry) : '—'}</td>
              <td>{t('ui-serials.serials.source', { source: s.source })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <span>{total === 0 ? t('ui-serials.serials.none') : t('ui-serials.serials.page', { from: offset + 1, to: Math.min(total, offset + PAGE), total })}</span>
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('ui-serials.serials.previous')}</button>
        <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>{t('ui-serials.serials.next')}</button>
      </div>
      {dialog === 'delete' ? <DeleteDialog values={[...selected.values()]} onConfirm={() => void act('delete')} onClose={() => setDialog(null)} /> : null}
      {dialog === 'print' ? (
        <PrintDialog
          pool={pool}
          selection={{ serialIds: [...selected.keys()], label: t('ui-serials.serials.selection', { count: selected.size }) }}
          onClose={() => setDialog(null)}
          onPrinted={(message) => {
            setDialog(null);
            setSelected(new Map());
            onChanged(message);
          }}
        />
      ) : null}
    </section>
  );
}
