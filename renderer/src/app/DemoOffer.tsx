import { useState } from 'react';
import { call, RequestFailed, useClient, useRequest } from '../client/station-context';

/** On an empty station (first run), offer the demo catalog so every flow can be tried at once. */
export function DemoOffer() {
  const client = useClient();
  const status = useRequest('demo.status', {});
  const [result, setResult] = useState<string | null>(null);
  if (!status.value?.empty && result === null) return null;
  const load = async () => {
    try {
      const r = await call(client, 'demo.seed', {});
      setResult(`Demo data loaded: ${r.products} products, ${r.purchaseOrders} purchase orders, ${r.orders} orders, ${r.users} users (PINs: ana 1234, ben 2468, sam 9999).`);
    } catch (err) {
      setResult(err instanceof RequestFailed ? err.message : String(err));
    }
  };
  return (
    <aside className="demo-offer" aria-label="First run">
      {result ? (
        <p role="status">{result}</p>
      ) : (
        <>
          <p>This station holds no data yet. Load a small demo catalog with purchase orders, orders and users to try every flow?</p>
          <button type="button" className="primary" onClick={() => void load()}>Load demo data</button>
        </>
      )}
    </aside>
  );
}
