import type { MessageArgs } from '../../../../shared/i18n/message';
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
import { sentence, useT } from '../../i18n/i18n-context';

/** Receiving one PO: product → quantity → one serial per unit (full tracking) → close the session. */
export function ReceiveWizard({ poNumber, onLeave }: { poNumber: string; onLeave(): void }) {
  const t = useT();
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

  const act = async (
    fn: () => Promise<ReceivingState | { state: ReceivingState; message?: string; message_key?: string | null; params?: MessageArgs; verdict?: 'accepted' | 'rejected' }>,
    done?: string,
  ) => {
    try {
      const r = await fn();
      const next = 'step' in r ? r : r.state;
      setState(next);
      if ('verdict' in r && r.verdict && r.message) notice(r.verdict, sentence(t, { message: r.message, message_key: r.message_key, params: r.params }));
      else if (done) notice('accepted', done);
    } catch (err) {
      fail(err);
    }
  };

  if (!state) {
    return (
      <div>
        <Verdict view={verdicts.view} />
        <button type="button" onClick={onLeave}>{t('ui-receive.wizard.back')}</button>
      </div>
    );
  }
  const { step } = state;
  const pending = step.kind === 'serial' || step.kind === 'measure';

  const measure = (m: Measure) =>
    act(async () => {
      const r = await call(client, 'receiving.measure', { po_number: poNumber, ...m });
      show(t('ui-receive.wizard.weightOf', { sku: step.kind === 'measure' ? step.sku : '' }), r);
      return r.state;
    });

  const close = () =>
    act(async () => {
      const r = await call(client, 'receiving.close', { po_number: poNumber });
      notice('accepted', [t('ui-receive.wizard.saved', { po: poNumber }), ...r.note_messages.map((m) => t(m.key, m.params))].join(' '));
      return r.state;
    });

  return (
    <div className="wizard">
      <div className="wizard-main">
        <p className="po-header">
          <strong>{state.po_number}</strong> · {t('ui-receive.wizard.vendor', { vendor: state.vendor })}
          {state.vendor_invoice ? ` · ${t('ui-receive.wizard.invoice', { invoice: state.vendor_invoice })}` : ''}
          {state.tracking_number ? ` · ${t('ui-receive.wizard.tracking', { tracking: state.tracking_number })}` : ''} · {statusWord(state.status, t)}
          {state.session
            ? ` · ${t('ui-receive.wizard.sessionOpened', { at: new Date(state.session.opened_at) })}${state.session.bin ? ` · ${t('ui-receive.wizard.bin', { bin: state.session.bin })}` : ''}`
            : ''}
          {state.skip_serials_for_vendor ? ` · ${t('ui-receive.wizard.skipSerials')}` : ''}
        </p>
        <div className="scan-dock">
          <ScanField active={!showSerials && !printing && step.kind !== 'measure'} prompt={t(state.prompt_message.key, state.prompt_message.params)} />
          <Verdict view={verdicts.view} />
        </div>
        <QuantityField label={t('ui-receive.wizard.quantity')} value={qty} onChange={setQty} />
        <DocumentProgress
          label={t('ui-receive.wizard.unitsReceived')}
          done={state.lines.reduce((n, l) => n + l.received, 0)}
          total={state.lines.reduce((n, l) => n + l.ordered, 0)}
          complete={t('ui-receive.wizard.complete', { po: state.po_number })}
        />
        {step.kind === 'measure' ? <MeasureForm sku={step.sku} onSave={(m) => void measure(m)} /> : null}
        <div className="button-row">
          {pending ? (
            <button type="button" onClick={() => void act(() => call(client, 'receiving.cancelPending', { po_number: poNumber }), t('ui-receive.wizard.pendingCancelled'))}>
              {t('ui-receive.wizard.cancelPending')}
            </button>
          ) : null}
          <button type="button" className="primary" disabled={!state.session} onClick={() => void close()}>
            {t('ui-receive.wizard.save')}
          </button>
          <button type="button" onClick={() => setShowSerials(true)}>{t('ui-receive.wizard.poSerials')}</button>
          <button type="button" onClick={() => setPrinting(true)}>{t('ui-receive.wizard.printLabels')}</button>
          <button type="button" onClick={onLeave}>{t('ui-receive.wizard.back')}</button>
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
