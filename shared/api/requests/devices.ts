import { z } from 'zod';
import type { ScaleSnapshot } from '../../devices/scale/freshness';
import { request } from '../define';
import type { DeviceState } from './station';

export type { ScaleSnapshot, TimedScaleReading } from '../../devices/scale/freshness';

/** Bytes behind the last scan or scale frame (Settings → Devices test panel). */
export interface DeviceRawFrame {
  kind: 'scanner' | 'scale';
  at: string;
  hex: string;
  /** Payload with control characters made visible, e.g. `<GS>`. */
  text: string;
  error?: { code: string; message: string };
}

export interface DevicesSnapshot {
  devices: DeviceState[];
  /** The current weight (null: no reading), the last one and why it is not current. */
  scale: ScaleSnapshot;
  lastScannerFrame: DeviceRawFrame | null;
  lastScaleFrame: DeviceRawFrame | null;
}

export const devicesRequests = {
  'devices.state': request<DevicesSnapshot>()(z.object({}).strict()),
  /** Zero or tare the scale (where its protocol has the command). */
  'devices.scaleCommand': request<{ done: true }>()(z.object({ command: z.enum(['zero', 'tare']) }).strict()),
  /**
   * While a PIN (password) field has focus, the UI asks that scans from a scanner read by the
   * station come to it alone as `field.input` (not `scan`, not logged, not recorded); `active:
   * false` ends it. A capture expires by itself after `expiresInMs` unless asked again. Only a
   * station UI link can hold it (REST and the CLI have no link).
   */
  'devices.captureForField': request<{ active: boolean; expiresInMs: number }>()(z.object({ active: z.boolean() }).strict()),
  /**
   * Drives the built-in simulators (Settings → Devices, demo mode, tests): a scan typed as text
   * (`]d2` prefix for a symbology, `<GS>` for FNC1), or a scale state line (`1.234 kg`, `motion`, `over`,
   * `unplug`, `plug`).
   */
  'devices.simulate': request<{ done: true }>()(
    z
      .object({ scan: z.string().min(1).max(4096).optional(), scale: z.string().min(1).max(64).optional() })
      .strict()
      .refine((v) => v.scan !== undefined || v.scale !== undefined, 'give scan or scale'),
  ),
};
