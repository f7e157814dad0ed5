import { useState } from 'react';
import type { DiagnosticsBundle } from '../../../../shared/api/requests/station';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { useT } from '../../i18n/i18n-context';

/** The per-run key the browser-mode UI got in its URL (kept in session storage by the client). */
const downloadKey = () => sessionStorage.getItem('scanbay.key') ?? '';

/**
 * Settings → About: what support asks for first — the version, where the station keeps its data
 * and its log — and a diagnostics bundle to send them (saved in the data dir; downloadable in a browser).
 */
export function AboutPanel() {
  const t = useT();
  const client = useClient();
  const info = useRequest('station.info', {});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<DiagnosticsBundle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      setSaved(await call(client, 'diagnostics.save', {}));
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  const i = info.value;
  return (
    <section aria-labelledby="about-title" className="about">
      <h2 id="about-title">{t('ui-settings.about.heading')}</h2>
      <dl className="about-facts">
        <dt>{t('ui-settings.about.version')}</dt>
        <dd>{i?.version ?? '…'}</dd>
        <dt>{t('ui-settings.about.dataDir')}</dt>
        <dd>{i?.dataDir ?? '…'}</dd>
        <dt>{t('ui-settings.about.logFile')}</dt>
        <dd>{i ? (i.logFile ?? t('ui-settings.about.noLogFile')) : '…'}</dd>
      </dl>
      <button type="button" onClick={() => void save()} disabled={saving}>
        {t('ui-settings.about.save')}
      </button>
      <p role="status">{saving ? t('ui-settings.about.saving') : saved ? t('ui-settings.about.saved', { path: saved.path }) : ''}</p>
      {saved && i?.shell === 'browser' ? (
        <p>
          <a href={`/diagnostics/${encodeURIComponent(saved.fileName)}?key=${encodeURIComponent(downloadKey())}`} download={saved.fileName}>
            {t('ui-settings.about.download', { fileName: saved.fileName })}
          </a>
        </p>
      ) : null}
      {error ? <p role="alert">{t('ui-settings.about.failed', { error })}</p> : null}
    </section>
  );
}
