import { locationText, type ReturnState } from '../../../../shared/workflows/lifecycle';
import { Serial } from '../../words/Serial';
import { DoneMark } from '../../wizard/DocumentProgress';
import { useI18n } from '../../i18n/i18n-context';

/** What shipped on the order and came back, and each returned unit (a credit memo line). */
export function ReturnLines({ state }: { state: ReturnState }) {
  const { t, number } = useI18n();
  const money = (v: number | null) => (v === null ? '—' : t('ui-returns.amount', { amount: v }));
  return (
    <>
      <table className="progress-table" aria-label={t('ui-returns.lines.orderLines')}>
        <thead>
          <tr>
            <th scope="col">{t('ui-returns.column.line')}</th>
            <th scope="col">{t('ui-returns.column.sku')}</th>
            <th scope="col">{t('ui-returns.column.product')}</th>
            <th scope="col" className="num">{t('ui-returns.column.shipped')}</th>
            <th scope="col" className="num">{t('ui-returns.column.returned')}</th>
          </tr>
        </thead>
        <tbody>
          {state.order_lines.map((l) => (
            <tr key={l.order_line_id} data-sku={l.sku}>
              <td>
                {l.shipped > 0 && l.returned >= l.shipped ? <DoneMark /> : null}
                {l.line_no}
              </td>
              <td>{l.sku}</td>
              <td>{l.name}</td>
              <td className="num">{number(l.shipped)}</td>
              <td className="num">{number(l.returned)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('ui-returns.lines.returnedUnits')}</h2>
      {state.lines.length === 0 ? (
        <p>{t('ui-returns.lines.none')}</p>
      ) : (
        <table className="progress-table" aria-label={t('ui-returns.lines.returnedUnits')}>
          <thead>
            <tr>
              <th scope="col">{t('ui-returns.column.sku')}</th>
              <th scope="col">{t('ui-returns.column.serial')}</th>
              <th scope="col">{t('ui-returns.column.condition')}</th>
              <th scope="col">{t('ui-returns.column.putAway')}</th>
              <th scope="col" className="num">{t('ui-returns.column.credit')}</th>
            </tr>
          </thead>
          <tbody>
            {state.lines.map((l) => (
              <tr key={l.line_id} data-serial={l.serial ?? ''}>
                <td>{l.sku}</td>
                <td>{l.serial ? <Serial value={l.serial} /> : '—'}</td>
                <td>{l.condition ? t('ui-returns.conditionCode', { condition: l.condition }) : '—'}</td>
                <td>{l.disposition ? t('ui-returns.lines.putAwayAt', { disposition: l.disposition, location: locationText(l.warehouse, l.bin) }) : t('ui-returns.lines.waiting')}</td>
                <td className="num">{money(l.credit_amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>{t('ui-returns.lines.creditTotal')}</th>
              <td className="num">{money(state.credit_total)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </>
  );
}
