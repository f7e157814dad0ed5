import { useId, useState } from 'react';
import { RETURN_REASONS, type FindReturnResult } from '../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { ScanField } from '../../scan/ScanField';
import { useScanHandler } from '../../scan/scan-router';
import { Verdict } from '../../scan/Verdict';
import { useVerdicts } from '../../wizard/use-verdicts';
import { statusWord } from '../../words/statuses';
import { useI18n } from '../../i18n/i18n-context';
import { REASON_KEYS } from './labels';

/**
 * Step 1: an order number, an RMA number, or a serial that shipped on an order. An order's open
 * RMA is resumed; otherwise a new RMA is opened with the reason chosen here.
 */
export function FindReturn({ onOpen }: { onOpen(rma: string): void }) {
  const { t, date } = useI18n();
  const client = useClient();
  const verdicts = useVerdicts();
  const reasonId = useId();
  const [reason, setReason] = useState<string>('defective');
  const [found, setFound] = useState<FindReturnResult | null>(null);
  const openRmas = useRequest('returns.list', {});

  const start = async (order: string) => {
    const r = await call(client, 'returns.create', { order_number: order, reason });
    verdicts.show(order, { verdict: 'accepted', reason: null, message: t('ui-returns.find.created', { rma: r.state.rma_number, order }) });
    onOpen(r.state.rma_number);
  };

  useScanHandler(async ({ code }) => {
    try {
      const r = await call(client, 'returns.find', { query: code });
      setFound(r);
      if (r.by === 'none' || r.order_number === null) {
        verdicts.show(code, { verdict: 'rejected', reason: 'unknown_document', message: t('ui-returns.find.noMatch', { code: code.slice(0, 60) }) });
        return;
      }
      const rma = r.by === 'rma' ? code.trim() : r.returns.find((x) => x.status === 'open')?.rma_number;
      if (rma) {
        verdicts.show(code, { verdict: 'accepted', reason: null, message: t('ui-returns.find.opening', { rma }) });
        onOpen(rma);
        return 'leave';
      }
      await start(r.order_number);
      return 'leave';
    } catch (err) {
      verdicts.show(code, { verdict: 'rejected', reason: null, message: err instanceof RequestFailed ? err.message : String(err) });
    }
  });

  return (
    <div className="find-po">
      <div className="qty-row">
        <label htmlFor={reasonId}>{t('ui-returns.find.reason')}</label>
        <select id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)}>
          {RETURN_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(REASON_KEYS[r])}
            </option>
          ))}
        </select>
      </div>
      <ScanField active prompt={t('ui-returns.find.prompt')} />
      <Verdict view={verdicts.view} />
      {found && found.order_number && found.returns.length > 0 ? (
        <section aria-label={t('ui-returns.find.returnsOf', { order: found.order_number })}>
          <h2>{t('ui-returns.find.returnsOf', { order: found.order_number })}</h2>
          <ul className="candidate-list">
            {found.returns.map((r) => (
              <li key={r.rma_number}>
                <button type="button" onClick={() => onOpen(r.rma_number)}>
                  {t('ui-returns.find.returnOfOrder', { rma: r.rma_number, units: r.units, status: statusWord(r.status, t) })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {openRmas.value && openRmas.value.returns.length > 0 ? (
        <section aria-label={t('ui-returns.find.openReturns')}>
          <h2>{t('ui-returns.find.openReturns')}</h2>
          <ul className="candidate-list">
            {openRmas.value.returns.map((r) => (
              <li key={r.rma_number}>
                <button type="button" onClick={() => onOpen(r.rma_number)}>
                  {t('ui-returns.find.openReturn', { rma: r.rma_number, order: r.order_number, units: r.units, since: date(r.created_at) })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
