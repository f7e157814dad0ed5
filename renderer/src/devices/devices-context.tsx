import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DeviceRawFrame, ScaleSnapshot } from '../../../shared/api/requests/devices';
import type { DeviceState } from '../../../shared/api/requests/station';
import type { ScaleReading } from '../../../shared/devices/scale/reading';
import { call, useClient } from '../client/station-context';
import { i18nFor, type I18n } from '../i18n/i18n-context';

const ENGLISH = i18nFor('en');

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

/** The decimals of a weight as the scale sent it (1.25 → 2), so none is added or dropped. */
const decimalsOf = (weight: number): number => {
  const text = String(weight);
  return /e/i.test(text) ? 3 : (text.split('.')[1] ?? '').length;
};

/** "1.234 kg" (1,234 kg in German), with the status when it is not a settled weight. */
export function formatReading(r: ScaleReading, i18n: Pick<I18n, 't' | 'weight'> = ENGLISH): string {
  const { t } = i18n;
  const weight = i18n.weight(r.weight, r.unit, decimalsOf(r.weight));
  switch (r.status) {
    case 'stable':
    case 'zero':
      return weight;
    case 'motion':
      return t('ui-common.scale.inMotion', { weight });
    case 'over':
      return t('ui-common.scale.overload');
    case 'under':
      return t('ui-common.scale.underZero');
    default:
      return t('ui-common.scale.error');
  }
}
