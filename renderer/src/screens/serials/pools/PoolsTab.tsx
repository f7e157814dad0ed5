import { useCallback, useId, useState } from 'react';
import { useEvent, useRequest } from '../../../client/station-context';
import { CreatePool } from './CreatePool';
import { PoolDetail } from './PoolDetail';

/** Serials → Pools: every product's serial pool with its counts, filtered by product code or name. */
export function PoolsTab() {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const pools = useRequest('pools.list', filter.trim() ? { filter: filter.trim() } : {}, [filter.trim()]);
  // Pools change from this screen, other windows and the REST API: the station pushes it.
  const { reload } = pools;
  useEvent('pools.changed', useCallback(() => reload(), [reload]));
  const list = pools.value?.pools ?? [];
  const selected = list.find((p) => p.id === selectedId) ?? null;

  return (
    <div className="pools">
      <div className="pool-filters">
        <label htmlFor={filterId}>Filter pools (product code or name)</label>
        <input id={filterId} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" onClick={() => setFilter('')} disabled={filter === ''}>Reset filter</button>
        <button type="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>New pool</button>
      </div>
      {creating ? (
        <CreatePool
          onCreated={(pool) => {
            setCreating(false);
            setSelectedId(pool.id);
            pools.reload();
          }}
        />
      ) : null}
      <table className="pool-list">
        <thead>
          <tr>
            <th scope="col">Product code</th>
            <th scope="col">Schema</th>
            <th scope="col">SKU</th>
            <th scope="col">Name</th>
            <th scope="col" className="num">Available</th>
            <th scope="col" className="num">Assigned</th>
            <th scope="col" className="num">Limit</th>
            <th scope="col">Pool</th>
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.id} className={p.id === selectedId ? 'line-current' : undefined}>
              <td className="pool-mono">{p.product_code}</td>
              <td>{p.code_schema}</td>
              <td>{p.sku}</td>
              <td>{p.name}</td>
              <td className="num">{p.available}</td>
              <td className="num">{p.assigned}</td>
              <td className="num">{p.limit}</td>
              <td>
                <button type="button" className="small" aria-label={`Open pool ${p.sku}`} aria-pressed={p.id === selectedId} onClick={() => setSelectedId(p.id)}>
                  Open
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pools.value && list.length === 0 ? <p>{filter ? 'No pool matches the filter.' : 'No serial pools yet: create one with "New pool".'}</p> : null}
      {selected ? <PoolDetail key={selected.id} pool={selected} onChanged={() => pools.reload()} /> : null}
    </div>
  );
}
