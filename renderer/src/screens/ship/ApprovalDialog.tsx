import { useId, useState, type FormEvent } from 'react';
import type { Approval, ShippingScanResult } from '../../../../shared/workflows/shipping';
import type { Verdict } from '../../../../shared/workflows/verdict';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { PinField } from '../../session/PinField';

type Answer = Pick<Verdict, 'verdict' | 'reason' | 'message'>;

/**
 * A supervisor's approval for a refused serial (manual serial input overriding validation), for
 * an allowed replacement, or for a package weight outside the expected range: reason, and the
 * supervisor PIN when the station asks for one. The scan (or, with `send`, the ship request) is
 * sent again with the approval; a wrong PIN keeps the dialog open and says so.
 */
export function ApprovalDialog({ orderNumber, approval, onDone, onCancel, send, onSent }: {
  orderNumber: string;
  approval: Approval;
  onDone(code: string, r: ShippingScanResult): void;
  onCancel(): void;
  /** Sends the refused request again with the approval (instead of the scan). */
  send?: (override: { reason: string; pin?: string }) => Promise<Answer>;
  onSent?: (r: Answer) => void;
}) {
  const client = useClient();
  const ids = { serial: useId(), reason: useId() };
  const override = approval.kind === 'serial_override';
  const [serial, setSerial] = useState(approval.serial ?? '');
  const [reason, setReason] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') return setError('Give a reason.');
    setBusy(true);
    const code = override ? serial : approval.sku;
    const approvalInput = { reason: reason.trim(), ...(approval.pin_required ? { pin } : {}) };
    try {
      const r: Answer = send ? await send(approvalInput) : await call(client, 'shipping.scan', { order_number: orderNumber, code, override: approvalInput });
      if (r.verdict === 'rejected' && (r.reason === 'bad_pin' || r.reason === 'pin_locked' || r.reason === 'pin_required')) {
        setError(r.message);
        setPin('');
      } else if (send) onSent?.(r);
      else onDone(code, r as ShippingScanResult);
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const title = override ? `Override serial for ${approval.sku}` : approval.kind === 'weight_override' ? `Approve the weight of ${orderNumber}` : `Replace ${approval.replaces ?? ''} with ${approval.sku}`;
  return (
    <Dialog title={title} onClose={onCancel}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} data-keeps-focus="">
        {override ? (
          <>
            <label htmlFor={ids.serial}>Serial number</label>
            <input id={ids.serial} value={serial} onChange={(e) => setSerial(e.target.value)} autoComplete="off" spellCheck={false} />
          </>
        ) : null}
        <label htmlFor={ids.reason}>Reason</label>
        <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
        {approval.pin_required ? (
          <>
            <p className="form-note">A supervisor approves with their PIN.</p>
            <PinField value={pin} onChange={setPin} />
          </>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {approval.pin_required ? 'Approve' : 'Take it'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
