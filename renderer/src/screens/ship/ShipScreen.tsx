import { useState } from 'react';
import type { ShippingState } from '../../../../shared/workflows/shipping';
import { useT } from '../../i18n/i18n-context';
import { FindOrder } from './FindOrder';
import { OrdersView } from './OrdersView';
import { ShipWizard } from './ShipWizard';

type Tab = 'pack' | 'orders';

/** Scan & Ship: scan an order, pack its items and serials, weigh and ship; or browse open orders. */
export function ShipScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('pack');
  const [order, setOrder] = useState<{ state: ShippingState; message: string } | null>(null);
  const open = (state: ShippingState, message: string) => setOrder({ state, message });
  const tabs: { id: Tab; label: string }[] = [
    { id: 'pack', label: t('ui-ship.tabs.pack') },
    { id: 'orders', label: t('ui-ship.tabs.orders') },
  ];
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];
  return (
    <section className="screen" aria-labelledby="ship-title">
      <h1 id="ship-title">{t('ui-ship.title')}</h1>
      <div role="tablist" aria-label={t('ui-ship.tabs.label')} className="tabs">
        {tabs.map((t) => (
          <button key={t.id} id={`ship-tab-${t.id}`} role="tab" type="button" aria-selected={t.id === tab} aria-controls="ship-panel" onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="ship-panel" aria-labelledby={`ship-tab-${current?.id ?? 'pack'}`}>
        {tab === 'orders' ? (
          <OrdersView
            onOpen={(state, message) => {
              open(state, message);
              setTab('pack');
            }}
          />
        ) : order === null ? (
          <FindOrder onOpen={open} />
        ) : (
          <ShipWizard key={order.state.order_number} initial={order.state} opened={order.message} onOpen={open} onLeave={() => setOrder(null)} />
        )}
      </div>
    </section>
  );
}
