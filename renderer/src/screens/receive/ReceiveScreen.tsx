import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { FindPo } from './FindPo';
import { ReceiveWizard } from './ReceiveWizard';

/** Receive: find a purchase order, then receive it with the scanner. */
export function ReceiveScreen() {
  const t = useT();
  const [po, setPo] = useState<string | null>(null);
  return (
    <section className="screen" aria-labelledby="receive-title">
      <h1 id="receive-title">{t('ui-receive.title')}</h1>
      {po === null ? <FindPo onOpen={setPo} /> : <ReceiveWizard poNumber={po} onLeave={() => setPo(null)} />}
    </section>
  );
}
