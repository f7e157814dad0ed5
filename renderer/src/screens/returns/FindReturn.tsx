import { useId, useState } from 'react';
import { RETURN_REASONS, RETURN_REASON_LABELS, type FindReturnResult } from '../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { ScanField } from '../../scan/ScanField';
import { useScanHandler } from '../../scan/scan-router';
import { Verdict } from '../../scan/Verdict';
import { useVerdicts } from '../../wizard/use-verdicts';
import { statusWord } from '../../words/statuses';

/**
 * Step 1: an order number, an RMA number, or a serial that shipped on an order. An order's open
 * RMA is resumed; otherwise a new RMA is opened with the reason chosen here.
 */
export function FindReturn({ onOpen }: { onOpen(rma: string): void }) {
  const client = useClient();
  const verdicts = useVerdicts();
  const reasonId = useId();
  const [reason, setReason] = useState<string>('defective');
  const [found, setFound] = useState<FindReturnResult | null>(null);
  const openRmas = useRequest('returns.list', {});

  const start = async (order: string) => {
    const r = await call(client, 'returns.create', { order_number: order, reason });
    verdicts.show(order, { verdict: 'accepted', reason: null, message: `${r.state.rma_number} opened for ${order}.` });
    onOpen(r.state.rma_number);
  };

  useScanHandler(async ({ code }) => {
    try {
      const r = await call(client, 'returns.find', { query: code });
      setFound(r);
      if (r.by === 'none' || r.order_number === null) {
        verdicts.show(code, { verdict: 'rejected', reason: 'unknown_document', message: `No order, RMA or shipped serial matches ${code.slice(0, 60)}.` });
        return;
      }
      const rma = r.by === 'rma' ? code.trim() : r.returns.find((x) => x.status === 'open')?.rma_number;
      if (rma) {
        verdicts.show(code, { verdict: 'accepted', reason: null, message: `Opening ${rma}.` });
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
        <label htmlFor={reasonId}>Reason for the return</label>
        <select id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)}>
          {RETURN_REASONS.map((r) => (
            <option key={r} value={r}>
              {RETURN_REASON_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <ScanField active prompt="Scan or type the order number or RMA number — or a serial of a returned unit." />
      <Verdict view={verdicts.view} />
      {found && found.order_number && found.returns.length > 0 ? (
        <section aria-label={`Returns of ${found.order_number}`}>
          <h2>Returns of {found.order_number}</h2>
          <ul className="candidate-list">
            {found.returns.map((r) => (
              <li key={r.rma_number}>
                <button type="button" onClick={() => onOpen(r.rma_number)}>
                  Open {r.rma_number} — {r.units} unit{r.units === 1 ? '' : 's'} ({statusWord(r.status)})
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {openRmas.value && openRmas.value.returns.length > 0 ? (
        <section aria-label="Open returns">
          <h2>Open returns</h2>
          <ul className="candidate-list">
            {openRmas.value.returns.map((r) => (
              <li key={r.rma_number}>
                <button type="button" onClick={() => onOpen(r.rma_number)}>
                  Open {r.rma_number} — order {r.order_number} — {r.units} unit{r.units === 1 ? '' : 's'} — since {new Date(r.created_at).toLocaleDateString()}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
