import { useId, useState } from 'react';
import { MIN_SEARCH_LENGTH, type PoolSerialView, type PoolView } from '../../../../../shared/workflows/pools';
import { call, useClient, useRequest } from '../../../client/station-context';
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
        onChanged(`Deleted ${r.deleted} serial${r.deleted === 1 ? '' : 's'}`);
      } else {
        const r = await call(client, 'pools.release', { poolId: pool.id, serialIds });
        onChanged(`Released ${r.released} serial${r.released === 1 ? '' : 's'} to available`);
      }
      setSelected(new Map());
    } catch (err) {
      onChanged(errorText(err), false);
    }
  };

  return (
    <section aria-label="Serials of the pool">
      <div className="pool-filters">
        <label htmlFor={id.search}>Search serials (at least {MIN_SEARCH_LENGTH} characters)</label>
        <input id={id.search} value={search} onChange={(e) => { setSearch(e.target.value); setOffset(0); }} />
        <label htmlFor={id.status}>Serial status</label>
        <select id={id.status} value={status} onChange={(e) => { setStatus(e.target.value as typeof status); setOffset(0); }}>
          <option value="">all</option>
          <option value="available">available</option>
          <option value="assigned">assigned</option>
        </select>
        {batch ? (
          <button type="button" onClick={onClearBatch}>
            Show all batches (now: {batch.name})
          </button>
        ) : null}
      </div>
      {term.length > 0 && !searching ? <p className="option-help">Type at least {MIN_SEARCH_LENGTH} characters to search.</p> : null}
      <div className="button-row">
        <button type="button" disabled={selected.size === 0} onClick={() => setDialog('print')}>Print selected ({selected.size})</button>
        <button type="button" disabled={selected.size === 0} onClick={() => void act('release')}>Release selected</button>
        <button type="button" className="danger" disabled={selected.size === 0} onClick={() => setDialog('delete')}>Delete selected</button>
        {selected.size > 0 ? <button type="button" onClick={() => setSelected(new Map())}>Clear selection</button> : null}
      </div>
      <table className="pool-serials">
        <thead>
          <tr>
            <th scope="col"><input type="checkbox" aria-label="Select all on this page" checked={allOnPage} onChange={toggleAll} /></th>
            <th scope="col">Serial</th>
            <th scope="col">Status</th>
            <th scope="col">Batch</th>
            <th scope="col">Lot</th>
            <th scope="col">Expiry</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td><input type="checkbox" aria-label={`Select ${s.value}`} checked={selected.has(s.id)} onChange={() => toggle(s)} /></td>
              <td className="pool-mono">{s.value}</td>
              <td>{statusWord(s.status)}</td>
              <td>{s.batch ?? '—'}</td>
              <td>{s.lot ?? '—'}</td>
              <td>{s.expiry ?? '—'}</td>
              <td>{s.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <span>{total === 0 ? 'No serials' : `Serials ${offset + 1}–${Math.min(total, offset + PAGE)} of ${total}`}</span>
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous page</button>
        <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>Next page</button>
      </div>
      {dialog === 'delete' ? <DeleteDialog values={[...selected.values()]} onConfirm={() => void act('delete')} onClose={() => setDialog(null)} /> : null}
      {dialog === 'print' ? (
        <PrintDialog
          pool={pool}
          selection={{ serialIds: [...selected.keys()], label: `${selected.size} selected serial${selected.size === 1 ? '' : 's'}` }}
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
