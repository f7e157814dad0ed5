import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DeviceRawFrame, ScaleSnapshot } from '../../../shared/api/requests/devices';
import type { DeviceState } from '../../../shared/api/requests/station';
import type { ScaleReading } from '../../../shared/devices/scale/reading';
import { call, useClient } from '../client/station-context';

interface DevicesView {
  devices: DeviceState[];
  /** The scale now: `scale.current` is the weight to act on (null: "no reading"). */
  scale: ScaleSnapshot;
  lastScannerFrame: DeviceRawFrame | null;
  lastScaleFrame: DeviceRawFrame | null;
}

const NO_SCALE: ScaleSnapshot = { current: null, last: null, no_reading: 'none_yet', link: 'disconnected', fresh_ms: 1000, zero_at: null, resolution_g: null, error: null };

const DevicesContext = createContext<DevicesView | null>(null);

/** Scanner and scale state, the live weight and the last raw frames, kept current by pushes. */
export function DevicesProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [view, setView] = useState<DevicesView>({ devices: [], scale: NO_SCALE, lastScannerFrame: null, lastScaleFrame: null });

  useEffect(() => {
    const offs = [
      client.on('device.status', (state) => setView((v) => ({ ...v, devices: [...v.devices.filter((d) => d.kind !== state.kind), state] }))),
      client.on('scale.reading', (scale) => setView((v) => ({ ...v, scale }))),
      client.on('device.raw', (frame) =>
        setView((v) => (frame.kind === 'scale' ? { ...v, lastScaleFrame: frame } : { ...v, lastScannerFrame: frame })),
      ),
    ];
    // A push that arrived while the request was under way is newer than the answer's snapshot.
    let pushed = false;
    offs.push(client.on('scale.reading', () => (pushed = true)));
    void call(client, 'devices.state', {}).then((s) => setView((v) => ({ ...s, scale: pushed ? v.scale : s.scale })));
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
export function formatReading(r: ScaleReading): string {
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
