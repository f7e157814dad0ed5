import { useId, useState, type FormEvent } from 'react';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';

const CHOSEN_BY = { flag: 'the --database option', env: 'SCANBAY_DATABASE_URL', config: 'this station’s settings', default: 'the default (this station’s own file)' } as const;

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
      const overridden = r.overriddenBy ? ` (${r.overriddenBy === 'env' ? 'SCANBAY_DATABASE_URL' : 'the --database option'} still chooses another one)` : '';
      setMessage({ ok: true, text: `Saved: this station uses ${r.database} after a restart${overridden}.` });
      setForm({ url: '', password: '', pool: '' });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof RequestFailed ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {s ? (
        <dl className="storage-facts">
          <dt>Database</dt>
          <dd data-testid="storage-database">{s.database}</dd>
          <dt>Chosen by</dt>
          <dd>{CHOSEN_BY[s.chosenBy]}</dd>
          <dt>State</dt>
          <dd data-testid="storage-state">{s.available ? 'reachable' : `unreachable: ${s.message ?? ''}`}</dd>
          <dt>Station id</dt>
          <dd>{s.stationId}</dd>
          {s.kind === 'postgres' ? (
            <>
              <dt>Connections</dt>
              <dd>{s.poolSize}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <h3>Use another database</h3>
      <p className="help">A shared PostgreSQL database lets every station of the warehouse keep one ledger; sqlite: is this station’s own file.</p>
      <form onSubmit={save} className="form-grid">
        <label htmlFor={ids.url}>Database URL</label>
        <input id={ids.url} value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} placeholder="postgres://user@host:5432/database or sqlite:" spellCheck={false} autoComplete="off" />
        <label htmlFor={ids.password}>Database password</label>
        <input id={ids.password} type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} autoComplete="new-password" />
        <label htmlFor={ids.pool}>Connections at most (PostgreSQL)</label>
        <input id={ids.pool} inputMode="numeric" value={form.pool} onChange={(e) => setForm({ ...form, pool: e.target.value })} placeholder="10" />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || form.url.trim() === ''}>
            {busy ? 'Checking…' : 'Check and use this database'}
          </button>
        </div>
      </form>
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </section>
  );
}
