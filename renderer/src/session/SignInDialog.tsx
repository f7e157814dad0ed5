import { useId, useState, type FormEvent } from 'react';
import { call, RequestFailed, useClient, useRequest } from '../client/station-context';
import { Dialog } from '../app/Dialog';

/** Name + PIN; wrong PINs are counted by the station (5 lock the user for a minute). */
export function SignInDialog({ onClose }: { onClose(): void }) {
  const client = useClient();
  const users = useRequest('users.list', {});
  const nameId = useId();
  const pinId = useId();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call(client, 'session.signIn', { name: name || users.value?.users[0]?.name || '', pin });
      onClose();
    } catch (err) {
      setPin('');
      setError(err instanceof RequestFailed ? err.message : String(err));
    }
  };

  return (
    <Dialog title="Sign in" onClose={onClose}>
      <form onSubmit={submit} className="form-grid">
        <label htmlFor={nameId}>Name</label>
        <select id={nameId} value={name} onChange={(e) => setName(e.target.value)}>
          {(users.value?.users ?? []).map((u) => (
            <option key={u.id} value={u.name}>
              {u.name} ({u.role})
            </option>
          ))}
        </select>
        <label htmlFor={pinId}>PIN</label>
        <input id={pinId} type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary">Sign in</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
