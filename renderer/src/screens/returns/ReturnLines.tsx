import { locationText, type ReturnState } from '../../../../shared/workflows/lifecycle';
import { Serial } from '../../words/Serial';
import { DoneMark } from '../../wizard/DocumentProgress';

const money = (v: number | null) => (v === null ? '—' : v.toFixed(2));

/** What shipped on the order and came back, and each returned unit (a credit memo line). */
export function ReturnLines({ state }: { state: ReturnState }) {
  return (
    <>
      <table className="progress-table" aria-label="Order lines">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">SKU</th>
            <th scope="col">Product</th>
            <th scope="col" className="num">Shipped</th>
            <th scope="col" className="num">Returned</th>
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
              <td className="num">{l.shipped}</td>
              <td className="num">{l.returned}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Returned units</h2>
      {state.lines.length === 0 ? (
        <p>No unit scanned yet.</p>
      ) : (
        <table className="progress-table" aria-label="Returned units">
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Serial</th>
              <th scope="col">Condition</th>
              <th scope="col">Put away</th>
              <th scope="col" className="num">Credit</th>
            </tr>
          </thead>
          <tbody>
            {state.lines.map((l) => (
              <tr key={l.line_id} data-serial={l.serial ?? ''}>
                <td>{l.sku}</td>
                <td>{l.serial ? <Serial value={l.serial} /> : '—'}</td>
                <td>{l.condition ?? '—'}</td>
                <td>{l.disposition ? `${l.disposition === 'restock' ? 'Restocked' : 'Quarantined'} at ${locationText(l.warehouse, l.bin)}` : 'Waiting'}</td>
                <td className="num">{money(l.credit_amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>Credit total</th>
              <td className="num">{state.credit_total.toFixed(2)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </>
  );
}
