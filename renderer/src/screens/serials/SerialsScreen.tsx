import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { lifecycleTabs } from './lifecycle-tabs';
import { poolTabs } from './pool-tabs';

/** Serials: the tabs contributed by the serial lifecycle and the serial pools. */
export function SerialsScreen() {
  const t = useT();
  const tabs = [...lifecycleTabs, ...poolTabs];
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  const current = tabs.find((x) => x.id === tab);
  const Current = current?.component;
  return (
    <section className="screen" aria-labelledby="serials-title">
      <h1 id="serials-title">{t('ui-serials.title')}</h1>
      <div role="tablist" aria-label={t('ui-serials.tabs')} className="tabs">
        {tabs.map((x) => (
          <button key={x.id} id={`serials-tab-${x.id}`} role="tab" type="button" aria-selected={x.id === tab} aria-controls="serials-panel" onClick={() => setTab(x.id)}>
            {t(x.labelKey)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="serials-panel" aria-labelledby={current ? `serials-tab-${current.id}` : undefined}>
        {Current ? <Current /> : null}
      </div>
    </section>
  );
}
