import { useState } from 'react';
import type { ReturnState } from '../../../../shared/workflows/lifecycle';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';

/** Asks before cancelling an RMA with nothing put away: its scanned units go back to shipped. */
export function CancelRmaDialog({ state, onDone, onClose }: { state: ReturnState; onDone(s: ReturnState): void; onClose(): void }) {
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
    <Dialog title={`Cancel ${state.rma_number}?`} onClose={onClose}>
      <p>
        {units === 0
          ? `Nothing was scanned on ${state.rma_number}.`
          : `The ${units} unit${units === 1 ? '' : 's'} scanned on ${state.rma_number} go back to shipped on ${state.order_number}: the return is undone in the ledger.`}
      </p>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <div className="button-row">
        <button type="button" onClick={onClose}>Keep the RMA</button>
        <button type="button" className="danger" onClick={() => void cancel()}>Cancel the RMA</button>
      </div>
    </Dialog>
  );
}
