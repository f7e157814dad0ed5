import { useCallback, useEffect, useId, useState } from 'react';
import { RETURN_CONDITIONS, type CreditMemo as Memo, type ReturnCondition, type ReturnState } from '../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { ScanField } from '../../scan/ScanField';
import { useScanHandler } from '../../scan/scan-router';
import { Verdict } from '../../scan/Verdict';
import { ScanLog } from '../../wizard/ScanLog';
import { useVerdicts } from '../../wizard/use-verdicts';
import { statusWord } from '../../words/statuses';
import { CancelRmaDialog } from './CancelRmaDialog';
import { CreditMemo } from './CreditMemo';
import { ReturnLines } from './ReturnLines';
import { RestockDialog } from './RestockDialog';
import { DocumentProgress } from '../../wizard/DocumentProgress';
import { useT } from '../../i18n/i18n-context';
import { CONDITION_KEYS } from './labels';

/** One RMA: scan each returned unit (product → serial, or the serial alone) with its condition, then put them away. */
export function ReturnWizard({ rmaNumber, onLeave }: { rmaNumber: string; onLeave(): void }) {
  const t = useT();
  const client = useClient();
  const verdicts = useVerdicts();
  const { show, notice } = verdicts;
  const conditionId = useId();
  const [state, setState] = useState<ReturnState | null>(null);
  const [condition, setCondition] = useState<ReturnCondition>('opened');
  const [restocking, setRestocking] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [memo, setMemo] = useState<Memo | null>(null);
  const fail = useCallback((err: unknown) => notice('rejected', err instanceof RequestFailed ? err.message : String(err)), [notice]);

  useEffect(() => {
    call(client, 'returns.open', { rma_number: rmaNumber }).then(setState, fail);
  }, [client, rmaNumber, fail]);
  useEffect(() => {
    if (state?.status === 'closed' && !memo) call(client, 'returns.creditMemo', { rma_number: rmaNumber }).then(setMemo, fail);
  }, [client, rmaNumber, state?.status, memo, fail]);

  const open = state !== null && state.status === 'open';
  useScanHandler(async ({ code }) => {
    try {
      const r = await call(client, 'returns.scan', { rma_number: rmaNumber, code, condition });
      show(code, r);
      setState(r.state);
    } catch (err) {
      fail(err);
    }
  }, open && !restocking && !cancelling);

  if (!state) {
    return (
      <div>
        <Verdict view={verdicts.view} />
        <button type="button" onClick={onLeave}>{t('ui-returns.wizard.back')}</button>
      </div>
    );
  }
  const waiting = state.lines.filter((l) => l.disposition === null);
  return (
    <div className="wizard">
      <div className="wizard-main">
        <p className="po-header">
          <strong>{state.rma_number}</strong> · {t('ui-returns.wizard.order', { order: state.order_number })} · {statusWord(state.status, t)}
          {state.reason ? ` · ${t('ui-returns.wizard.reason', { reason: state.reason })}` : ''} · {t(state.validation ? 'ui-returns.wizard.validationOn' : 'ui-returns.wizard.validationOff')}
        </p>
        <div className="scan-dock">
          <ScanField active={open && !restocking && !cancelling} disabled={!open} prompt={t(state.prompt_message.key, state.prompt_message.params)} />
          <Verdict view={verdicts.view} />
        </div>
        {open ? (
          <div className="qty-row">
            <label htmlFor={conditionId}>{t('ui-returns.wizard.condition')}</label>
            <select id={conditionId} value={condition} onChange={(e) => setCondition(e.target.value as ReturnCondition)}>
              {RETURN_CONDITIONS.map((c) => (
                <option key={c} value={c}>
                  {t(CONDITION_KEYS[c])}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {open ? (
          <DocumentProgress
            label={t('ui-returns.wizard.unitsReturned')}
            done={state.order_lines.reduce((n, l) => n + l.returned, 0)}
            total={state.order_lines.reduce((n, l) => n + l.shipped, 0)}
            complete={t('ui-returns.wizard.complete', { order: state.order_number })}
          />
        ) : null}
        <div className="button-row">
          {state.step.kind === 'serial' ? (
            <button type="button" onClick={() => call(client, 'returns.cancelPending', { rma_number: rmaNumber }).then(setState, fail)}>
              {t('ui-returns.wizard.cancelPending')}
            </button>
          ) : null}
          {open ? (
            <button type="button" className="primary" disabled={waiting.length === 0} onClick={() => setRestocking(true)}>
              {t('ui-returns.wizard.putAway')}
            </button>
          ) : null}
          {open && state.lines.every((l) => l.disposition === null) ? (
            <button type="button" className="danger" onClick={() => setCancelling(true)}>
              {t('ui-returns.wizard.cancelRma')}
            </button>
          ) : null}
          <button type="button" onClick={onLeave}>{t('ui-returns.wizard.back')}</button>
        </div>
        <ReturnLines state={state} />
        {memo ? <CreditMemo memo={memo} /> : null}
      </div>
      <ScanLog entries={verdicts.log} />
      {cancelling ? (
        <CancelRmaDialog
          state={state}
          onClose={() => setCancelling(false)}
          onDone={(next) => {
            setCancelling(false);
            setState(next);
            notice('accepted', t('ui-returns.wizard.cancelled', { rma: next.rma_number }));
          }}
        />
      ) : null}
      {restocking ? (
        <RestockDialog
          state={state}
          onClose={() => setRestocking(false)}
          onDone={(r) => {
            setRestocking(false);
            setState(r.state);
            setMemo(r.credit_memo);
            notice('accepted', t('ui-returns.wizard.restocked', { restocked: r.restocked, quarantined: r.quarantined, credit: r.credit_memo.total, rma: state.rma_number }));
          }}
        />
      ) : null}
    </div>
  );
}
