import { useState } from 'react';
import type { FindPoResult, PoCandidate } from '../../../../shared/workflows/receiving';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { ScanField } from '../../scan/ScanField';
import { useScanHandler } from '../../scan/scan-router';
import { Verdict } from '../../scan/Verdict';
import { useT } from '../../i18n/i18n-context';
import { useVerdicts } from '../../wizard/use-verdicts';
import { statusWord } from '../../words/statuses';

function CandidateList({ title, candidates, onOpen }: { title: string; candidates: PoCandidate[]; onOpen(po: string): void }) {
  const t = useT();
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul className="candidate-list">
        {candidates.map((c) => (
          <li key={c.po_number}>
            <button type="button" onClick={() => onOpen(c.po_number)}>
              {t('ui-receive.findPo.candidate', { po: c.po_number, vendor: c.vendor, received: c.received_qty, qty: c.qty, status: statusWord(c.status, t) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Step 1: a PO number, vendor invoice or tracking number — or a product, then a pick among its open POs. */
export function FindPo({ onOpen }: { onOpen(po: string): void }) {
  const t = useT();
  const client = useClient();
  const open = useRequest('receiving.find', { query: '' });
  const [found, setFound] = useState<FindPoResult | null>(null);
  const verdicts = useVerdicts();

  useScanHandler(async ({ code }) => {
    try {
      const r = await call(client, 'receiving.find', { query: code });
      const only = r.candidates.length === 1 && r.by !== 'product' ? r.candidates[0] : undefined;
      if (only) {
        verdicts.show(code, { verdict: 'accepted', reason: null, message: t('ui-receive.findPo.opening', { po: only.po_number }) });
        onOpen(only.po_number);
        return 'leave';
      }
      if (r.candidates.length > 0) {
        setFound(r);
        const what = r.product ? t('ui-receive.findPo.productOnPos', { sku: r.product.sku, count: r.candidates.length }) : t('ui-receive.findPo.posMatch', { count: r.candidates.length });
        verdicts.show(code, { verdict: 'accepted', reason: null, message: what });
      } else {
        setFound(null);
        const message = r.product ? t('ui-receive.findPo.notOnPo', { sku: r.product.sku }) : t('ui-receive.findPo.noMatch', { code: code.slice(0, 60) });
        verdicts.show(code, { verdict: 'rejected', reason: r.product ? 'not_on_po' : 'unknown_document', message });
      }
    } catch (err) {
      verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));
    }
  });

  return (
    <div className="find-po">
      <ScanField active prompt={t('ui-receive.findPo.prompt')} />
      <Verdict view={verdicts.view} />
      {found ? <CandidateList title={found.product ? t('ui-receive.findPo.withProduct', { sku: found.product.sku }) : t('ui-receive.findPo.matching')} candidates={found.candidates} onOpen={onOpen} /> : null}
      {open.value && open.value.candidates.length > 0 ? <CandidateList title={t('ui-receive.findPo.open')} candidates={open.value.candidates} onOpen={onOpen} /> : null}
    </div>
  );
}
