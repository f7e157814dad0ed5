import { emptyTrack, scaleSnapshot, staleAt, type ScaleSnapshot, type ScaleTrack } from '../../shared/devices/scale/freshness';
import type { ScaleReading } from '../../shared/devices/scale/reading';
import type { DeviceStatus } from '../../shared/devices/status';
import { nearZero, readingStepGrams } from '../../shared/workflows/package-weight';

/**
 * What the station knows about its scale: the last reading and when it came, the link, errors
 * since, when the scale last read zero. Publishes a snapshot on every change, and once more when
 * the current reading grows too old, so no screen shows an old weight as the weight now.
 */
export class ScaleTracker {
  #track: ScaleTrack = emptyTrack(1000);
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly publish: (snapshot: ScaleSnapshot) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new scale (or none): forget everything about the previous one. */
  reset(freshMs: number, link: DeviceStatus): void {
    this.#track = emptyTrack(freshMs, link);
    this.#changed();
  }

  /** `reportsAfterZero`: the scale only reports again after it went back to zero (Adam). */
  reading(r: ScaleReading, reportsAfterZero: boolean): void {
    const t = this.#track;
    const at = this.now();
    if (nearZero(r)) t.zeroAt = at;
    else if (reportsAfterZero && t.last) t.zeroAt = at - 1;
    if (r.grams !== 0 && r.status !== 'error' && r.status !== 'over') t.resolution = Math.min(t.resolution ?? Infinity, readingStepGrams(r));
    t.last = { reading: r, at };
    t.error = null; // the scale answered again
    this.#changed();
  }

  error(message: string): void {
    this.#track.error = { at: this.now(), message };
    this.#changed();
  }

  link(status: DeviceStatus): void {
    if (this.#track.link === status) return;
    this.#track.link = status;
    this.#changed();
  }

  snapshot(): ScaleSnapshot {
    return scaleSnapshot(this.#track, this.now());
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #changed(): void {
    this.stop();
    const now = this.now();
    this.publish(scaleSnapshot(this.#track, now));
    const at = staleAt(this.#track, now);
    if (at === null) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.publish(this.snapshot());
    }, at - now);
    this.#timer.unref();
  }
}
