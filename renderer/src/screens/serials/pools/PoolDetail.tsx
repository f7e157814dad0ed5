import { useState } from 'react';
import type { PoolView } from '../../../../../shared/workflows/pools';
import { useI18n } from '../../../i18n/i18n-context';
import { BatchList } from './BatchList';
import { DonutChart } from './DonutChart';
import { GeneratePanel } from './GeneratePanel';
import { PoolSettings } from './PoolSettings';
import { SerialTable } from './SerialTable';

/** One pool: its summary donut, generation, and its serials or batches. */
export function PoolDetail({ pool, onChanged }: { pool: PoolView; onChanged(): void }) {
  const { t, number } = useI18n();
  const [view, setView] = useState<'serials' | 'batches'>('serials');
  const [batch, setBatch] = useState<{ id: number; name: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const changed = (text: string, ok = true) => {
    setMessage({ ok, text });
    onChanged();
  };
  return (
    <section className="pool-detail" aria-labelledby="pool-detail-title">
      <h2 id="pool-detail-title">
        {pool.name} — {pool.code_schema} {pool.product_code}
      </h2>
      <div className="pool-summary">
        <DonutChart available={pool.available} assigned={pool.assigned} />
        <dl className="pool-facts">
          <dt>{t('ui-serials.col.sku')}</dt>
          <dd>{pool.sku}</dd>
          <dt>{t('ui-serials.col.product')}</dt>
          <dd>{pool.product_name}</dd>
          <dt>{t('ui-serials.col.source')}</dt>
          <dd>{pool.source === 'api' ? t('ui-serials.pool.sourceApi') : t('ui-serials.pool.sourceStation')}</dd>
          <dt>{t('ui-serials.col.type')}</dt>
          <dd>{t('ui-serials.pool.mode', { mode: pool.mode })}</dd>
          <dt>{t('ui-serials.pool.length')}</dt>
          <dd>{number(pool.serial_length)}</dd>
        </dl>
        <div>
          <GeneratePanel pool={pool} onDone={(text) => changed(text)} />
          <PoolSettings pool={pool} onSaved={(text) => changed(text)} />
        </div>
      </div>
      {message ? <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'pool-ok' : 'form-error'}>{message.text}</p> : null}
      <div className="button-row" role="group" aria-label={t('ui-serials.pool.view')}>
        <button type="button" aria-pressed={view === 'serials'} onClick={() => setView('serials')}>{t('ui-serials.pool.allSerials')}</button>
        <button type="button" aria-pressed={view === 'batches'} onClick={() => setView('batches')}>{t('ui-serials.pool.batches', { count: pool.batches })}</button>
      </div>
      {view === 'serials' ? (
        <SerialTable pool={pool} batch={batch} onClearBatch={() => setBatch(null)} onChanged={changed} />
      ) : (
        <BatchList
          pool={pool}
          onShow={(b) => {
            setBatch({ id: b.id, name: b.name });
            setView('serials');
          }}
          onChanged={(text) => changed(text)}
        />
      )}
    </section>
  );
}
