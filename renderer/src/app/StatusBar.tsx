import { useCallback, useEffect, useState } from 'react';
import type { DeviceState } from '../../../shared/api/requests/station';
import { call, useClient, useEvent } from '../client/station-context';
import { useOptions } from './options-context';

const STATUS_WORDS = { connected: 'connected', connecting: 'connecting…', disconnected: 'disconnected' } as const;

/** Station status: name, signed-in user, scanner and scale state (and the live weight). */
export function StatusBar({ user, connection }: { user: string | null; connection: string | null }) {
  const client = useClient();
  const { values } = useOptions();
  const [devices, setDevices] = useState<DeviceState[]>([]);

  useEffect(() => {
    void call(client, 'station.info', {}).then((info) => setDevices(info.devices));
  }, [client]);
  useEvent(
    'device.status',
    useCallback((state: DeviceState) => setDevices((list) => [...list.filter((d) => d.kind !== state.kind), state]), []),
  );

  const device = (kind: DeviceState['kind']) => devices.find((d) => d.kind === kind);
  return (
    <footer className="status-bar" aria-label="Station status">
      <span>Station: {values['general.stationName']}</span>
      <span data-testid="status-user">User: {user ?? 'nobody signed in'}</span>
      {(['scanner', 'scale'] as const).map((kind) => {
        const d = device(kind);
        return (
          <span key={kind} data-testid={`status-${kind}`} className={`device device-${d?.status ?? 'disconnected'}`}>
            {kind === 'scanner' ? 'Scanner' : 'Scale'}: {d ? `${d.driver}, ${STATUS_WORDS[d.status]}` : 'unknown'}
          </span>
        );
      })}
      {connection ? <span className="connection">Link: {connection}</span> : null}
    </footer>
  );
}
