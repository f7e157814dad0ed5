import { useCallback, useEffect, useState } from 'react';
import { msg, type Message } from '../../../../../shared/i18n/message';
import { locationText, type TransferState } from '../../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient } from '../../../client/station-context';
import { useI18n } from '../../../i18n/i18n-context';
import { ScanField } from '../../../scan/ScanField';
import { useScanHandler } from '../../../scan/scan-router';
import { Verdict } from '../../../scan/Verdict';
import { ScanLog } from '../../../wizard/ScanLog';
import { useVerdicts } from '../../../wizard/use-verdicts';
import { Serial } from '../../../words/Serial';
import { statusWord } from '../../../words/statuses';

/** One transfer: a scan per unit (its serial must be at the source), then finish — or receive a one-way transfer. */
export function TransferWizard({ transferNumber, toSku, onLeave }: { transferNumber: string; toSku: string | null; onLeave(): void }) {
  const { t, number } = useI18n();
  const client = useClient();
  const verdicts = useVerdicts();
  const { show, notice } = verdicts;
  const [state, setState] = useState<TransferState | null>(null);
  const fail = useCallback((err: unknown) => notice('rejected', err instanceof RequestFailed ? err.message : String(err)), [notice]);

  useEffect(() => {
    call(client, 'transfers.open', { transfer_number: transferNumber }).then(setState, fail);
  }, [client, transferNumber, fail]);

  const scanning = state?.status === 'open';
  useScanHandler(async ({ code }) => {
    try {
      const sku = toSku ?? state?.to_sku ?? null;
      const r = await call(client, 'transfers.scan', { transfer_number: transferNumber, code, ...(sku ? { to_sku: sku } : {}) });
      show(code, r);
      setState(r.state);
    } catch (err) {
      fail(err);
    }
  }, scanning);

  const act = async (name: 'transfers.finish' | 'transfers.receive' | 'transfers.cancelPending', done: Message) => {
    try {
      setState(await call(client, name, { transfer_number: transferNumber }));
      notice('accepted', done);
    } catch (err) {
      fail(err);
    }
  };

  if (!state) {
    return (
      <div>
        <Verdict view={verdicts.view} />
        <button type="button" onClick={onLeave}>{t('ui-serials.transfer.back')}</button>
      </div>
    );
  }
  return (
    <div className="wizard">
      <div>
        <p className="po-header">
          <strong>{state.transfer_number}</strong> · {t('ui-serials.transfer.kind', { kind: state.kind })} · {t('ui-serials.transfer.fromTo', { from: locationText(state.from_warehouse, state.from_bin), to: locationText(state.to_warehouse, state.to_bin) })}
          {state.to_sku ? ` · ${t('ui-serials.transfer.becomes', { sku: state.to_sku })}` : ''} · {statusWord(state.status, t)} · {t('ui-serials.transfer.units', { count: state.units })}
        </p>
        <ScanField active={scanning} disabled={!scanning} prompt={t(state.prompt_message.key, state.prompt_message.params)} />
        <Verdict view={verdicts.view} />
        <div className="button-row">
          {state.step.kind === 'serial' ? <button type="button" onClick={() => void act('transfers.cancelPending', msg('ui-serials.transfer.pendingCancelled'))}>{t('ui-serials.transfer.cancelPending')}</button> : null}
          {scanning ? (
            <button type="button" className="primary" disabled={state.units === 0} onClick={() => void act('transfers.finish', msg(state.kind === 'one_way' ? 'ui-serials.transfer.sent' : 'ui-serials.transfer.completed', { transfer: state.transfer_number }))}>
              {state.kind === 'one_way' ? t('ui-serials.transfer.send') : t('ui-serials.transfer.finish')}
            </button>
          ) : null}
          {state.status === 'in_transit' ? (
            <button type="button" className="primary" onClick={() => void act('transfers.receive', msg('ui-serials.transfer.received', { transfer: state.transfer_number, place: locationText(state.to_warehouse, state.to_bin) }))}>
              {t('ui-serials.transfer.receive')}
            </button>
          ) : null}
          <button type="button" onClick={onLeave}>{t('ui-serials.transfer.back')}</button>
        </div>
        <table className="progress-table" aria-label={t('ui-serials.transfer.lines')}>
          <thead>
            <tr>
              <th scope="col">{t('ui-serials.col.sku')}</th>
              <th scope="col">{t('ui-serials.col.newSku')}</th>
              <th scope="col">{t('ui-serials.col.serial')}</th>
              <th scope="col" className="num">{t('ui-serials.col.units')}</th>
            </tr>
          </thead>
          <tbody>
            {state.lines.map((l) => (
              <tr key={l.line_id}>
                <td>{l.sku}</td>
                <td>{l.to_sku ?? '—'}</td>
                <td>{l.serial ? <Serial value={l.serial} /> : '—'}</td>
                <td className="num">{number(l.qty)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ScanLog entries={verdicts.log} />
    </div>
  );
}
