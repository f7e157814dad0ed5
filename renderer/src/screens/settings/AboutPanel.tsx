import { useState } from 'react';
import type { DiagnosticsBundle } from '../../../../shared/api/requests/station';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';

/** The per-run key the browser-mode UI got in its URL (kept in session storage by the client). */
const downloadKey = () => sessionStorage.getItem('scanbay.key') ?? '';

/**
 * Settings → About: what support asks for first — the version, where the station keeps its data
 * and its log — and a diagnostics bundle to send them (saved in the data dir; downloadable in a browser).
 */
export function AboutPanel() {
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
      <h2 id="about-title">About ScanBay</h2>
      <dl className="about-facts">
        <dt>Version</dt>
        <dd>{i?.version ?? '…'}</dd>
        <dt>Data directory</dt>
        <dd>{i?.dataDir ?? '…'}</dd>
        <dt>Log file</dt>
        <dd>{i ? (i.logFile ?? 'none (this station logs to its terminal)') : '…'}</dd>
      </dl>
      <button type="button" onClick={() => void save()} disabled={saving}>
        Save diagnostics
      </button>
      <p role="status">{saving ? 'Saving diagnostics…' : saved ? `Diagnostics saved to ${saved.path}` : ''}</p>
      {saved && i?.shell === 'browser' ? (
        <p>
          <a href={`/diagnostics/${encodeURIComponent(saved.fileName)}?key=${encodeURIComponent(downloadKey())}`} download={saved.fileName}>
            Download {saved.fileName}
          </a>
        </p>
      ) : null}
      {error ? <p role="alert">Diagnostics could not be saved: {error}</p> : null}
    </section>
  );
}
