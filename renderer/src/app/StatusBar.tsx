import type { DeviceState } from '../../../shared/api/requests/station';
import { formatReading, useDevices } from '../devices/devices-context';
import { useOptions } from './options-context';

const STATUS_WORDS = { connected: 'connected', connecting: 'connecting…', disconnected: 'disconnected' } as const;

/** Station status: name, signed-in user, scanner and scale state and the live weight. */
export function StatusBar({ user, connection }: { user: string | null; connection: string | null }) {
  const { values } = useOptions();
  const { devices, reading } = useDevices();
  const device = (kind: DeviceState['kind']) => devices.find((d) => d.kind === kind);
  const scale = device('scale');
  return (
    <footer className="status-bar" aria-label="Station status">
      <span>Station: {values['general.stationName']}</span>
      <span data-testid="status-user">User: {user ?? 'nobody signed in'}</span>
      {(['scanner', 'scale'] as const).map((kind) => {
        const d = device(kind);
        return (
          <span key={kind} data-testid={`status-${kind}`} className={`device device-${d?.status ?? 'disconnected'}`} title={d?.detail ?? undefined}>
            {kind === 'scanner' ? 'Scanner' : 'Scale'}: {d ? `${d.driver}, ${STATUS_WORDS[d.status]}` : 'unknown'}
          </span>
        );
      })}
      {scale?.status === 'connected' && reading ? (
        <span data-testid="status-weight" className={`weight weight-${reading.status}`} aria-label="Live weight">
          Weight: {formatReading(reading)}
        </span>
      ) : null}
      {connection ? <span className="connection">Link: {connection}</span> : null}
    </footer>
  );
}
