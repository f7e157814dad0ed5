import { useCallback, useId, useState } from 'react';
import type { ShippingState } from '../../../../shared/workflows/shipping';
import { call, RequestFailed, useClient, useEvent, useRequest } from '../../client/station-context';
import { Verdict } from '../../scan/Verdict';
import { useVerdicts } from '../../wizard/use-verdicts';
import { countOf, statusWord } from '../../words/statuses';


/** Open orders with their status; search by order number, SKU or serial; pack one from here. */
export function OrdersView({ onOpen }: { onOpen(state: ShippingState, message: string): void }) {
  const client = useClient();
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
      if (r.state) onOpen(r.state, r.message);
      else verdicts.show(order, r);
    } catch (err) {
      verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));
    }
  };

  const orders = list.value?.orders ?? [];
  return (
    <section aria-label="Orders">
      <div className="pool-filters">
        <label htmlFor={ids.q}>Search orders</label>
        <input id={ids.q} value={query} onChange={(e) => setQuery(e.target.value)} placeholder="order number, SKU or serial" spellCheck={false} />
        <input id={ids.shipped} type="checkbox" checked={includeShipped} onChange={(e) => setIncludeShipped(e.target.checked)} />
        <label htmlFor={ids.shipped}>Include shipped orders</label>
      </div>
      <Verdict view={verdicts.view} />
      <p className="table-count" aria-live="polite">
        {list.loading ? 'Loading…' : countOf(orders.length, 'order')}
      </p>
      <table aria-label="Orders list">
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Status</th>
            <th scope="col">Confirmed</th>
            <th scope="col">Warehouse</th>
            <th scope="col" className="num">Lines</th>
            <th scope="col" className="num">Units</th>
            <th scope="col" className="num">Scanned</th>
            <th scope="col">Updated</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.order_number} data-order={o.order_number}>
              <td>{o.order_number}</td>
              <td className={`order-status order-${o.status}`}>{statusWord(o.status)}</td>
              <td>{o.confirmed ? 'yes' : 'no'}</td>
              <td>{o.warehouse ?? '—'}</td>
              <td className="num">{o.lines}</td>
              <td className="num">{o.units}</td>
              <td className="num">{o.scanned_units}</td>
              <td>{new Date(o.updated_at).toLocaleString()}</td>
              <td>
                {o.status === 'shipped' ? null : (
                  <button type="button" className="small" aria-label={`Pack ${o.order_number}`} onClick={() => void pack(o.order_number)}>
                    Pack
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
