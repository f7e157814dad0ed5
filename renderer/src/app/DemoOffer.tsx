import { useState } from 'react';
import { call, RequestFailed, useClient, useRequest } from '../client/station-context';
import { useT } from '../i18n/i18n-context';

/** On an empty station (first run), offer the demo catalog so every flow can be tried at once. */
export function DemoOffer() {
  const t = useT();
  const client = useClient();
  const status = useRequest('demo.status', {});
  const [result, setResult] = useState<string | null>(null);
  if (!status.value?.empty && result === null) return null;
  const load = async () => {
    try {
      const r = await call(client, 'demo.seed', {});
      setResult(t('ui-common.demo.loaded', { products: r.products, purchaseOrders: r.purchaseOrders, orders: r.orders, users: r.users }));
    } catch (err) {
      setResult(err instanceof RequestFailed ? err.message : String(err));
    }
  };
  return (
    <aside className="demo-offer" aria-label={t('ui-common.demo.label')}>
      {result ? (
        <p role="status">{result}</p>
      ) : (
        <>
          <p>{t('ui-common.demo.offer')}</p>
          <button type="button" className="primary" onClick={() => void load()}>{t('ui-common.demo.load')}</button>
        </>
      )}
    </aside>
  );
}
