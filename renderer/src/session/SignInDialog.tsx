import { useId, useState, type FormEvent } from 'react';
import type { RequestInput } from '../../../shared/api/contract';
import { useOptions } from '../app/options-context';
import { Dialog } from '../app/Dialog';
import { call, RequestFailed, useClient, useRequest } from '../client/station-context';
import { useT } from '../i18n/i18n-context';
import { useScanHandler } from '../scan/scan-router';
import { userWithRole } from '../words/roles';
import { PinField } from './PinField';

const PIN = /^\d{4,12}$/;

/**
 * Name + PIN; wrong PINs are counted by the station (5 lock the user for a minute). With badge
 * sign-in on, scanning a badge signs its user in: the dialog takes the scan (focus anywhere but a
 * text field), or the badge is scanned into the PIN field (a code that is not a PIN is a badge).
 */
export function SignInDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const client = useClient();
  const { values } = useOptions();
  const badges = values['general.badgeSignIn'];
  const users = useRequest('users.list', {});
  const nameId = useId();
  const [chosen, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Until someone is chosen, the first user in the list (what the select shows).
  const name = chosen || (users.value?.users[0]?.name ?? '');

  const signIn = async (input: RequestInput<'session.signIn'>) => {
    try {
      await call(client, 'session.signIn', input);
      onClose();
    } catch (err) {
      setPin('');
      setError(err instanceof RequestFailed ? err.message : String(err));
    }
  };
  // The dialog is the showing screen: a scan here is a badge (the station says when badges are off).
  useScanHandler(({ code }) => signIn({ badge: code }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (badges && pin !== '' && !PIN.test(pin)) void signIn({ badge: pin });
    else void signIn({ name, pin });
  };

  return (
    <Dialog title={t('ui-common.action.signIn')} onClose={onClose}>
      <form onSubmit={submit} className="form-grid">
        {badges ? <p className="form-note">{t('ui-common.signIn.badgeNote')}</p> : null}
        <label htmlFor={nameId}>{t('ui-common.signIn.name')}</label>
        <select id={nameId} value={name} onChange={(e) => setName(e.target.value)}>
          {(users.value?.users ?? []).map((u) => (
            <option key={u.id} value={u.name}>
              {userWithRole(u, t)}
            </option>
          ))}
        </select>
        <PinField value={pin} onChange={setPin} />
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="primary">{t('ui-common.action.signIn')}</button>
          <button type="button" onClick={onClose}>{t('ui-common.action.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
