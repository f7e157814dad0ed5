import type { MessageArgs } from '../../i18n/message';
import { z } from 'zod';
import type { DeviceKind, DeviceStatus } from '../../devices/status';
import type { OptionValues } from '../../options/registry';
import type { StorageFault } from '../errors';
import { request } from '../define';

export type Shell = 'electron' | 'browser' | 'cli';

export interface DeviceState {
  kind: DeviceKind;
  /** What is configured: 'wedge', 'hid-pos', 'mt-sics', 'none', … */
  driver: string;
  status: DeviceStatus;
  detail: string | null;
}

/** Whether the station can record: failing while a storage fault lasts (the UI shows a banner). */
export interface StorageStatus {
  ok: boolean;
  fault: StorageFault | null;
  message: string | null;
  /** The fault's sentence as a message (shown in the station's language), when the station made it from one. */
  message_key?: string | null;
  params?: MessageArgs;
  /** When the current fault was first met (ISO time). */
  since: string | null;
}

export interface StationInfo {
  version: string;
  stationName: string;
  shell: Shell;
  dataDir: string;
  /** The log file this station writes (`<dataDir>/logs/scanbay.log`), null when it logs to stderr only. */
  logFile: string | null;
  devices: DeviceState[];
  storage: StorageStatus;
}

/** A support bundle written by `diagnostics.save` (or `scanbay diagnostics`). */
export interface DiagnosticsBundle {
  path: string;
  fileName: string;
  files: string[];
}

const empty = z.object({}).strict();

export const stationRequests = {
  'station.info': request<StationInfo>()(empty),
  'options.list': request<OptionValues>()(empty),
  /** Changes several options at once: all are validated before any is written. */
  'options.set': request<OptionValues>()(z.object({ values: z.record(z.string(), z.unknown()) }).strict()),
  /** Settings → About → "Save diagnostics": a zip in the data dir's diagnostics folder. */
  'diagnostics.save': request<DiagnosticsBundle>()(empty),
};
