import { useCallback, useEffect, useState } from 'react';
import type { ReceivingState } from '../../../../shared/workflows/receiving';
import { useOptions } from '../../app/options-context';
import { call, RequestFailed, useClient, useEvent } from '../../client/station-context';
import { ScanField } from '../../scan/ScanField';
import { useScanHandler } from '../../scan/scan-router';
import { Verdict } from '../../scan/Verdict';
import { QuantityField } from '../../wizard/QuantityField';
import { ScanLog } from '../../wizard/ScanLog';
import { useVerdicts } from '../../wizard/use-verdicts';
import { LinesTable } from './LinesTable';
import { MeasureForm, type Measure } from './MeasureForm';
import { PoSerials } from './PoSerials';
import { PrintLabelsDialog } from './PrintLabelsDialog';
import { statusWord } from '../../words/statuses';
import { DocumentProgress } from '../../wizard/DocumentProgress';

/** Receiving one PO: product → quantity → one serial per unit (full tracking) → close the session. */
export function ReceiveWizard({ poNumber, onLeave }: { poNumber: string; onLeave(): void }) {
  const client = useClient();
  const { values } = useOptions();
  const verdicts = useVerdicts();
  const { show, notice } = verdicts;
  const [state, setState] = useState<ReceivingState | null>(null);
  const [qty, setQty] = useState('1');
  const [showSerials, setShowSerials] = useState(false);
  const [printing, setPrinting] = useState(false);

  const fail = useCallback((err: unknown) => notice('rejected', err instanceof RequestFailed ? err.message : String(err)), [notice]);

  useEffect(() => {
    call(client, 'receiving.open', { po_number: poNumber }).then(setState, fail);
  }, [client, poNumber, fail]);
  // Another dock received on this PO (or it changed): the lines show it.
  useEvent(
    'data.changed',
    useCallback(
      (e: { areas: string[] }) => {
        if (e.areas.includes('documents')) void call(client, 'receiving.open', { po_number: poNumber }).then(setState, () => undefined);
      },
      [client, poNumber],
    ),
  );

  const sticky = values['receiving.stickyQuantity'];
  useScanHandler(async ({ code }) => {
    try {
      const n = Number(qty);
      // The quantity goes with a scan that may start a product (not with a serial).
      const withQty = Number.isInteger(n) && n > 1 && state?.step.kind === 'product' ? { qty: n } : {};
      const r = await call(client, 'receiving.scan', { po_number: poNumber, code, ...withQty });
      show(code, r);
      setState(r.state);
      // A product scan used it (a verdict with a line): back to 1, unless the station keeps it.
      if (r.verdict === 'accepted' && withQty.qty !== undefined && r.line !== null && !sticky) setQty('1');
    } catch (err) {
      fail(err);
    }
  }, state !== null && !showSerials);

  const act = async (fn: () => Promise<ReceivingState | { state: ReceivingState; message?: string; verdict?: 'accepted' | 'rejected' }>, done?: string) => {
    try {
      const r = await fn();
      const next = 'step' in r ? r : r.state;
      setState(next);
      if ('verdict' in r && r.verdict && r.message) notice(r.verdict, r.message);
      else if (done) notice('accepted', done);
    } catch (err) {
      fail(err);
    }
  };

  if (!state) {
    return (
      <div>
        <Verdict view={verdicts.view} />
        <button type="button" onClick={onLeave}>Back to purchase orders</button>
      </div>
    );
  }
  const { step } = state;
  const pending = step.kind === 'serial' || step.kind === 'measure';

  const measure = (m: Measure) =>
    act(async () => {
      const r = await call(client, 'receiving.measure', { po_number: poNumber, ...m });
      show(`weight of ${step.kind === 'measure' ? step.sku : ''}`, r);
      return r.state;
    });

  const close = () =>
    act(async () => {
      const r = await call(client, 'receiving.close', { po_number: poNumber });
      notice('accepted', [`Receiving session saved for ${poNumber}.`, ...r.notes].join(' '));
      return r.state;
    });

  return (
    <div className="wizard">
      <div className="wizard-main">
        <p className="po-header">
          <strong>{state.po_number}</strong> · vendor {state.vendor}
          {state.vendor_invoice ? ` · invoice ${state.vendor_invoice}` : ''}
          {state.tracking_number ? ` · tracking ${state.tracking_number}` : ''} · {statusWord(state.status)}
          {state.session ? ` · session opened ${new Date(state.session.opened_at).toLocaleTimeString()}${state.session.bin ? ` · bin ${state.session.bin}` : ''}` : ''}
          {state.skip_serials_for_vendor ? ' · serial prompts skipped for this vendor' : ''}
        </p>
        <div className="scan-dock">
          <ScanField active={!showSerials && !printing && step.kind !== 'measure'} prompt={state.prompt} />
          <Verdict view={verdicts.view} />
        </div>
        <QuantityField label="Quantity for the next product" value={qty} onChange={setQty} />
        <DocumentProgress
          label="Units received"
          done={state.lines.reduce((n, l) => n + l.received, 0)}
          total={state.lines.reduce((n, l) => n + l.ordered, 0)}
          complete={`Every ordered unit of ${state.po_number} is received: save the receive data.`}
        />
        {step.kind === 'measure' ? <MeasureForm sku={step.sku} onSave={(m) => void measure(m)} /> : null}
        <div className="button-row">
          {pending ? (
            <button type="button" onClick={() => void act(() => call(client, 'receiving.cancelPending', { po_number: poNumber }), 'Units waiting for serials were not received.')}>
              Cancel pending units
            </button>
          ) : null}
          <button type="button" className="primary" disabled={!state.session} onClick={() => void close()}>
            Save receive data
          </button>
          <button type="button" onClick={() => setShowSerials(true)}>PO serials</button>
          <button type="button" onClick={() => setPrinting(true)}>Print labels</button>
          <button type="button" onClick={onLeave}>Back to purchase orders</button>
        </div>
        <LinesTable lines={state.lines} step={step} />
      </div>
      <ScanLog entries={verdicts.log} />
      {printing ? (
        <PrintLabelsDialog
          poNumber={poNumber}
          onClose={() => setPrinting(false)}
          onPrinted={(message) => {
            setPrinting(false);
            verdicts.notice('accepted', message);
          }}
        />
      ) : null}
      {showSerials ? <PoSerials poNumber={poNumber} lines={state.lines} onClose={() => setShowSerials(false)} onChanged={setState} /> : null}
    </div>
  );
}
