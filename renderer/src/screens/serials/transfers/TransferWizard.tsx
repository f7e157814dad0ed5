import { useCallback, useEffect, useState } from 'react';
import { locationText, TRANSFER_KIND_LABELS, type TransferState } from '../../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient } from '../../../client/station-context';
import { ScanField } from '../../../scan/ScanField';
import { useScanHandler } from '../../../scan/scan-router';
import { Verdict } from '../../../scan/Verdict';
import { ScanLog } from '../../../wizard/ScanLog';
import { useVerdicts } from '../../../wizard/use-verdicts';
import { Serial } from '../../../words/Serial';
import { statusWord } from '../../../words/statuses';

/** One transfer: a scan per unit (its serial must be at the source), then finish — or receive a one-way transfer. */
export function TransferWizard({ transferNumber, toSku, onLeave }: { transferNumber: string; toSku: string | null; onLeave(): void }) {
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

  const act = async (name: 'transfers.finish' | 'transfers.receive' | 'transfers.cancelPending', done: string) => {
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
        <button type="button" onClick={onLeave}>Back to transfers</button>
      </div>
    );
  }
  return (
    <div className="wizard">
      <div>
        <p className="po-header">
          <strong>{state.transfer_number}</strong> · {TRANSFER_KIND_LABELS[state.kind]} · from {locationText(state.from_warehouse, state.from_bin)} to {locationText(state.to_warehouse, state.to_bin)}
          {state.to_sku ? ` · becomes ${state.to_sku}` : ''} · {statusWord(state.status)} · {state.units} unit{state.units === 1 ? '' : 's'}
        </p>
        <ScanField active={scanning} disabled={!scanning} prompt={state.prompt} />
        <Verdict view={verdicts.view} />
        <div className="button-row">
          {state.step.kind === 'serial' ? <button type="button" onClick={() => void act('transfers.cancelPending', 'Pending product cancelled.')}>Cancel pending product</button> : null}
          {scanning ? (
            <button type="button" className="primary" disabled={state.units === 0} onClick={() => void act('transfers.finish', state.kind === 'one_way' ? `${state.transfer_number} is on its way.` : `${state.transfer_number} completed.`)}>
              {state.kind === 'one_way' ? 'Send (in transit)' : 'Finish transfer'}
            </button>
          ) : null}
          {state.status === 'in_transit' ? (
            <button type="button" className="primary" onClick={() => void act('transfers.receive', `${state.transfer_number} received at ${locationText(state.to_warehouse, state.to_bin)}.`)}>
              Receive at destination
            </button>
          ) : null}
          <button type="button" onClick={onLeave}>Back to transfers</button>
        </div>
        <table className="progress-table" aria-label="Transferred units">
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">New SKU</th>
              <th scope="col">Serial</th>
              <th scope="col" className="num">Units</th>
            </tr>
          </thead>
          <tbody>
            {state.lines.map((l) => (
              <tr key={l.line_id}>
                <td>{l.sku}</td>
                <td>{l.to_sku ?? '—'}</td>
                <td>{l.serial ? <Serial value={l.serial} /> : '—'}</td>
                <td className="num">{l.qty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ScanLog entries={verdicts.log} />
    </div>
  );
}
