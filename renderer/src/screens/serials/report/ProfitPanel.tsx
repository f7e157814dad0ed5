import { useId, useState } from 'react';
import type { ProfitGroup } from '../../../../../shared/workflows/lifecycle-report';
import { useRequest } from '../../../client/station-context';

const money = (v: number) => v.toFixed(2);

/**
 * Profit and loss of shipped units per order or per product (cost by serial when the option is on),
 * less returns: credit memos, and the cost of units put back in stock.
 */
export function ProfitPanel() {
  const id = useId();
  const [by, setBy] = useState<ProfitGroup>('order');
  const profit = useRequest('reports.profit', { by }, [by]);
  const p = profit.value;
  return (
    <section aria-labelledby={`${id}-title`} className="profit">
      <h2 id={`${id}-title`}>Profit and loss</h2>
      <div className="pool-filters">
        <label htmlFor={id}>Per</label>
        <select id={id} value={by} onChange={(e) => setBy(e.target.value as ProfitGroup)}>
          <option value="order">Order</option>
          <option value="product">Product</option>
        </select>
        <button type="button" onClick={profit.reload}>Refresh</button>
        {p ? <span className="tag">{p.by_serial ? 'Units cost the purchase price of the PO that received their serial.' : 'Units cost the product’s average cost.'}</span> : null}
      </div>
      {profit.error ? <p role="alert">{profit.error.message}</p> : null}
      {p ? (
        <table aria-label={`Profit per ${by}`}>
          <thead>
            <tr>
              <th scope="col">{by === 'order' ? 'Order' : 'SKU'}</th>
              <th scope="col">{by === 'order' ? 'Shipped' : 'Product'}</th>
              <th scope="col" className="num">Units</th>
              <th scope="col" className="num">By serial</th>
              <th scope="col" className="num">Revenue</th>
              <th scope="col" className="num">Cost</th>
              <th scope="col" className="num">Returned</th>
              <th scope="col" className="num">Credits</th>
              <th scope="col" className="num">Cost back</th>
              <th scope="col" className="num">Margin</th>
              <th scope="col" className="num">Margin %</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={r.key}>
                <td>{r.key}</td>
                <td>{by === 'order' ? r.label.slice(0, 10) : r.label}</td>
                <td className="num">{r.units}</td>
                <td className="num">{r.serial_costed}</td>
                <td className="num">{money(r.revenue)}</td>
                <td className="num">{money(r.cost)}</td>
                <td className="num">{r.returned_units}</td>
                <td className="num">{money(r.credits)}</td>
                <td className="num">{money(r.returned_cost)}</td>
                <td className="num">{money(r.margin)}</td>
                <td className="num">{r.margin_pct === null ? '—' : `${r.margin_pct}%`}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>Total</th>
              <td className="num">{p.totals.units}</td>
              <td className="num">{p.totals.serial_costed}</td>
              <td className="num">{money(p.totals.revenue)}</td>
              <td className="num">{money(p.totals.cost)}</td>
              <td className="num">{p.totals.returned_units}</td>
              <td className="num">{money(p.totals.credits)}</td>
              <td className="num">{money(p.totals.returned_cost)}</td>
              <td className="num">{money(p.totals.margin)}</td>
              <td className="num">{p.totals.margin_pct === null ? '—' : `${p.totals.margin_pct}%`}</td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </section>
  );
}
