import type { RawScan } from '../../shared/devices/scanner/scan-event';
import type { UiLink } from '../backend/ui-link';

/** How long a capture lasts unless the UI asks again (a UI that crashed cannot leave the station deaf). */
export const FIELD_CAPTURE_MS = 30_000;

/**
 * Scans from a scanner read by the station, captured for one UI's focused PIN field: while a
 * capture holds, the next scans go to that UI alone as `field.input` — not as `scan` to every UI,
 * not as raw frames, not logged, not recorded. One holder at a time (the latest to ask); it ends
 * when the holder says so, when its connection closes, or `ms` after it last asked.
 */
export class FieldCapture {
  #holder: { link: UiLink; until: number; offClose: () => void } | null = null;

  constructor(
    private readonly now: () => number = Date.now,
    readonly ms: number = FIELD_CAPTURE_MS,
  ) {}

  /** Starts (or renews) the capture for `link`; returns how long it lasts. */
  begin(link: UiLink): number {
    if (this.#holder?.link !== link) {
      this.#release();
      const offClose = link.onClose(() => this.end(link));
      this.#holder = { link, until: 0, offClose };
    }
    (this.#holder as { until: number }).until = this.now() + this.ms;
    return this.ms;
  }

  /** Ends the capture if `link` holds it. */
  end(link: UiLink): void {
    if (this.#holder?.link === link) this.#release();
  }

  /** Whether scans are captured now (an expired capture ends here). */
  get active(): boolean {
    if (this.#holder && this.now() >= this.#holder.until) this.#release();
    return this.#holder !== null;
  }

  /** Delivers `scan` to the holder; false when nothing holds a capture (the scan goes its usual way). */
  take(scan: RawScan): boolean {
    if (!this.active) return false;
    this.#holder?.link.push('field.input', scan);
    return true;
  }

  #release(): void {
    this.#holder?.offClose();
    this.#holder = null;
  }
}
