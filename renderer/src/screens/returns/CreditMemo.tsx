import type { CreditMemo as Memo } from '../../../../shared/workflows/lifecycle';
import { useT } from '../../i18n/i18n-context';

/** The credit memo of a closed RMA: one line per returned unit at its sale price. */
export function CreditMemo({ memo }: { memo: Memo }) {
  const t = useT();
  return (
    <section aria-label={t('ui-returns.memo.title', { rma: memo.rma_number })} className="credit-memo">
      <h2>{t('ui-returns.memo.title', { rma: memo.rma_number })}</h2>
      <p>{t('ui-returns.memo.order', { order: memo.order_number })}</p>
      <ul>
        {memo.lines.map((l, i) => (
          <li key={i}>
            {t('ui-returns.memo.line', {
              qty: l.qty,
              sku: l.sku,
              serial: l.serial ? ` ${t('ui-returns.memo.serial', { serial: l.serial })}` : '',
              price: l.unit_price === null ? t('ui-returns.memo.noPrice') : t('ui-returns.amount', { amount: l.unit_price }),
              amount: l.amount,
              disposition: l.disposition ? ` — ${t(l.disposition === 'restock' ? 'ui-returns.memo.restocked' : 'ui-returns.memo.quarantined')}` : '',
            })}
          </li>
        ))}
      </ul>
      <p>
        <strong>{t('ui-returns.memo.total', { total: memo.total })}</strong>
      </p>
    </section>
  );
}
