import { useId, useState, type FormEvent } from 'react';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';

/** Settings → Users: who may sign in at this station, and adding users (operator or supervisor). */
export function UsersPanel() {
  const client = useClient();
  const users = useRequest('users.list', {});
  const ids = { name: useId(), role: useId(), pin: useId() };
  const [form, setForm] = useState({ name: '', role: 'operator' as 'operator' | 'supervisor', pin: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { user } = await call(client, 'users.add', form);
      setMessage({ ok: true, text: `Added ${user.name} (${user.role})` });
      setForm({ name: '', role: 'operator', pin: '' });
      users.reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof RequestFailed ? err.message : String(err) });
    }
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <table>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Locked until</th></tr>
        </thead>
        <tbody>
          {(users.value?.users ?? []).map((u) => (
            <tr key={u.id}><td>{u.name}</td><td>{u.role}</td><td>{u.locked_until ? new Date(u.locked_until).toLocaleTimeString() : '—'}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>Add a user</h3>
      <form onSubmit={add} className="form-grid">
        <label htmlFor={ids.name}>User name</label>
        <input id={ids.name} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor={ids.role}>Role</label>
        <select id={ids.role} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as 'operator' | 'supervisor' })}>
          <option value="operator">operator</option>
          <option value="supervisor">supervisor</option>
        </select>
        <label htmlFor={ids.pin}>New user PIN (4–12 digits)</label>
        <input id={ids.pin} type="password" inputMode="numeric" value={form.pin} onChange={(e) => setForm({ ...form, pin: e.target.value })} />
        <div className="button-row"><button type="submit" className="primary">Add user</button></div>
      </form>
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </section>
  );
}
