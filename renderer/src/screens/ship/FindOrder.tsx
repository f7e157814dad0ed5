import type { ShippingState } from '../../../../shared/workflows/shipping';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { sentence, useT } from '../../i18n/i18n-context';
import { ScanField } from '../../scan/ScanField';
import { useScanHandler } from '../../scan/scan-router';
import { Verdict } from '../../scan/Verdict';
import { ScanLog } from '../../wizard/ScanLog';
import { useVerdicts } from '../../wizard/use-verdicts';

/** Step 1: the order number, scanned from the pick ticket or typed. */
export function FindOrder({ onOpen }: { onOpen(state: ShippingState, message: string): void }) {
  const client = useClient();
  const t = useT();
  const verdicts = useVerdicts();

  useScanHandler(async ({ code }) => {
    try {
      const r = await call(client, 'shipping.open', { order_number: code });
      verdicts.show(code, r);
      if (r.state) {
        onOpen(r.state, sentence(t, r));
        return 'leave';
      }
    } catch (err) {
      verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));
    }
  });

  return (
    <div className="wizard">
      <div>
        <ScanField active prompt={t('ui-ship.findOrder.prompt')} />
        <Verdict view={verdicts.view} />
      </div>
      <ScanLog entries={verdicts.log} />
    </div>
  );
}
