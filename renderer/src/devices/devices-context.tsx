import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DeviceRawFrame, TimedScaleReading } from '../../../shared/api/requests/devices';
import type { DeviceState } from '../../../shared/api/requests/station';
import { call, useClient } from '../client/station-context';

interface DevicesView {
  devices: DeviceState[];
  reading: TimedScaleReading | null;
  lastScannerFrame: DeviceRawFrame | null;
  lastScaleFrame: DeviceRawFrame | null;
}

const DevicesContext = createContext<DevicesView | null>(null);

/** Scanner and scale state, the live weight and the last raw frames, kept current by pushes. */
export function DevicesProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [view, setView] = useState<DevicesView>({ devices: [], reading: null, lastScannerFrame: null, lastScaleFrame: null });

  useEffect(() => {
    const offs = [
      client.on('device.status', (state) => setView((v) => ({ ...v, devices: [...v.devices.filter((d) => d.kind !== state.kind), state] }))),
      client.on('scale.reading', (reading) => setView((v) => ({ ...v, reading }))),
      client.on('device.raw', (frame) =>
        setView((v) => (frame.kind === 'scale' ? { ...v, lastScaleFrame: frame } : { ...v, lastScannerFrame: frame })),
      ),
    ];
    void call(client, 'devices.state', {}).then((s) => setView((v) => ({ ...s, reading: v.reading ?? s.reading })));
    return () => offs.forEach((off) => off());
  }, [client]);

  return <DevicesContext.Provider value={view}>{children}</DevicesContext.Provider>;
}

export function useDevices(): DevicesView {
  const view = useContext(DevicesContext);
  if (!view) throw new Error('useDevices outside DevicesProvider');
  return view;
}

/** "1.234 kg", with the status when it is not a settled weight. */
export function formatReading(r: TimedScaleReading): string {
  const weight = `${r.weight} ${r.unit}`;
  switch (r.status) {
    case 'stable':
    case 'zero':
      return weight;
    case 'motion':
      return `${weight} (in motion)`;
    case 'over':
      return 'overload';
    case 'under':
      return 'under zero';
    default:
      return 'scale error';
  }
}
