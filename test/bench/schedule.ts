// Scheduling helpers for the benchmarks: alternating the things a ratio compares within one run,
// sending requests on a fixed schedule without waiting for answers, and checking what arrived.

/**
 * Rounds in which every arm (ledger size, tool, client count) runs once, the order rotated each
 * round: what a ratio compares is measured side by side under the same machine load, and no arm is
 * always first (cold) or last.
 */
export function alternation<T>(arms: readonly T[], rounds: number): T[][] {
  return Array.from({ length: rounds }, (_, r) => arms.map((_, k) => arms[(k + r) % arms.length] as T));
}

/** When the i-th of `count` sends is due, in ms after the start, at `rate` per second. */
export function dueTimes(rate: number, count: number): number[] {
  if (!(rate > 0)) throw new RangeError(`rate must be positive, not ${rate}`);
  return Array.from({ length: count }, (_, i) => (i * 1000) / rate);
}

export interface Interval {
  start: number;
  end: number;
}

/** The most intervals open at one time (an interval ending exactly when another starts does not overlap it). */
export function maxInFlight(intervals: readonly Interval[]): number {
  const edges = intervals.flatMap((i) => [
    { t: i.start, d: 1 },
    { t: i.end, d: -1 },
  ]);
  edges.sort((a, b) => a.t - b.t || a.d - b.d);
  let open = 0;
  let most = 0;
  for (const e of edges) {
    open += e.d;
    most = Math.max(most, open);
  }
  return most;
}

export interface OrderCheck {
  /** Sent but not in the ledger. */
  missing: number;
  /** In the ledger but never sent, or there twice. */
  unexpected: number;
  /** Ledger entries committed after an entry that was sent later than them. */
  outOfOrder: number;
  /** The first few unexpected values (a merged or cut scan shows what happened). */
  strangers: string[];
}

/** Compares the order values were committed in with the order they were sent in. */
export function checkOrder(sent: readonly string[], committed: readonly string[]): OrderCheck {
  const rank = new Map(sent.map((v, i) => [v, i]));
  const seen = new Set<string>();
  const strangers: string[] = [];
  let unexpected = 0;
  let outOfOrder = 0;
  let latest = -1;
  for (const v of committed) {
    const r = rank.get(v);
    if (r === undefined || seen.has(v)) {
      unexpected++;
      if (strangers.length < 3) strangers.push(v);
      continue;
    }
    seen.add(v);
    if (r < latest) outOfOrder++;
    latest = Math.max(latest, r);
  }
  return { missing: sent.length - seen.size, unexpected, outOfOrder, strangers };
}

export interface ScheduledRun<T> {
  results: T[];
  /** Per send: when it was due and when it went, answered (ms, on the caller's clock). */
  sends: { due: number; sent: number; answered: number }[];
}

/**
 * Calls `send(i)` for i = 0…count-1 at `rate` per second, each at its own time and without waiting
 * for earlier answers (a scanner does not wait for the station), then waits for every answer.
 */
export async function runOnSchedule<T>(rate: number, count: number, send: (i: number) => Promise<T>, clock: () => number): Promise<ScheduledRun<T>> {
  const start = clock();
  const sends: ScheduledRun<T>['sends'] = [];
  const pending: Promise<T>[] = [];
  for (const [i, offset] of dueTimes(rate, count).entries()) {
    const due = start + offset;
    // Timers have whole-millisecond granularity and may fire a little early: wait again until due.
    for (let wait = due - clock(); wait > 0; wait = due - clock()) await new Promise((r) => setTimeout(r, Math.ceil(wait)));
    const entry = { due, sent: clock(), answered: Number.NaN };
    sends.push(entry);
    pending.push(
      send(i).then((value) => {
        entry.answered = clock();
        return value;
      }),
    );
  }
  return { results: await Promise.all(pending), sends };
}
