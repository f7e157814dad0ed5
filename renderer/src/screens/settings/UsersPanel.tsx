import { useId, useState, type FormEvent } from 'react';
import type { StationUser } from '../../../../shared/api/requests/session';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { useI18n, useT } from '../../i18n/i18n-context';

type Message = { ok: boolean; text: string } | null;
const failure = (err: unknown) => (err instanceof RequestFailed ? err.message : String(err));
const ROLE = { operator: 'ui-settings.users.role.operator', supervisor: 'ui-settings.users.role.supervisor' } as const;

/**
 * Settings → Users: who may sign in at this station, adding users (operator or supervisor) and
 * their badges. Once the station has a supervisor, only a signed-in supervisor changes users.
 */
export function UsersPanel() {
  const { t, lang } = useI18n();
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
      setMessage({ ok: true, text: t('ui-settings.users.added', { name: user.name, role: t(ROLE[user.role]), badge: badge ? 'yes' : 'no' }) });
      setForm({ name: '', role: 'operator', pin: '', badge: '' });
      users.reload();
    } catch (err) {
      setMessage({ ok: false, text: failure(err) });
    }
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('ui-settings.users.heading')}</h2>
      <table aria-label={t('ui-settings.users.table')}>
        <thead>
          <tr>
            <th scope="col">{t('ui-settings.users.name')}</th>
            <th scope="col">{t('ui-settings.users.role')}</th>
            <th scope="col">{t('ui-settings.users.badge')}</th>
            <th scope="col">{t('ui-settings.users.lockedUntil')}</th>
            <th scope="col">{t('ui-settings.users.action')}</th>
          </tr>
        </thead>
        <tbody>
          {(users.value?.users ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{t(ROLE[u.role])}</td>
              <td>{u.has_badge ? t('ui-settings.users.yes') : t('ui-settings.users.no')}</td>
              <td>{u.locked_until ? new Date(u.locked_until).toLocaleTimeString(lang) : '—'}</td>
              <td><button type="button" className="small" aria-label={t('ui-settings.users.badgeOf', { name: u.name })} onClick={() => setBadgeFor(u)}>{t('ui-settings.users.badgeButton')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('ui-settings.users.addHeading')}</h3>
      <form onSubmit={add} className="form-grid">
        <label htmlFor={ids.name}>{t('ui-settings.users.userName')}</label>
        <input id={ids.name} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} autoComplete="off" />
        <label htmlFor={ids.role}>{t('ui-settings.users.role')}</label>
        <select id={ids.role} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as 'operator' | 'supervisor' })}>
          <option value="operator">{t(ROLE.operator)}</option>
          <option value="supervisor">{t(ROLE.supervisor)}</option>
        </select>
        <label htmlFor={ids.pin}>{t('ui-settings.users.pin')}</label>
        <input id={ids.pin} type="password" inputMode="numeric" autoComplete="new-password" data-wedge="off" value={form.pin} onChange={(e) => setForm({ ...form, pin: e.target.value })} />
        <label htmlFor={ids.badge}>{t('ui-settings.users.badgeField')}</label>
        <input id={ids.badge} type="password" autoComplete="off" data-wedge="off" value={form.badge} onChange={(e) => setForm({ ...form, badge: e.target.value })} />
        <div className="button-row"><button type="submit" className="primary">{t('ui-settings.users.add')}</button></div>
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
  const t = useT();
  const client = useClient();
  const id = useId();
  const [badge, setBadge] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async (value: string | null) => {
    try {
      await call(client, 'users.setBadge', { name: user.name, badge: value });
      onDone({ ok: true, text: value === null ? t('ui-settings.users.badgeRemoved', { name: user.name }) : t('ui-settings.users.badgeSaved', { name: user.name }) });
    } catch (err) {
      setError(failure(err));
    }
  };
  return (
    <Dialog title={t('ui-settings.users.badgeOf', { name: user.name })} onClose={() => onDone(null)}>
      <form className="form-grid" onSubmit={(e) => { e.preventDefault(); void save(badge); }}>
        <label htmlFor={id}>{t('ui-settings.users.badge')}</label>
        <input id={id} type="password" autoComplete="off" data-wedge="off" value={badge} onChange={(e) => setBadge(e.target.value)} />
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={badge === ''}>{t('ui-settings.users.saveBadge')}</button>
          {user.has_badge ? <button type="button" className="danger" onClick={() => void save(null)}>{t('ui-settings.users.removeBadge')}</button> : null}
          <button type="button" onClick={() => onDone(null)}>{t('ui-settings.users.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
