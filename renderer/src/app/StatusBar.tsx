import type { DeviceState } from '../../../shared/api/requests/station';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { call, useClient } from '../client/station-context';
import { formatReading, useDevices } from '../devices/devices-context';
import { useI18n } from '../i18n/i18n-context';
import { useSessionUser, useSignIn } from '../session/session-context';
import { SignInDialog } from '../session/SignInDialog';
import { userWithRole } from '../words/roles';
import { useOptions } from './options-context';

const STATUS_WORDS: Readonly<Record<DeviceState['status'], MessageKey>> = {
  connected: 'ui-common.device.connected',
  connecting: 'ui-common.device.connecting',
  disconnected: 'ui-common.device.disconnected',
};

const LINK_WORDS: Readonly<Record<string, MessageKey>> = {
  connecting: 'ui-common.link.connecting',
  open: 'ui-common.link.open',
  closed: 'ui-common.link.closed',
  restarting: 'ui-common.link.restarting',
};

/** Station status: name, signed-in user, scanner and scale state and the live weight. */
export function StatusBar({ connection }: { connection: string | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const user = useSessionUser();
  const { signingIn, openSignIn, closeSignIn } = useSignIn();
  const { values } = useOptions();
  const { devices, scale: scaleNow } = useDevices();
  const reading = scaleNow.current;
  const device = (kind: DeviceState['kind']) => devices.find((d) => d.kind === kind);
  const scale = device('scale');
  const userText = user ? userWithRole(user, t) : t('ui-common.statusBar.nobody');
  const linkText = connection ? t('ui-common.statusBar.link', { state: Object.hasOwn(LINK_WORDS, connection) ? t(LINK_WORDS[connection] as MessageKey) : connection }) : null;
  return (
    <footer className="status-bar" aria-label={t('ui-common.statusBar.label')}>
      <span>{t('ui-common.statusBar.station', { name: values['general.stationName'] })}</span>
      <span data-testid="status-user">{t('ui-common.statusBar.user', { user: userText })}</span>
      {user ? (
        // Keyed apart: after signing in, focus goes back to the Scan field, not onto Sign out.
        <button key="sign-out" type="button" className="small" onClick={() => void call(client, 'session.signOut', {})}>{t('ui-common.action.signOut')}</button>
      ) : (
        <button key="sign-in" type="button" className="small" onClick={openSignIn}>{t('ui-common.action.signIn')}</button>
      )}
      {signingIn && !user ? <SignInDialog onClose={closeSignIn} /> : null}
      {(['scanner', 'scale'] as const).map((kind) => {
        const d = device(kind);
        const state = d ? t('ui-common.statusBar.device', { driver: d.driver, status: t(STATUS_WORDS[d.status]) }) : t('ui-common.statusBar.unknown');
        return (
          <span key={kind} data-testid={`status-${kind}`} className={`device device-${d?.status ?? 'disconnected'}`} title={d?.detail ?? undefined}>
            {t(kind === 'scanner' ? 'ui-common.statusBar.scanner' : 'ui-common.statusBar.scale', { state })}
          </span>
        );
      })}
      {scale && scale.driver !== 'none' ? (
        <span data-testid="status-weight" className={`weight weight-${reading?.status ?? 'none'}`} aria-label={t('ui-common.statusBar.liveWeight')}>
          {t('ui-common.statusBar.weight', { reading: reading ? formatReading(reading, i18n) : t('ui-common.scale.noReading') })}
        </span>
      ) : null}
      {linkText ? <span className="connection">{linkText}</span> : null}
    </footer>
  );
}
