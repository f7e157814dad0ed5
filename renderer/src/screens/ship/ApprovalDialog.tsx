import { useId, useState, type FormEvent } from 'react';
import type { Approval, ShippingScanResult } from '../../../../shared/workflows/shipping';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { PinField } from '../../session/PinField';

/**
 * A supervisor's approval for a refused serial (manual serial input overriding validation) or for
 * an allowed replacement: reason, and the supervisor PIN when the station asks for one. The scan is
 * sent again with the approval; a wrong PIN keeps the dialog open and says so.
 */
export function ApprovalDialog({ orderNumber, approval, onDone, onCancel }: { orderNumber: string; approval: Approval; onDone(code: string, r: ShippingScanResult): void; onCancel(): void }) {
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
    try {
      const r = await call(client, 'shipping.scan', {
        order_number: orderNumber,
        code,
        override: { reason: reason.trim(), ...(approval.pin_required ? { pin } : {}) },
      });
      if (r.verdict === 'rejected' && (r.reason === 'bad_pin' || r.reason === 'pin_locked' || r.reason === 'pin_required')) {
        setError(r.message);
        setPin('');
      } else onDone(code, r);
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const title = override ? `Override serial for ${approval.sku}` : `Replace ${approval.replaces ?? ''} with ${approval.sku}`;
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
