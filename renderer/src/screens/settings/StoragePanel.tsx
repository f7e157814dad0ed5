import { useId, useState, type FormEvent } from 'react';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { useI18n } from '../../i18n/i18n-context';

const CHOSEN_BY = {
  flag: 'ui-settings.storage.chosenBy.flag',
  env: 'ui-settings.storage.chosenBy.env',
  config: 'ui-settings.storage.chosenBy.config',
  default: 'ui-settings.storage.chosenBy.default',
} as const;

/** The URL typed, with the password typed separately put into it (the password field stays masked). */
function withPassword(url: string, password: string): string {
  if (password === '' || !/^postgres(ql)?:\/\//i.test(url)) return url;
  try {
    const u = new URL(url);
    u.password = password;
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * Settings → Storage: where this station's data is (a SQLite file, or the warehouse's shared
 * PostgreSQL database), kept in the data dir's station config. A new database is checked (and
 * migrated) before it is kept, and used after a restart. The password is never shown.
 */
export function StoragePanel() {
  const { t, number } = useI18n();
  const client = useClient();
  const status = useRequest('storage.status', {});
  const ids = { url: useId(), password: useId(), pool: useId() };
  const [form, setForm] = useState({ url: '', password: '', pool: '' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const s = status.value;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const pool = Number(form.pool);
      const r = await call(client, 'storage.configure', { url: withPassword(form.url.trim(), form.password), ...(form.pool.trim() !== '' && Number.isInteger(pool) ? { poolSize: pool } : {}) });
      setMessage({ ok: true, text: t('ui-settings.storage.saved', { database: r.database, overriddenBy: r.overriddenBy ?? 'none' }) });
      setForm({ url: '', password: '', pool: '' });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof RequestFailed ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('ui-settings.storage.heading')}</h2>
      {s ? (
        <dl className="storage-facts">
          <dt>{t('ui-settings.storage.database')}</dt>
          <dd data-testid="storage-database">{s.database}</dd>
          <dt>{t('ui-settings.storage.chosenBy')}</dt>
          <dd>{t(CHOSEN_BY[s.chosenBy])}</dd>
          <dt>{t('ui-settings.storage.state')}</dt>
          <dd data-testid="storage-state">{s.available ? t('ui-settings.storage.reachable') : t('ui-settings.storage.unreachable', { message: s.message ?? '' })}</dd>
          <dt>{t('ui-settings.storage.stationId')}</dt>
          <dd>{s.stationId}</dd>
          {s.kind === 'postgres' ? (
            <>
              <dt>{t('ui-settings.storage.connections')}</dt>
              <dd>{number(s.poolSize)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <h3>{t('ui-settings.storage.useAnother')}</h3>
      <p className="help">{t('ui-settings.storage.help')}</p>
      <form onSubmit={save} className="form-grid">
        <label htmlFor={ids.url}>{t('ui-settings.storage.url')}</label>
        <input id={ids.url} value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} placeholder={t('ui-settings.storage.urlPlaceholder')} spellCheck={false} autoComplete="off" />
        <label htmlFor={ids.password}>{t('ui-settings.storage.password')}</label>
        <input id={ids.password} type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} autoComplete="new-password" />
        <label htmlFor={ids.pool}>{t('ui-settings.storage.poolSize')}</label>
        <input id={ids.pool} inputMode="numeric" value={form.pool} onChange={(e) => setForm({ ...form, pool: e.target.value })} placeholder="10" />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || form.url.trim() === ''}>
            {busy ? t('ui-settings.storage.checking') : t('ui-settings.storage.submit')}
          </button>
        </div>
      </form>
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </section>
  );
}
