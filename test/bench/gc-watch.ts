// Garbage-collection pauses on the main thread, to tell which slow samples waited for one. A scan's
// p99 is the 30th-slowest of 3,000: a young-generation collection (~1 ms here) lands in about one
// scan in 150, so whether the p99 meets its target can depend on the collector as much as on the
// scan; the bench reports how many of the slowest scans overlapped a pause.
import { PerformanceObserver } from 'node:perf_hooks';

/** A span on performance.now()'s clock (ms). */
export interface Span {
  start: number;
  end: number;
}

/** How many of the `slowest` longest spans overlap one of `pauses` (sorted by start). */
export function slowestOverlapping(spans: readonly Span[], pauses: readonly Span[], slowest: number): number {
  const worst = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, slowest);
  let count = 0;
  for (const s of worst) {
    // The first pause that ends after the span starts; it overlaps if it also starts before the span ends.
    let lo = 0;
    let hi = pauses.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pauses[mid]!.end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < pauses.length && pauses[lo]!.start < s.end) count++;
  }
  return count;
}

export class GcWatch {
  readonly #pauses: Span[] = [];
  readonly #observer = new PerformanceObserver((list) => this.#take(list.getEntries()));

  constructor() {
    this.#observer.observe({ entryTypes: ['gc'] });
  }

  #take(entries: readonly { startTime: number; duration: number }[]): void {
    for (const e of entries) this.#pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  }

  /** Stops watching and returns every pause seen, by start time. */
  stop(): Span[] {
    this.#take(this.#observer.takeRecords());
    this.#observer.disconnect();
    return [...this.#pauses].sort((a, b) => a.start - b.start);
  }
}
