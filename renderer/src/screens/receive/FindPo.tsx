import { useState } from 'react';
import type { FindPoResult, PoCandidate } from '../../../../shared/workflows/receiving';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { ScanField } from '../../scan/ScanField';
import { useScanHandler } from '../../scan/scan-router';
import { Verdict } from '../../scan/Verdict';
import { useVerdicts } from '../../wizard/use-verdicts';
import { statusWord } from '../../words/statuses';

function CandidateList({ title, candidates, onOpen }: { title: string; candidates: PoCandidate[]; onOpen(po: string): void }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul className="candidate-list">
        {candidates.map((c) => (
          <li key={c.po_number}>
            <button type="button" onClick={() => onOpen(c.po_number)}>
              Receive {c.po_number} — {c.vendor} — {c.received_qty} of {c.qty} received ({statusWord(c.status)})
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Step 1: a PO number, vendor invoice or tracking number — or a product, then a pick among its open POs. */
export function FindPo({ onOpen }: { onOpen(po: string): void }) {
  const client = useClient();
  const open = useRequest('receiving.find', { query: '' });
  const [found, setFound] = useState<FindPoResult | null>(null);
  const verdicts = useVerdicts();

  useScanHandler(async ({ code }) => {
    try {
      const r = await call(client, 'receiving.find', { query: code });
      const only = r.candidates.length === 1 && r.by !== 'product' ? r.candidates[0] : undefined;
      if (only) {
        verdicts.show(code, { verdict: 'accepted', reason: null, message: `Opening ${only.po_number}.` });
        onOpen(only.po_number);
        return 'leave';
      }
      if (r.candidates.length > 0) {
        setFound(r);
        const what = r.product ? `${r.product.sku} is on ${r.candidates.length} open purchase order(s): pick one.` : `${r.candidates.length} purchase orders match: pick one.`;
        verdicts.show(code, { verdict: 'accepted', reason: null, message: what });
      } else {
        setFound(null);
        const message = r.product ? `${r.product.sku} is on no open purchase order.` : `No purchase order, vendor invoice, tracking number or product matches ${code.slice(0, 60)}.`;
        verdicts.show(code, { verdict: 'rejected', reason: r.product ? 'not_on_po' : 'unknown_document', message });
      }
    } catch (err) {
      verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));
    }
  });

  return (
    <div className="find-po">
      <ScanField active prompt="Scan or type a PO number, vendor invoice or tracking number — or scan a product." />
      <Verdict view={verdicts.view} />
      {found ? <CandidateList title={found.product ? `Open POs with ${found.product.sku}` : 'Matching purchase orders'} candidates={found.candidates} onOpen={onOpen} /> : null}
      {open.value && open.value.candidates.length > 0 ? <CandidateList title="Open purchase orders" candidates={open.value.candidates} onOpen={onOpen} /> : null}
    </div>
  );
}
