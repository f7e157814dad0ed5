import type { RawScan } from '../devices/scanner/scan-event';
import type { ExportJob } from '../workflows/lifecycle-report';
import type { DeviceRawFrame, ScaleSnapshot } from './requests/devices';
import type { SignedInUser } from './requests/session';
import type { DeviceState, StorageStatus } from './requests/station';
import type { OptionKey, OptionValues } from '../options/registry';

/** Push events from the station backend to every UI client. */
export interface StationEvents {
  'options.changed': { keys: OptionKey[]; values: OptionValues };
  'device.status': DeviceState;
  /** A scan from a scanner read by the station (HID, serial, simulator); wedge scans stay in the UI. */
  scan: RawScan;
  /** The scale now: sent with each reading, on link changes and errors, and when a reading grows too old. */
  'scale.reading': ScaleSnapshot;
  'device.raw': DeviceRawFrame;
  /** Who is signed in at this station changed. */
  'session.changed': { user: SignedInUser | null };
  /** Serial pools changed (generated, printed, requested, commissioned, released, deleted). */
  'pools.changed': { source: 'station' | 'api' };
  /** An export job's progress (rows written, done, failed, cancelled). */
  'export.progress': ExportJob;
  /** Storage started failing (disk full, read-only, busy, unreachable…) or recovered. */
  'storage.status': StorageStatus;
  /**
   * An order changed at this station (a scan, confirm, package or ship through any caller: another
   * window, REST, the CLI): a screen showing it reads its state again (`shipping.state`).
   */
  'order.changed': { order_number: string; source: 'station' | 'api' };
  /** Another station sharing the database changed documents, stock or serials (a UI reloads what it shows). */
  'data.changed': { areas: DataArea[]; station: string | null };
  /**
   * A scan from a scanner read by the station, captured for the focused PIN (password) field of the
   * one UI that asked (`devices.captureForField`). Sent only on that UI's link, never on the event
   * bus: it is not a `scan`, not logged, not recorded.
   */
  'field.input': RawScan;
}

/** Events sent on one UI link only (never published to every UI). */
export type LinkOnlyEvent = 'field.input';
/** Events published on the station's event bus to every UI. */
export type BusEventName = Exclude<EventName, LinkOnlyEvent>;

/** What another station changed, so a screen showing it reloads. */
export type DataArea = 'documents' | 'stock' | 'pools' | 'options';

export type EventName = keyof StationEvents;

/** Every event name at run time; the compiler keeps this in step with StationEvents. */
export const EVENT_NAMES = Object.keys({
  'options.changed': true,
  'device.status': true,
  scan: true,
  'scale.reading': true,
  'device.raw': true,
  'session.changed': true,
  'pools.changed': true,
  'export.progress': true,
  'storage.status': true,
  'data.changed': true,
  'field.input': true,
  'order.changed': true,
} satisfies Record<EventName, true>) as EventName[];

const LINK_ONLY: ReadonlySet<EventName> = new Set<LinkOnlyEvent>(['field.input']);

/** The events the station's bus publishes to every UI (every event but the link-only ones). */
export const BUS_EVENT_NAMES = EVENT_NAMES.filter((name) => !LINK_ONLY.has(name)) as BusEventName[];
