import { useId, useState, type FormEvent } from 'react';
import type { Approval, ShippingScanResult } from '../../../../shared/workflows/shipping';
import type { Verdict } from '../../../../shared/workflows/verdict';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { sentence, useT } from '../../i18n/i18n-context';
import { PinField } from '../../session/PinField';

type Answer = Pick<Verdict, 'verdict' | 'reason' | 'message'> & Partial<Pick<Verdict, 'message_key' | 'params'>>;

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
  const t = useT();
  const ids = { serial: useId(), reason: useId() };
  const override = approval.kind === 'serial_override';
  const [serial, setSerial] = useState(approval.serial ?? '');
  const [reason, setReason] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') return setError(t('ui-ship.approval.giveReason'));
    setBusy(true);
    const code = override ? serial : approval.sku;
    const approvalInput = { reason: reason.trim(), ...(approval.pin_required ? { pin } : {}) };
    try {
      const r: Answer = send ? await send(approvalInput) : await call(client, 'shipping.scan', { order_number: orderNumber, code, override: approvalInput });
      if (r.verdict === 'rejected' && (r.reason === 'bad_pin' || r.reason === 'pin_locked' || r.reason === 'pin_required')) {
        setError(sentence(t, r));
        setPin('');
      } else if (send) onSent?.(r);
      else onDone(code, r as ShippingScanResult);
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const title = override
    ? t('ui-ship.approval.titleSerial', { sku: approval.sku })
    : approval.kind === 'weight_override'
      ? t('ui-ship.approval.titleWeight', { order: orderNumber })
      : t('ui-ship.approval.titleReplacement', { replaces: approval.replaces ?? '', sku: approval.sku });
  return (
    <Dialog title={title} onClose={onCancel}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} data-keeps-focus="">
        {override ? (
          <>
            <label htmlFor={ids.serial}>{t('ui-ship.approval.serial')}</label>
            <input id={ids.serial} value={serial} onChange={(e) => setSerial(e.target.value)} autoComplete="off" spellCheck={false} />
          </>
        ) : null}
        <label htmlFor={ids.reason}>{t('ui-ship.approval.reason')}</label>
        <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
        {approval.pin_required ? (
          <>
            <p className="form-note">{t('ui-ship.approval.pinNote')}</p>
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
            {approval.pin_required ? t('ui-ship.approval.approve') : t('ui-ship.approval.takeIt')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('ui-ship.approval.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
