import { useState } from 'react';
import { lifecycleTabs } from './lifecycle-tabs';
import { poolTabs } from './pool-tabs';

/** Serials: the tabs contributed by the serial lifecycle and the serial pools. */
export function SerialsScreen() {
  const tabs = [...lifecycleTabs, ...poolTabs];
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  const current = tabs.find((t) => t.id === tab);
  const Current = current?.component;
  return (
    <section className="screen" aria-labelledby="serials-title">
      <h1 id="serials-title">Serials</h1>
      <div role="tablist" aria-label="Serials sections" className="tabs">
        {tabs.map((t) => (
          <button key={t.id} id={`serials-tab-${t.id}`} role="tab" type="button" aria-selected={t.id === tab} aria-controls="serials-panel" onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="serials-panel" aria-labelledby={current ? `serials-tab-${current.id}` : undefined}>
        {Current ? <Current /> : null}
      </div>
    </section>
  );
}
