import type { DeviceState } from '../../../shared/api/requests/station';
import { call, useClient } from '../client/station-context';
import { formatReading, useDevices } from '../devices/devices-context';
import { useSessionUser, useSignIn } from '../session/session-context';
import { SignInDialog } from '../session/SignInDialog';
import { useOptions } from './options-context';

const STATUS_WORDS = { connected: 'connected', connecting: 'connecting…', disconnected: 'disconnected' } as const;

/** Station status: name, signed-in user, scanner and scale state and the live weight. */
export function StatusBar({ connection }: { connection: string | null }) {
  const client = useClient();
  const user = useSessionUser();
  const { signingIn, openSignIn, closeSignIn } = useSignIn();
  const { values } = useOptions();
  const { devices, scale: scaleNow } = useDevices();
  const reading = scaleNow.current;
  const device = (kind: DeviceState['kind']) => devices.find((d) => d.kind === kind);
  const scale = device('scale');
  return (
    <footer className="status-bar" aria-label="Station status">
      <span>Station: {values['general.stationName']}</span>
      <span data-testid="status-user">User: {user ? `${user.name} (${user.role})` : 'nobody signed in'}</span>
      {user ? (
        // Keyed apart: after signing in, focus goes back to the Scan field, not onto Sign out.
        <button key="sign-out" type="button" className="small" onClick={() => void call(client, 'session.signOut', {})}>Sign out</button>
      ) : (
        <button key="sign-in" type="button" className="small" onClick={openSignIn}>Sign in</button>
      )}
      {signingIn && !user ? <SignInDialog onClose={closeSignIn} /> : null}
      {(['scanner', 'scale'] as const).map((kind) => {
        const d = device(kind);
        return (
          <span key={kind} data-testid={`status-${kind}`} className={`device device-${d?.status ?? 'disconnected'}`} title={d?.detail ?? undefined}>
            {kind === 'scanner' ? 'Scanner' : 'Scale'}: {d ? `${d.driver}, ${STATUS_WORDS[d.status]}` : 'unknown'}
          </span>
        );
      })}
      {scale && scale.driver !== 'none' ? (
        <span data-testid="status-weight" className={`weight weight-${reading?.status ?? 'none'}`} aria-label="Live weight">
          Weight: {reading ? formatReading(reading) : 'no reading'}
        </span>
      ) : null}
      {connection ? <span className="connection">Link: {connection}</span> : null}
    </footer>
  );
}
