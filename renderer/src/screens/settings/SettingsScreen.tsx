import { useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import type { OptionTab } from '../../../../shared/options/define';
import { optionDef, optionKeys } from '../../../../shared/options/registry';
import { AboutPanel } from './AboutPanel';
import { optionScope } from '../../../../shared/options/scope';
import { useRequest } from '../../client/station-context';
import { useT } from '../../i18n/i18n-context';
import { DevicesPanel } from './DevicesPanel';
import { OptionField } from './OptionField';
import { StoragePanel } from './StoragePanel';
import { UsersPanel } from './UsersPanel';
import { optionLabel } from './option-words';
import { WebhooksPanel } from './WebhooksPanel';

type TabId = OptionTab | 'users' | 'storage' | 'about';

const TABS: { id: TabId; label: MessageKey }[] = [
  { id: 'general', label: 'ui-settings.tab.general' },
  { id: 'receiving', label: 'ui-settings.tab.receiving' },
  { id: 'shipping', label: 'ui-settings.tab.shipping' },
  { id: 'returns', label: 'ui-settings.tab.returns' },
  { id: 'serials', label: 'ui-settings.tab.serials' },
  { id: 'devices', label: 'ui-settings.tab.devices' },
  { id: 'api', label: 'ui-settings.tab.api' },
  { id: 'users', label: 'ui-settings.tab.users' },
  { id: 'storage', label: 'ui-settings.tab.storage' },
  { id: 'about', label: 'ui-settings.tab.about' },
];

/** Settings → tabs; each tab lists the options of its area, generated from the option definitions. */
export function SettingsScreen() {
  const t = useT();
  const tabs = TABS.filter((entry) => entry.id === 'users' || entry.id === 'storage' || entry.id === 'about' || optionKeys.some((k) => optionDef(k).tab === entry.id));
  const [tab, setTab] = useState<TabId>('general');
  const keys = optionKeys.filter((k) => optionDef(k).tab === tab);
  // With a shared PostgreSQL database, the warehouse's rules are the same at every station.
  const storage = useRequest('storage.status', {});
  const shared = storage.value?.kind === 'postgres' ? keys.filter((k) => optionScope(k) === 'warehouse') : [];
  const move = (delta: number) => {
    const i = tabs.findIndex((entry) => entry.id === tab);
    const next = tabs[(i + delta + tabs.length) % tabs.length];
    if (next) {
      setTab(next.id);
      document.getElementById(`settings-tab-${next.id}`)?.focus();
    }
  };
  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('ui-settings.title')}</h1>
      <div role="tablist" aria-label={t('ui-settings.tabs')} className="tabs">
        {tabs.map((entry) => (
          <button
            key={entry.id}
            id={`settings-tab-${entry.id}`}
            role="tab"
            type="button"
            aria-selected={entry.id === tab}
            aria-controls="settings-panel"
            tabIndex={entry.id === tab ? 0 : -1}
            onClick={() => setTab(entry.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              if (e.key === 'ArrowLeft') move(-1);
            }}
          >
            {t(entry.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="settings-panel" aria-labelledby={`settings-tab-${tab}`} className="options">
        {shared.length > 0 ? (
          <p className="help" data-testid="shared-options">
            {t('ui-settings.sharedOptions', { database: storage.value?.database ?? '', options: shared.map((k) => optionLabel(t, k)).join('; ') })}
          </p>
        ) : null}
        {keys.map((k) => (
          <OptionField key={k} optionKey={k} />
        ))}
        {tab === 'devices' ? <DevicesPanel /> : null}
        {tab === 'api' ? <WebhooksPanel /> : null}
        {tab === 'users' ? <UsersPanel /> : null}
        {tab === 'storage' ? <StoragePanel /> : null}
        {tab === 'about' ? <AboutPanel /> : null}
      </div>
    </section>
  );
}
