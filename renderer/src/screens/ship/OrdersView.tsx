import { useCallback, useId, useState } from 'react';
import type { ShippingState } from '../../../../shared/workflows/shipping';
import { call, RequestFailed, useClient, useEvent, useRequest } from '../../client/station-context';
import { sentence, useI18n } from '../../i18n/i18n-context';
import { Verdict } from '../../scan/Verdict';
import { useVerdicts } from '../../wizard/use-verdicts';
import { statusWord } from '../../words/statuses';

/** Open orders with their status; search by order number, SKU or serial; pack one from here. */
export function OrdersView({ onOpen }: { onOpen(state: ShippingState, message: string): void }) {
  const client = useClient();
  const { t, number, dateTime } = useI18n();
  const ids = { q: useId(), shipped: useId() };
  const [query, setQuery] = useState('');
  const [includeShipped, setIncludeShipped] = useState(false);
  const list = useRequest('shipping.orders', { ...(query.trim() ? { query: query.trim() } : {}), include_shipped: includeShipped }, [query, includeShipped]);
  const verdicts = useVerdicts();
  // Another station packed, shipped or added orders: the list follows.
  const { reload } = list;
  useEvent('data.changed', useCallback((e: { areas: string[] }) => e.areas.includes('documents') && reload(), [reload]));

  const pack = async (order: string) => {
    try {
      const r = await call(client, 'shipping.open', { order_number: order });
      if (r.state) onOpen(r.state, sentence(t, r));
      else verdicts.show(order, r);
    } catch (err) {
      verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));
    }
  };

  const reprint = async (order: string, what: 'labels' | 'packing_slip') => {
    try {
      const r = await call(client, 'shipping.reprint', { order_number: order, what });
      verdicts.notice(r.ok ? 'accepted' : 'rejected', sentence(t, r));
    } catch (err) {
      verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));
    }
  };

  const orders = list.value?.orders ?? [];
  return (
    <section aria-label={t('ui-ship.orders.label')}>
      <div className="pool-filters">
        <label htmlFor={ids.q}>{t('ui-ship.orders.search')}</label>
        <input id={ids.q} value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('ui-ship.orders.searchPlaceholder')} spellCheck={false} />
        <input id={ids.shipped} type="checkbox" checked={includeShipped} onChange={(e) => setIncludeShipped(e.target.checked)} />
        <label htmlFor={ids.shipped}>{t('ui-ship.orders.includeShipped')}</label>
      </div>
      <Verdict view={verdicts.view} />
      <p className="table-count" aria-live="polite">
        {list.loading ? t('ui-ship.orders.loading') : t('ui-ship.orders.count', { count: orders.length })}
      </p>
      <table aria-label={t('ui-ship.orders.table')}>
        <thead>
          <tr>
            <th scope="col">{t('ui-ship.orders.col.order')}</th>
            <th scope="col">{t('ui-ship.orders.col.status')}</th>
            <th scope="col">{t('ui-ship.orders.col.confirmed')}</th>
            <th scope="col">{t('ui-ship.orders.col.warehouse')}</th>
            <th scope="col" className="num">{t('ui-ship.orders.col.lines')}</th>
            <th scope="col" className="num">{t('ui-ship.orders.col.units')}</th>
            <th scope="col" className="num">{t('ui-ship.orders.col.scanned')}</th>
            <th scope="col">{t('ui-ship.orders.col.updated')}</th>
            <th scope="col">{t('ui-ship.orders.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.order_number} data-order={o.order_number}>
              <td>{o.order_number}</td>
              <td className={`order-status order-${o.status}`}>{statusWord(o.status, t)}</td>
              <td>{o.confirmed ? t('ui-ship.orders.yes') : t('ui-ship.orders.no')}</td>
              <td>{o.warehouse ?? '—'}</td>
              <td className="num">{number(o.lines)}</td>
              <td className="num">{number(o.units)}</td>
              <td className="num">{number(o.scanned_units)}</td>
              <td>{dateTime(o.updated_at)}</td>
              <td>
                {o.status === 'shipped' ? null : (
                  <button type="button" className="small" aria-label={t('ui-ship.orders.packLabel', { order: o.order_number })} onClick={() => void pack(o.order_number)}>
                    {t('ui-ship.orders.pack')}
                  </button>
                )}
                {o.status === 'shipped' || o.status === 'in_progress' ? (
                  <>
                    <button type="button" className="small" aria-label={t('ui-ship.orders.slipLabel', { order: o.order_number })} onClick={() => void reprint(o.order_number, 'packing_slip')}>
                      {t('ui-ship.orders.slip')}
                    </button>
                    <button type="button" className="small" aria-label={t('ui-ship.orders.labelsLabel', { order: o.order_number })} onClick={() => void reprint(o.order_number, 'labels')}>
                      {t('ui-ship.orders.labels')}
                    </button>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
