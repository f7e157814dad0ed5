// When a scale reading may be acted on. The last frame is only "the weight now" while the link is
// up, nothing went wrong since it arrived, and it is recent: a polled scale answers every poll, so
// silence for three polls (at least a second) means the weight is unknown; a streaming scale sends
// several lines a second, so one silent second is enough.
import type { DeviceStatus } from '../status';
import { ADAM_KEEP_MS } from './adam';
import { lineSettings, type ScaleConfig } from './config';
import type { ScaleReading } from './reading';

/** One reading as the station shows and uses it. */
export interface TimedScaleReading extends ScaleReading {
  /** ISO time the frame arrived at the station. */
  received_at: string;
  /** The scale link's state now. */
  link: DeviceStatus;
}

/** Why there is no current weight: none since the scale was set up, link down, an error since, or too old. */
export type NoReadingReason = 'none_yet' | 'disconnected' | 'error' | 'stale';

/** The scale as the station sees it now; pushed as `scale.reading` and returned by `devices.state`. */
export interface ScaleSnapshot {
  /** The weight to act on; null = "no reading". Never an old value. */
  current: TimedScaleReading | null;
  /** The last reading received (shown with its age when there is no current one). */
  last: TimedScaleReading | null;
  no_reading: NoReadingReason | null;
  link: DeviceStatus;
  /** How long a reading stays current without a newer frame (ms). */
  fresh_ms: number;
  /** When the scale last read (near) zero: the box was taken off. */
  zero_at: string | null;
  /** The finest division seen in this scale's readings (grams); null before any weight. */
  resolution_g: number | null;
  /** The device or frame error that came after the last reading, if any. */
  error: string | null;
}

/** Continuous output sends several lines a second: one second of silence. */
const STREAM_FRESH_MS = 1000;
/**
 * USB HID scales send input reports on their own, several a second on Dymo models (QZ Tray's
 * maintainers found scales "continuously send data"), but some postal scales only every few
 * seconds (erjiang/usbscale issue 17). An unplugged one is caught at once by the link.
 */
const HID_FRESH_MS = 3000;

/** How long a reading from this scale stays current: max(3 × poll interval, 1 s); continuous 1 s; HID 3 s. */
export function freshForMs(config: ScaleConfig | null): number {
  if (!config) return STREAM_FRESH_MS;
  switch (config.protocol) {
    case 'hid':
    case 'hid-simulator':
      return HID_FRESH_MS;
    case 'continuous':
      return STREAM_FRESH_MS;
    case 'adam':
      return ADAM_KEEP_MS; // reported once, not repeated while unchanged (adam.ts)
    case 'simulator':
      return Math.max(3 * (config.pollMs ?? 200), 1000);
    default:
      return Math.max(3 * lineSettings(config).pollMs, 1000);
  }
}

/** What the device manager remembers about the scale (times in ms since the epoch). */
export interface ScaleTrack {
  last: { reading: ScaleReading; at: number } | null;
  /** Time and message of the last error after the last reading. */
  error: { at: number; message: string } | null;
  link: DeviceStatus;
  zeroAt: number | null;
  /** Finest division seen (grams). */
  resolution: number | null;
  freshMs: number;
}

export function emptyTrack(freshMs: number, link: DeviceStatus = 'disconnected'): ScaleTrack {
  return { last: null, error: null, link, zeroAt: null, resolution: null, freshMs };
}

function reasonOf(track: ScaleTrack, now: number): NoReadingReason | null {
  if (!track.last) return 'none_yet';
  if (track.link !== 'connected') return 'disconnected';
  if (track.error && track.error.at >= track.last.at) return 'error';
  if (now - track.last.at > track.freshMs) return 'stale';
  return null;
}

export function scaleSnapshot(track: ScaleTrack, now: number): ScaleSnapshot {
  const last = track.last ? { ...track.last.reading, received_at: new Date(track.last.at).toISOString(), link: track.link } : null;
  const reason = reasonOf(track, now);
  return {
    current: reason === null ? last : null,
    last,
    no_reading: reason,
    link: track.link,
    fresh_ms: track.freshMs,
    zero_at: track.zeroAt === null ? null : new Date(track.zeroAt).toISOString(),
    resolution_g: track.resolution,
    error: track.error && (!track.last || track.error.at >= track.last.at) ? track.error.message : null,
  };
}

/** When the current reading goes stale (ms since the epoch); null when there is none to expire. */
export function staleAt(track: ScaleTrack, now: number): number | null {
  return track.last && reasonOf(track, now) === null ? track.last.at + track.freshMs + 1 : null;
}
