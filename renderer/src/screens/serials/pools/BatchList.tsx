import { useState } from 'react';
import type { BatchView, PoolView } from '../../../../../shared/workflows/pools';
import { useRequest } from '../../../client/station-context';
import { useI18n } from '../../../i18n/i18n-context';
import { PrintDialog } from './PrintDialog';

/** The pool's batches, newest first: open one's serials, or print the whole batch. */
export function BatchList({ pool, onShow, onChanged }: { pool: PoolView; onShow(batch: BatchView): void; onChanged(message: string): void }) {
  const { t, number, dateTime } = useI18n();
  const batches = useRequest('pools.batches', { poolId: pool.id }, [pool.id, pool.available, pool.assigned, pool.batches]);
  const [printing, setPrinting] = useState<BatchView | null>(null);
  const list = batches.value?.batches ?? [];
  return (
    <section aria-label={t('ui-serials.batches.label')}>
      {list.length === 0 ? <p>{t('ui-serials.batches.empty')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ui-serials.col.batch')}</th>
            <th scope="col">{t('ui-serials.col.created')}</th>
            <th scope="col" className="num">{t('ui-serials.col.available')}</th>
            <th scope="col" className="num">{t('ui-serials.col.assigned')}</th>
            <th scope="col">{t('ui-serials.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((b) => (
            <tr key={b.id}>
              <td>{b.name}</td>
              <td>{dateTime(b.created_at)}</td>
              <td className="num">{number(b.available)}</td>
              <td className="num">{number(b.assigned)}</td>
              <td>
                <button type="button" className="small" aria-label={t('ui-serials.batches.showSerials', { batch: b.name })} onClick={() => onShow(b)}>{t('ui-serials.batches.serials')}</button>{' '}
                <button type="button" className="small" aria-label={t('ui-serials.batches.print', { batch: b.name })} onClick={() => setPrinting(b)}>{t('ui-serials.print.print')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {printing ? (
        <PrintDialog
          pool={pool}
          selection={{ batchId: printing.id, label: t('ui-serials.batches.selection', { batch: printing.name, count: printing.available + printing.assigned }) }}
          onClose={() => setPrinting(null)}
          onPrinted={(message) => {
            setPrinting(null);
            onChanged(message);
          }}
        />
      ) : null}
    </section>
  );
}
