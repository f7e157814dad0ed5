import { useState } from 'react';
import type { OptionTab } from '../../../../shared/options/define';
import { optionDef, optionKeys } from '../../../../shared/options/registry';
import { AboutPanel } from './AboutPanel';
import { optionScope } from '../../../../shared/options/scope';
import { useRequest } from '../../client/station-context';
import { DevicesPanel } from './DevicesPanel';
import { OptionField } from './OptionField';
import { StoragePanel } from './StoragePanel';
import { UsersPanel } from './UsersPanel';
import { WebhooksPanel } from './WebhooksPanel';

type TabId = OptionTab | 'users' | 'storage' | 'about';

const TABS: { id: TabId; label: string }[] = [
  { id: 'general', label: 'General' },
  { id: 'receiving', label: 'Receiving' },
  { id: 'shipping', label: 'Shipping' },
  { id: 'returns', label: 'Returns' },
  { id: 'serials', label: 'Serials' },
  { id: 'devices', label: 'Devices' },
  { id: 'api', label: 'API' },
  { id: 'users', label: 'Users' },
  { id: 'storage', label: 'Storage' },
  { id: 'about', label: 'About' },
];

/** Settings → tabs; each tab lists the options of its area, generated from the option definitions. */
export function SettingsScreen() {
  const tabs = TABS.filter((t) => t.id === 'users' || t.id === 'storage' || t.id === 'about' || optionKeys.some((k) => optionDef(k).tab === t.id));
  const [tab, setTab] = useState<TabId>('general');
  const keys = optionKeys.filter((k) => optionDef(k).tab === tab);
  // With a shared PostgreSQL database, the warehouse's rules are the same at every station.
  const storage = useRequest('storage.status', {});
  const shared = storage.value?.kind === 'postgres' ? keys.filter((k) => optionScope(k) === 'warehouse') : [];
  const move = (delta: number) => {
    const i = tabs.findIndex((t) => t.id === tab);
    const next = tabs[(i + delta + tabs.length) % tabs.length];
    if (next) {
      setTab(next.id);
      document.getElementById(`settings-tab-${next.id}`)?.focus();
    }
  };
  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <div role="tablist" aria-label="Settings sections" className="tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`settings-tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={t.id === tab}
            aria-controls="settings-panel"
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              if (e.key === 'ArrowLeft') move(-1);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="settings-panel" aria-labelledby={`settings-tab-${tab}`} className="options">
        {shared.length > 0 ? (
          <p className="help" data-testid="shared-options">
            Shared by every station of the warehouse ({storage.value?.database}): {shared.map((k) => optionDef(k).label).join('; ')}. The other options on this tab are this station’s own.
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
