import { useId, useState, type FormEvent } from 'react';
import type { StationUser } from '../../../../shared/api/requests/session';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';

type Message = { ok: boolean; text: string } | null;
const failure = (err: unknown) => (err instanceof RequestFailed ? err.message : String(err));

/**
 * Settings → Users: who may sign in at this station, adding users (operator or supervisor) and
 * their badges. Once the station has a supervisor, only a signed-in supervisor changes users.
 */
export function UsersPanel() {
  const client = useClient();
  const users = useRequest('users.list', {});
  const ids = { name: useId(), role: useId(), pin: useId(), badge: useId() };
  const [form, setForm] = useState({ name: '', role: 'operator' as 'operator' | 'supervisor', pin: '', badge: '' });
  const [message, setMessage] = useState<Message>(null);
  const [badgeFor, setBadgeFor] = useState<StationUser | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { badge, ...rest } = form;
      const { user } = await call(client, 'users.add', badge === '' ? rest : { ...rest, badge });
      setMessage({ ok: true, text: `Added ${user.name} (${user.role})${badge ? ' with a badge' : ''}` });
      setForm({ name: '', role: 'operator', pin: '', badge: '' });
      users.reload();
    } catch (err) {
      setMessage({ ok: false, text: failure(err) });
    }
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <table aria-label="Station users">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Badge</th><th scope="col">Locked until</th><th scope="col">Action</th></tr>
        </thead>
        <tbody>
          {(users.value?.users ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.role}</td>
              <td>{u.has_badge ? 'yes' : 'no'}</td>
              <td>{u.locked_until ? new Date(u.locked_until).toLocaleTimeString() : '—'}</td>
              <td><button type="button" className="small" aria-label={`Badge of ${u.name}`} onClick={() => setBadgeFor(u)}>Badge…</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Add a user</h3>
      <form onSubmit={add} className="form-grid">
        <label htmlFor={ids.name}>User name</label>
        <input id={ids.name} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} autoComplete="off" />
        <label htmlFor={ids.role}>Role</label>
        <select id={ids.role} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as 'operator' | 'supervisor' })}>
          <option value="operator">operator</option>
          <option value="supervisor">supervisor</option>
        </select>
        <label htmlFor={ids.pin}>New user PIN (4–12 digits)</label>
        <input id={ids.pin} type="password" inputMode="numeric" autoComplete="new-password" data-wedge="off" value={form.pin} onChange={(e) => setForm({ ...form, pin: e.target.value })} />
        <label htmlFor={ids.badge}>Badge (optional: scan it)</label>
        <input id={ids.badge} type="password" autoComplete="off" data-wedge="off" value={form.badge} onChange={(e) => setForm({ ...form, badge: e.target.value })} />
        <div className="button-row"><button type="submit" className="primary">Add user</button></div>
      </form>
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
      {badgeFor ? (
        <BadgeDialog
          user={badgeFor}
          onDone={(m) => {
            setBadgeFor(null);
            if (m) setMessage(m);
            users.reload();
          }}
        />
      ) : null}
    </section>
  );
}

/** Gives a user a badge (scanned into the field) or takes it away. */
function BadgeDialog({ user, onDone }: { user: StationUser; onDone(m: Message): void }) {
  const client = useClient();
  const id = useId();
  const [badge, setBadge] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async (value: string | null) => {
    try {
      await call(client, 'users.setBadge', { name: user.name, badge: value });
      onDone({ ok: true, text: value === null ? `${user.name} has no badge now` : `${user.name} has a new badge` });
    } catch (err) {
      setError(failure(err));
    }
  };
  return (
    <Dialog title={`Badge of ${user.name}`} onClose={() => onDone(null)}>
      <form className="form-grid" onSubmit={(e) => { e.preventDefault(); void save(badge); }}>
        <label htmlFor={id}>Badge</label>
        <input id={id} type="password" autoComplete="off" data-wedge="off" value={badge} onChange={(e) => setBadge(e.target.value)} />
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={badge === ''}>Save badge</button>
          {user.has_badge ? <button type="button" className="danger" onClick={() => void save(null)}>Remove badge</button> : null}
          <button type="button" onClick={() => onDone(null)}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
