import type { CreditMemo as Memo } from '../../../../shared/workflows/lifecycle';

/** The credit memo of a closed RMA: one line per returned unit at its sale price. */
export function CreditMemo({ memo }: { memo: Memo }) {
  return (
    <section aria-label={`Credit memo ${memo.rma_number}`} className="credit-memo">
      <h2>Credit memo {memo.rma_number}</h2>
      <p>Order {memo.order_number}</p>
      <ul>
        {memo.lines.map((l, i) => (
          <li key={i}>
            {l.qty} × {l.sku}
            {l.serial ? ` (serial ${l.serial})` : ''} at {l.unit_price === null ? 'no price' : l.unit_price.toFixed(2)} = {l.amount.toFixed(2)}
            {l.disposition ? ` — ${l.disposition === 'restock' ? 'restocked' : 'quarantined'}` : ''}
          </li>
        ))}
      </ul>
      <p>
        <strong>Total credit {memo.total.toFixed(2)}</strong>
      </p>
    </section>
  );
}
