import type { DecodedScaleFrame, ScaleAck, ScaleFrameErrorCode } from '../../../shared/devices/scale/decoded-frame';
import { rawFrame, type ScaleRawFrame, type ScaleReading } from '../../../shared/devices/scale/reading';
import { ReconnectingDriver, type BackoffOptions, type DriverEvents } from '../reconnecting-driver';

export interface ScaleDriverEvents extends DriverEvents {
  reading: ScaleReading;
  /** Every complete frame, decodable or not (Settings → Devices test panel). */
  raw: ScaleRawFrame;
}

export interface ScaleStats {
  frames: number;
  readings: number;
  /** Frames that could not be decoded. */
  badFrames: number;
  /** Bytes skipped by the framer plus the bytes of undecodable frames. */
  garbageBytes: number;
}

/** A frame the scale sent that could not be used; the connection itself is fine. */
export class ScaleFrameError extends Error {
  constructor(
    readonly code: ScaleFrameErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ScaleFrameError';
  }
}

/** Codes that mean the bytes were noise rather than a meaningful answer. */
const GARBAGE_CODES: ReadonlySet<ScaleFrameErrorCode> = new Set(['empty', 'malformed', 'bad-number', 'bad-status', 'bad-report', 'no-match']);

/** Common surface of every scale driver (serial, HID, simulator). */
export abstract class ScaleDriver extends ReconnectingDriver<ScaleDriverEvents> {
  readonly stats: ScaleStats = { frames: 0, readings: 0, badFrames: 0, garbageBytes: 0 };
  lastReading: ScaleReading | null = null;

  constructor(backoff?: BackoffOptions) {
    super(backoff);
  }

  /** Human-readable name for messages, e.g. "MT-SICS scale on /dev/ttyUSB0". */
  abstract get description(): string;

  /** The scale sends a new weight only after it went back to zero since its last one (Adam). */
  get reportsAfterZero(): boolean {
    return false;
  }

  zero(): Promise<ScaleAck> {
    return Promise.reject(new Error(`${this.description} has no zero command`));
  }

  tare(): Promise<ScaleAck> {
    return Promise.reject(new Error(`${this.description} has no tare command`));
  }

  protected countGarbage(bytes: number): void {
    this.stats.garbageBytes += bytes;
  }

  /** Emit `raw`, then `reading` or `error` for one decoded frame. */
  protected handleFrame(bytes: Uint8Array | readonly number[], decoded: DecodedScaleFrame): void {
    this.stats.frames++;
    this.emit('raw', rawFrame(bytes, Date.now()));
    if (decoded.kind === 'reading') {
      this.stats.readings++;
      this.lastReading = decoded.reading;
      this.emit('reading', decoded.reading);
    } else if (decoded.kind === 'error') {
      this.stats.badFrames++;
      if (GARBAGE_CODES.has(decoded.error.code)) this.countGarbage(bytes.length);
      this.emit('error', new ScaleFrameError(decoded.error.code, decoded.error.message));
    }
  }
}
