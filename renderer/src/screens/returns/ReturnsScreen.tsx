import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { FindReturn } from './FindReturn';
import { ReturnWizard } from './ReturnWizard';

/** Returns: scan the order or RMA, then each returned unit and its serial, then put them away. */
export function ReturnsScreen() {
  const t = useT();
  const [rma, setRma] = useState<string | null>(null);
  return (
    <section className="screen" aria-labelledby="returns-title">
      <h1 id="returns-title">{t('ui-returns.title')}</h1>
      {rma === null ? <FindReturn onOpen={setRma} /> : <ReturnWizard rmaNumber={rma} onLeave={() => setRma(null)} />}
    </section>
  );
}
