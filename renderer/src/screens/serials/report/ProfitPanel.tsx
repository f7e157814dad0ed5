import { useId, useState } from 'react';
import type { ProfitGroup } from '../../../../../shared/workflows/lifecycle-report';
import { sentence, useI18n } from '../../../i18n/i18n-context';
import { useRequest } from '../../../client/station-context';
import { day, fixed2 } from '../words';

/**
 * Profit and loss of shipped units per order or per product (cost by serial when the option is on),
 * less returns: credit memos, and the cost of units put back in stock.
 */
export function ProfitPanel() {
  const i18n = useI18n();
  const { t, number } = i18n;
  const money = (v: number) => fixed2(i18n.lang, v);
  const pct = (v: number | null) => (v === null ? '—' : t('ui-serials.profit.percent', { pct: v }));
  const id = useId();
  const [by, setBy] = useState<ProfitGroup>('order');
  const profit = useRequest('reports.profit', { by }, [by]);
  const p = profit.value;
  return (
    <section aria-labelledby={`${id}-title`} className="profit">
      <h2 id={`${id}-title`}>{t('ui-serials.profit.title')}</h2>
      <div className="pool-filters">
        <label htmlFor={id}>{t('ui-serials.profit.per')}</label>
        <select id={id} value={by} onChange={(e) => setBy(e.target.value as ProfitGroup)}>
          <option value="order">{t('ui-serials.profit.byOrder')}</option>
          <option value="product">{t('ui-serials.profit.byProduct')}</option>
        </select>
        <button type="button" onClick={profit.reload}>{t('ui-serials.refresh')}</button>
        {p ? <span className="tag">{p.by_serial ? t('ui-serials.profit.costBySerial') : t('ui-serials.profit.costAverage')}</span> : null}
      </div>
      {profit.error ? <p role="alert">{sentence(t, profit.error)}</p> : null}
      {p ? (
        <table aria-label={t('ui-serials.profit.table', { by })}>
          <thead>
            <tr>
              <th scope="col">{by === 'order' ? t('ui-serials.col.order') : t('ui-serials.col.sku')}</th>
              <th scope="col">{by === 'order' ? t('ui-serials.col.shipped') : t('ui-serials.col.product')}</th>
              <th scope="col" className="num">{t('ui-serials.col.units')}</th>
              <th scope="col" className="num">{t('ui-serials.col.bySerial')}</th>
              <th scope="col" className="num">{t('ui-serials.col.revenue')}</th>
              <th scope="col" className="num">{t('ui-serials.col.cost')}</th>
              <th scope="col" className="num">{t('ui-serials.col.returned')}</th>
              <th scope="col" className="num">{t('ui-serials.col.credits')}</th>
              <th scope="col" className="num">{t('ui-serials.col.costBack')}</th>
              <th scope="col" className="num">{t('ui-serials.col.margin')}</th>
              <th scope="col" className="num">{t('ui-serials.col.marginPct')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={r.key}>
                <td>{r.key}</td>
                <td>{by === 'order' ? day(i18n, r.label) : r.label}</td>
                <td className="num">{number(r.units)}</td>
                <td className="num">{number(r.serial_costed)}</td>
                <td className="num">{money(r.revenue)}</td>
                <td className="num">{money(r.cost)}</td>
                <td className="num">{number(r.returned_units)}</td>
                <td className="num">{money(r.credits)}</td>
                <td className="num">{money(r.returned_cost)}</td>
                <td className="num">{money(r.margin)}</td>
                <td className="num">{pct(r.margin_pct)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{t('ui-serials.profit.total')}</th>
              <td className="num">{number(p.totals.units)}</td>
              <td className="num">{number(p.totals.serial_costed)}</td>
              <td className="num">{money(p.totals.revenue)}</td>
              <td className="num">{money(p.totals.cost)}</td>
              <td className="num">{number(p.totals.returned_units)}</td>
              <td className="num">{money(p.totals.credits)}</td>
              <td className="num">{money(p.totals.returned_cost)}</td>
              <td className="num">{money(p.totals.margin)}</td>
              <td className="num">{pct(p.totals.margin_pct)}</td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </section>
  );
}
