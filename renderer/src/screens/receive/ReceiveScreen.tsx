import { useState } from 'react';
import { FindPo } from './FindPo';
import { ReceiveWizard } from './ReceiveWizard';

/** Receive: find a purchase order, then receive it with the scanner. */
export function ReceiveScreen() {
  const [po, setPo] = useState<string | null>(null);
  return (
    <section className="screen" aria-labelledby="receive-title">
      <h1 id="receive-title">Receive a purchase order</h1>
      {po === null ? <FindPo onOpen={setPo} /> : <ReceiveWizard poNumber={po} onLeave={() => setPo(null)} />}
    </section>
  );
}
