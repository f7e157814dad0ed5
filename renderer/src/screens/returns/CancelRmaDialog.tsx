import { useState } from 'react';
import type { ReturnState } from '../../../../shared/workflows/lifecycle';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { useT } from '../../i18n/i18n-context';

/** Asks before cancelling an RMA with nothing put away: its scanned units go back to shipped. */
export function CancelRmaDialog({ state, onDone, onClose }: { state: ReturnState; onDone(s: ReturnState): void; onClose(): void }) {
  const t = useT();
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const units = state.lines.reduce((n, l) => n + l.qty, 0);
  const cancel = async () => {
    try {
      onDone(await call(client, 'returns.cancel', { rma_number: state.rma_number }));
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    }
  };
  return (
    <Dialog title={t('ui-returns.cancel.title', { rma: state.rma_number })} onClose={onClose}>
      <p>
        {units === 0
          ? t('ui-returns.cancel.nothingScanned', { rma: state.rma_number })
          : t('ui-returns.cancel.undo', { units, rma: state.rma_number, order: state.order_number })}
      </p>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <div className="button-row">
        <button type="button" onClick={onClose}>{t('ui-returns.cancel.keep')}</button>
        <button type="button" className="danger" onClick={() => void cancel()}>{t('ui-returns.cancel.confirm')}</button>
      </div>
    </Dialog>
  );
}
