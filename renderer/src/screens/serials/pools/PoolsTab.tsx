import { useCallback, useId, useState } from 'react';
import { useEvent, useRequest } from '../../../client/station-context';
import { useI18n } from '../../../i18n/i18n-context';
import { CreatePool } from './CreatePool';
import { PoolDetail } from './PoolDetail';

/** Serials → Pools: every product's serial pool with its counts, filtered by product code or name. */
export function PoolsTab() {
  const { t, number } = useI18n();
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
        <label htmlFor={filterId}>{t('ui-serials.pools.filter')}</label>
        <input id={filterId} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" onClick={() => setFilter('')} disabled={filter === ''}>{t('ui-serials.pools.resetFilter')}</button>
        <button type="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>{t('ui-serials.pools.new')}</button>
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
            <th scope="col">{t('ui-serials.col.productCode')}</th>
            <th scope="col">{t('ui-serials.col.schema')}</th>
            <th scope="col">{t('ui-serials.col.sku')}</th>
            <th scope="col">{t('ui-serials.col.name')}</th>
            <th scope="col" className="num">{t('ui-serials.col.available')}</th>
            <th scope="col" className="num">{t('ui-serials.col.assigned')}</th>
            <th scope="col" className="num">{t('ui-serials.col.limit')}</th>
            <th scope="col">{t('ui-serials.col.pool')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.id} className={p.id === selectedId ? 'line-current' : undefined}>
              <td className="pool-mono">{p.product_code}</td>
              <td>{p.code_schema}</td>
              <td>{p.sku}</td>
              <td>{p.name}</td>
              <td className="num">{number(p.available)}</td>
              <td className="num">{number(p.assigned)}</td>
              <td className="num">{number(p.limit)}</td>
              <td>
                <button type="button" className="small" aria-label={t('ui-serials.pools.open', { sku: p.sku })} aria-pressed={p.id === selectedId} onClick={() => setSelectedId(p.id)}>
                  {t('ui-serials.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pools.value && list.length === 0 ? <p>{filter ? t('ui-serials.pools.noMatch') : t('ui-serials.pools.none')}</p> : null}
      {selected ? <PoolDetail key={selected.id} pool={selected} onChanged={() => pools.reload()} /> : null}
    </div>
  );
}
