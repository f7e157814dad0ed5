import { useEffect } from 'react';
import { useT } from '../i18n/i18n-context';
import { SCREENS, type ScreenId } from './screens';
import { SerialSearch } from './SerialSearch';

/** Top navigation; Alt+1…Alt+5 switch screens without leaving the scan field. */
export function Nav({ current, onSelect }: { current: ScreenId; onSelect(id: ScreenId): void }) {
  const t = useT();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const index = Number(e.key) - 1;
      const screen = SCREENS[index];
      if (screen) {
        e.preventDefault();
        onSelect(screen.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSelect]);

  return (
    <nav aria-label={t('ui-common.nav.label')} className="nav">
      <span className="brand">{t('ui-common.nav.brand')}</span>
      {SCREENS.map((s) => (
        <button
          key={s.id}
          type="button"
          className="nav-item"
          aria-current={s.id === current ? 'page' : undefined}
          aria-keyshortcuts={s.shortcut}
          title={t('ui-common.nav.itemTitle', { label: t(s.label), shortcut: s.shortcut })}
          onClick={() => onSelect(s.id)}
        >
          {t(s.label)}
        </button>
      ))}
      <SerialSearch />
    </nav>
  );
}
